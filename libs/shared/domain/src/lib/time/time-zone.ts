export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** True for an IANA zone name the runtime knows ("Europe/Paris", "America/Cayenne", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
