import { AtpAgent, type AtpSessionData } from '@atproto/api';
import type { SafeHttpClient } from '@parvis/api/http';
import { credentialString, type Credentials, type PublishContext } from '@parvis/api/platform';
import type { SessionState } from './bluesky-errors';

/** What is stored for a Bluesky channel: the session (never the app password) and where to send it. */
export interface StoredSession {
  serviceUrl: string;
  pdsUrl: string | null;
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

export class InvalidStoredSessionError extends Error {
  override readonly name = 'InvalidStoredSessionError';
}

export function readStoredSession(credentials: Credentials): StoredSession {
  const serviceUrl = credentialString(credentials, 'serviceUrl');
  const did = credentialString(credentials, 'did');
  const handle = credentialString(credentials, 'handle');
  const accessJwt = credentialString(credentials, 'accessJwt');
  const refreshJwt = credentialString(credentials, 'refreshJwt');
  if (!serviceUrl || !did || !handle || !accessJwt || !refreshJwt) throw new InvalidStoredSessionError('the stored Bluesky session is incomplete');
  return { serviceUrl, pdsUrl: credentialString(credentials, 'pdsUrl'), did, handle, accessJwt, refreshJwt };
}

export function sessionCredentials(session: StoredSession): Credentials {
  return { ...session };
}

function fromAgentSession(serviceUrl: string, pdsUrl: URL | undefined, data: AtpSessionData): StoredSession {
  return { serviceUrl, pdsUrl: pdsUrl ? pdsUrl.toString().replace(/\/$/, '') : null, did: data.did, handle: data.handle, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt };
}

export interface BlueskySession {
  agent: AtpAgent;
  state: SessionState;
  /** Waits for the refreshed session to be stored (call before returning). */
  settled(): Promise<void>;
  current(): StoredSession | null;
}

/**
 * An agent on the stored session, without a login or a round trip: the agent refreshes the access token
 * itself when the PDS says it expired, and each refresh is handed to `persist` (sessions are rate-limited
 * and long-lived: never a login per post).
 */
export function openSession(http: SafeHttpClient, stored: StoredSession | null, serviceUrl: string, persist: PublishContext['persistCredentials'] | null): BlueskySession {
  const state: SessionState = { expired: false };
  const writes: Promise<void>[] = [];
  let latest = stored;
  const agent: AtpAgent = new AtpAgent({
    service: serviceUrl,
    fetch: http.fetch,
    persistSession: (event, data) => {
      if (event === 'expired' || event === 'create-failed') state.expired = event === 'expired';
      if ((event === 'update' || event === 'create') && data) {
        latest = fromAgentSession(serviceUrl, agent.sessionManager.pdsUrl, data);
        if (persist && event === 'update') writes.push(persist(sessionCredentials(latest)));
      }
    },
  });
  if (stored) {
    agent.sessionManager.session = { did: stored.did, handle: stored.handle, accessJwt: stored.accessJwt, refreshJwt: stored.refreshJwt, active: true };
    if (stored.pdsUrl) agent.sessionManager.pdsUrl = new URL(stored.pdsUrl);
  }
  return {
    agent,
    state,
    settled: async () => {
      await Promise.all(writes);
    },
    current: () => latest,
  };
}
