import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { isPublicAddress, stripBrackets } from './address-policy';
import { outboundRefusal, type OutboundRefusal } from './outbound-errors';

export interface SafeDispatcherOptions {
  /** `host:port` pairs reached without the address checks (tests and local demos only). */
  allowList?: readonly string[];
  connectTimeoutMs?: number;
  /** Time to the response headers, then between two body chunks. */
  responseTimeoutMs?: number;
  /** Resolver, replaceable in tests (DNS rebinding). */
  resolveAll?: ResolveAll;
}

/** Resolves every address of a host (the shape of `dns.lookup` with `all: true`). */
export type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_RESPONSE_TIMEOUT_MS = 15_000;

/** `host:port` as the allow-list spells it, the default port filled in. */
export function hostPortKey(hostname: string, port: string | number | undefined, protocol: string): string {
  const effectivePort = port === undefined || port === '' ? (protocol === 'https:' ? 443 : 80) : Number(port);
  return `${stripBrackets(hostname).toLowerCase()}:${effectivePort}`;
}

export function normaliseAllowList(entries: readonly string[]): Set<string> {
  return new Set(
    entries
      .map((entry) => entry.trim().toLowerCase())
      .filter((entry) => entry !== '')
      .map((entry) => entry.replace(/^\[([^\]]+)\]/, '$1')),
  );
}

function refusal(hostname: string, address: string): OutboundRefusal {
  return outboundRefusal('forbidden_address', `${hostname} resolves to a non-public address (${address})`);
}

/**
 * A DNS lookup that answers only when every resolved address is public: one private answer among public
 * ones refuses the host (a rebinding server could otherwise pick the private one at connect time).
 * The socket connects to the addresses checked here, so there is no second, unchecked resolution.
 */
function checkedLookup(resolve: ResolveAll): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const forbidden = addresses.find((entry) => !isPublicAddress(entry.address));
      if (forbidden || addresses.length === 0) {
        return callback(refusal(hostname, forbidden?.address ?? 'none'), '', 0);
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * An undici dispatcher for user-supplied URLs. Its connector runs for every connection, so redirects
 * followed by fetch (or by masto and the AT Protocol client, which use fetch) are checked too.
 * IP literals skip DNS in `net.connect`, so they are checked here before connecting.
 */
export function createSafeDispatcher(options: SafeDispatcherOptions = {}): Dispatcher {
  const allowList = normaliseAllowList(options.allowList ?? []);
  const baseConnector = buildConnector({ timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS });
  const guardedConnector = buildConnector({
    timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    lookup: checkedLookup(options.resolveAll ?? dnsLookup),
  });
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const { hostname, port, protocol } = connectOptions;
    if (protocol !== 'http:' && protocol !== 'https:') {
      return callback(outboundRefusal('forbidden_scheme', `scheme ${protocol} is not allowed`), null);
    }
    if (allowList.has(hostPortKey(hostname, port, protocol))) return baseConnector(connectOptions, callback);
    const literal = stripBrackets(hostname);
    if (isIP(literal) !== 0 && !isPublicAddress(literal)) return callback(refusal(hostname, literal), null);
    return guardedConnector(connectOptions, callback);
  };
  const responseTimeout = options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS;
  return new Agent({ connect, headersTimeout: responseTimeout, bodyTimeout: responseTimeout });
}
