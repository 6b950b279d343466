import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { vi } from 'vitest';
import { useMoveBrief } from './briefs.mutations';
import { applyOptimisticMove, moveBriefInCalendar, rollbackMove } from './calendar-cache';
import type { Brief, CalendarPage } from './contract/types';
import { createQueryClient } from './query-client';
import { planningKeys } from './query-keys';

function brief(id: string, date: string): Brief {
  return {
    id,
    version: 1,
    title: `Sujet ${id}`,
    body: '',
    status: 'idea',
    themeId: null,
    themeColor: null,
    campaignId: null,
    audienceIds: [],
    channelIds: [],
    networks: [],
    plannedAt: `${date}T07:30:00.000Z`,
    plannedLocal: { date, time: '09:30' },
    draftDueDate: null,
    assignee: null,
    updatedAt: '2026-09-01T08:00:00.000Z',
  };
}

const page: CalendarPage = { timeZone: 'Europe/Paris', items: [brief('b1', '2026-09-19'), brief('b2', '2026-09-20')], keyDays: [], truncated: false };
const range = { from: '2026-08-31', to: '2026-10-11' };

describe('calendar cache', () => {
  it('moves one brief to another day, keeping its wall-clock time', () => {
    const moved = moveBriefInCalendar(page, 'b1', '2026-09-26');
    expect(moved.items[0]?.plannedLocal).toEqual({ date: '2026-09-26', time: '09:30' });
    expect(moved.items[1]).toBe(page.items[1]);
    expect(moveBriefInCalendar(page, 'unknown', '2026-09-26')).toBe(page);
  });

  it('applies the move to every cached calendar and puts them back on rollback', () => {
    const client = createQueryClient();
    const key = planningKeys.calendar('org', range, {});
    const filtered = planningKeys.calendar('org', range, { status: 'idea' });
    client.setQueryData(key, page);
    client.setQueryData(filtered, page);
    const snapshot = applyOptimisticMove(client, planningKeys.calendars('org'), 'b1', '2026-09-26');
    expect(client.getQueryData<CalendarPage>(key)?.items[0]?.plannedLocal.date).toBe('2026-09-26');
    expect(client.getQueryData<CalendarPage>(filtered)?.items[0]?.plannedLocal.date).toBe('2026-09-26');
    rollbackMove(client, snapshot);
    expect(client.getQueryData(key)).toEqual(page);
    expect(client.getQueryData(filtered)).toEqual(page);
  });

  it('useMoveBrief sends only plannedDate and rolls back when the server refuses', async () => {
    const client = createQueryClient();
    const key = planningKeys.calendar('org', range, {});
    client.setQueryData(key, page);
    let release: (response: Response) => void = () => undefined;
    const fetchStub = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    vi.stubGlobal('fetch', fetchStub);
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const { result } = renderHook(() => useMoveBrief('org'), { wrapper });

    result.current.mutate({ briefId: 'b1', plannedDate: '2026-09-26', version: 4 });
    await waitFor(() => expect(fetchStub).toHaveBeenCalled());
    expect(client.getQueryData<CalendarPage>(key)?.items[0]?.plannedLocal.date).toBe('2026-09-26');
    const request = fetchStub.mock.calls[0] as unknown as [Request];
    expect(request[0].method).toBe('PATCH');
    expect(new URL(request[0].url).pathname).toBe('/api/orgs/org/briefs/b1');
    expect(await request[0].clone().json()).toEqual({ plannedDate: '2026-09-26' });
    // The version the calendar showed (contract A): a stale one gets a 412 instead of overwriting.
    expect(request[0].headers.get('If-Match')).toBe('"4"');

    release(
      new Response(JSON.stringify({ code: 'FORBIDDEN_ROLE', message: 'Forbidden' }), {
        status: 403,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(client.getQueryData<CalendarPage>(key)?.items[0]?.plannedLocal.date).toBe('2026-09-19');
  });
});
