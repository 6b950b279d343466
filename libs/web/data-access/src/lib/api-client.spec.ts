import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { ApiError } from './api-error';
import { fetchMe, meQueryOptions } from './auth.queries';
import { membersInfiniteQueryOptions } from './org.queries';
import { createQueryClient } from './query-client';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function stubFetch(handler: (request: Request) => Response) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => handler(input as Request));
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

const me = {
  user: { id: 'u1', email: 'a@b.fr', displayName: 'Alice', isInstanceAdmin: false },
  memberships: [],
};

describe('api client', () => {
  it('calls the same-origin API with the session cookie policy', async () => {
    const fetchStub = stubFetch(() => jsonResponse(200, me));
    await expect(fetchMe()).resolves.toEqual(me);
    const request = fetchStub.mock.calls[0][0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/auth/me');
    expect(request.credentials).toBe('same-origin');
  });

  it('turns no session (401) into a null user', async () => {
    stubFetch(() => jsonResponse(401, { code: 'AUTH_REQUIRED', message: 'Authentication required' }));
    await expect(fetchMe()).resolves.toBeNull();
  });

  it('throws an ApiError carrying status, code, message and field details', async () => {
    const details = [{ field: 'name', messages: ['name must not be empty'] }];
    stubFetch(() => jsonResponse(400, { code: 'VALIDATION_FAILED', message: 'Invalid input', details }));
    const client = createQueryClient();
    const error = await client.fetchQuery(meQueryOptions()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Invalid input' });
    expect((error as ApiError).fieldErrors).toEqual(details);
  });

  it('exposes field details of other codes too (a wrong current password)', () => {
    const error = new ApiError({
      status: 400,
      code: 'IDENTITY_WRONG_PASSWORD',
      message: 'currentPassword: wrong',
      details: [{ field: 'currentPassword', messages: ['currentPassword is not the current password'] }],
    });
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['currentPassword']);
    expect(new ApiError({ status: 404, code: 'ORG_NOT_FOUND', message: 'x' }).fieldErrors).toEqual([]);
  });

  it('reads lockedUntil from AUTH_ACCOUNT_LOCKED details', () => {
    const error = new ApiError({
      status: 423,
      code: 'AUTH_ACCOUNT_LOCKED',
      message: 'Locked',
      details: { lockedUntil: '2025-01-01T10:15:00.000Z' },
    });
    expect(error.lockedUntil?.toISOString()).toBe('2025-01-01T10:15:00.000Z');
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchMe()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('follows the members cursor', async () => {
    const fetchStub = stubFetch((request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      return jsonResponse(200, cursor ? { items: [], nextCursor: null } : { items: [], nextCursor: 'c2' });
    });
    const client = new QueryClient();
    const options = membersInfiniteQueryOptions('org-1', 10);
    await client.fetchInfiniteQuery(options);
    const result = await client.fetchInfiniteQuery({ ...options, pages: 2 });
    expect(result.pageParams).toEqual(['', 'c2']);
    const urls = fetchStub.mock.calls.map((call) => new URL((call[0] as Request).url));
    expect(urls[0].pathname).toBe('/api/orgs/org-1/members');
    expect(urls.at(-1)?.searchParams.get('cursor')).toBe('c2');
    expect(urls.at(-1)?.searchParams.get('limit')).toBe('10');
  });
});
