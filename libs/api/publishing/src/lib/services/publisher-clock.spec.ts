import { TICK_CLOCK_MARGIN_MS, untilNextTick } from './publisher-clock';

describe('the publisher ticks on the clock', () => {
  const at = (iso: string) => Date.parse(iso);

  it.each([
    ['2026-12-02T08:59:59.880Z', 500, 120],
    ['2026-12-02T08:59:59.500Z', 500, 500],
    ['2026-12-02T09:00:00.120Z', 250, 130],
    ['2026-12-02T09:00:00.001Z', 60_000, 59_999],
  ])('at %s with a %i ms tick, the next tick is %i ms away (plus the margin)', (now, tick, delay) => {
    expect(untilNextTick(at(now), tick)).toBe(delay + TICK_CLOCK_MARGIN_MS);
  });

  it('so a post due on the minute is claimed within the margin of it, whenever the instance started', () => {
    for (const startedAt of ['2026-12-02T08:59:57.013Z', '2026-12-02T08:59:58.777Z', '2026-12-02T08:59:59.999Z']) {
      let now = at(startedAt);
      while (now < at('2026-12-02T09:00:00.000Z')) now += untilNextTick(now, 500);
      expect(now - at('2026-12-02T09:00:00.000Z')).toBe(TICK_CLOCK_MARGIN_MS);
    }
  });
});
