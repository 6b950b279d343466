import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { authKeys } from './query-keys';

/** Client errors (4xx) are answers, not glitches: never retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The session ended (expired, revoked, signed out elsewhere): contract B's 401 AUTH_REQUIRED. */
export function isSessionEnd(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.code === 'AUTH_REQUIRED';
}

export interface QueryClientOptions {
  /**
   * Called once per failed query or mutation that met the end of the session, before the signed-in
   * user is forgotten (which sends the screens to the login page): the place to save what was typed.
   */
  onSessionEnd?: () => void;
}

export function createQueryClient({ onSessionEnd }: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (!isSessionEnd(error)) return;
    onSessionEnd?.();
    client.setQueryData(authKeys.me(), null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
