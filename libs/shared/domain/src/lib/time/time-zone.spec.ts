import { isValidTimeZone } from './time-zone';

describe('isValidTimeZone', () => {
  it.each(['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea', 'UTC'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });
  it.each(['', 'Paris', 'Europe/Lutece', 'x'.repeat(100)])('refuses "%s"', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
