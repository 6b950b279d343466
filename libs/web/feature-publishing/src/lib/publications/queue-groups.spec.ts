import { queueItem } from '../../testing/fixtures';
import { dayRange, dayFromSearch, shiftDay, todayIn } from './day';
import { changedStates, groupOf, groupQueue } from './queue-groups';

describe('groupOf', () => {
  it.each([
    [{ state: 'pending', attempts: 0 }, 'upcoming'],
    [{ state: 'pending', attempts: 2 }, 'inProgress'],
    [{ state: 'publishing', attempts: 1 }, 'inProgress'],
    [{ state: 'handed_over', attempts: 0 }, 'manual'],
    [{ state: 'published', attempts: 1 }, 'published'],
    [{ state: 'failed', attempts: 1 }, 'failed'],
    [{ state: 'unknown_outcome', attempts: 1 }, 'unknown'],
  ] as const)('%o goes to %s', (item, group) => {
    expect(groupOf(item)).toBe(group);
  });

  it('leaves out a state it does not know, and keeps the queue’s order inside a group', () => {
    const items = [queueItem({ id: 'a' }), queueItem({ id: 'x', state: 'cancelled' as never }), queueItem({ id: 'b' })];
    expect(groupQueue(items).get('upcoming')?.map((item) => item.id)).toEqual(['a', 'b']);
    expect([...groupQueue(items).values()].flat()).toHaveLength(2);
  });
});

describe('changedStates', () => {
  it('names only the publications seen before whose state moved', () => {
    const before = new Map([
      ['a', 'pending'],
      ['b', 'publishing'],
    ]);
    const now = [
      { id: 'a', state: 'pending' },
      { id: 'b', state: 'published' },
      { id: 'c', state: 'failed' },
    ];
    expect(changedStates(before, now).map((item) => item.id)).toEqual(['b']);
  });
});

describe('days', () => {
  it('bounds a local day in the zone, 23 hours long on the day the clocks go forward', () => {
    expect(dayRange('2030-03-31', 'Europe/Paris')).toEqual({ from: '2030-03-30T23:00:00.000Z', to: '2030-03-31T22:00:00.000Z' });
    expect(dayRange('2030-07-14', 'Europe/Paris')).toEqual({ from: '2030-07-13T22:00:00.000Z', to: '2030-07-14T22:00:00.000Z' });
  });

  it('reads today on the organisation’s wall clock, and steps across months', () => {
    expect(todayIn('Europe/Paris', new Date('2030-03-01T23:30:00.000Z'))).toBe('2030-03-02');
    expect(todayIn('America/Cayenne', new Date('2030-03-01T23:30:00.000Z'))).toBe('2030-03-01');
    expect(shiftDay('2030-02-28', 1)).toBe('2030-03-01');
    expect(shiftDay('2030-03-01', -1)).toBe('2030-02-28');
    expect(dayFromSearch('2030-02-30', 'Europe/Paris')).toBe(todayIn('Europe/Paris'));
    expect(dayFromSearch('2030-02-14', 'Europe/Paris')).toBe('2030-02-14');
  });
});
