import { digestCutoff, previousDigestCutoff } from './digest-cutoff';

const iso = (d: Date) => d.toISOString();

describe('daily digest cut-off (07:00 in the organisation zone)', () => {
  it('is today 07:00 from 07:00 on, yesterday 07:00 before', () => {
    expect(iso(digestCutoff(new Date('2026-12-01T06:00:00Z'), 'Europe/Paris'))).toBe('2026-12-01T06:00:00.000Z');
    expect(iso(digestCutoff(new Date('2026-12-01T05:59:59Z'), 'Europe/Paris'))).toBe('2026-11-30T06:00:00.000Z');
    expect(iso(digestCutoff(new Date('2026-12-01T23:30:00Z'), 'Europe/Paris'))).toBe('2026-12-01T06:00:00.000Z');
  });

  it('follows summer time and other zones', () => {
    expect(iso(digestCutoff(new Date('2026-07-14T05:00:00Z'), 'Europe/Paris'))).toBe('2026-07-14T05:00:00.000Z');
    expect(iso(digestCutoff(new Date('2026-07-14T09:00:00Z'), 'America/Cayenne'))).toBe('2026-07-13T10:00:00.000Z');
    expect(iso(digestCutoff(new Date('2026-07-14T10:00:00Z'), 'America/Cayenne'))).toBe('2026-07-14T10:00:00.000Z');
    expect(iso(digestCutoff(new Date('2026-07-14T03:00:00Z'), 'Pacific/Noumea'))).toBe('2026-07-13T20:00:00.000Z');
  });

  it('spans 23 h across the change to summer time and 25 h back', () => {
    const spring = digestCutoff(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris');
    expect(iso(spring)).toBe('2026-03-29T05:00:00.000Z');
    expect(iso(previousDigestCutoff(spring, 'Europe/Paris'))).toBe('2026-03-28T06:00:00.000Z');
    const autumn = digestCutoff(new Date('2026-10-25T12:00:00Z'), 'Europe/Paris');
    expect(iso(autumn)).toBe('2026-10-25T06:00:00.000Z');
    expect(iso(previousDigestCutoff(autumn, 'Europe/Paris'))).toBe('2026-10-24T05:00:00.000Z');
  });
});
