import ipaddr from 'ipaddr.js';

/**
 * Only globally routable unicast addresses may be reached from user-supplied URLs.
 * ipaddr.js names every special range (loopback, private, carrier-grade NAT, link-local with the cloud
 * metadata address, unique-local, multicast, 6to4/Teredo/NAT64 tunnels that embed an IPv4 address…);
 * anything it does not call `unicast` is refused. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  const literal = stripBrackets(address);
  if (!ipaddr.isValid(literal)) return false;
  let parsed = ipaddr.parse(literal);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** `[::1]` (a URL's hostname) → `::1`. */
export function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
