import { AtpAgent, type AtpSessionData, type AtpSessionEvent } from '@atproto/api';
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

type SessionListener = (event: AtpSessionEvent, data: AtpSessionData | undefined) => void;

/** An agent and the calls listening to its session events (refreshes) while they use it. */
interface SharedAgent {
  agent: AtpAgent;
  listeners: Set<SessionListener>;
}

/** The whole session: credentials stored with an expired token (or another instance's refresh) get their own agent. */
const keyOf = (stored: StoredSession): string => `${stored.serviceUrl} ${stored.did} ${stored.accessJwt} ${stored.refreshJwt}`;

/** Agents kept at most (least recently used ones go first). */
const DEFAULT_CAPACITY = 1000;

/**
 * Agents on stored sessions, kept per session: building an agent compiles every lexicon (measured: a
 * third of the publisher's CPU during a burst when each post built its own), so calls on the same stored
 * session share one. A refresh stores a new session, whose first call builds a new agent: an agent never
 * outlives the tokens it was given, so no instance reuses a rotated refresh token. The agent that logged
 * in (connecting the channel) or refreshed is kept under the tokens it now holds.
 */
export class BlueskyAgents {
  private readonly agents = new Map<string, SharedAgent>();

  constructor(
    private readonly http: SafeHttpClient,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /**
   * An agent on the stored session, without a login or a round trip: the agent refreshes the access
   * token itself when the PDS says it expired, and each refresh is handed to `persist` (sessions are
   * rate-limited and long-lived: never a login per post). No stored session (a login): a fresh agent.
   */
  open(stored: StoredSession | null, serviceUrl: string, persist: PublishContext['persistCredentials'] | null): BlueskySession {
    const state: SessionState = { expired: false };
    const writes: Promise<void>[] = [];
    const shared = stored ? this.shared(stored) : this.build(serviceUrl, null);
    let latest = stored;
    const listener: SessionListener = (event, data) => {
      if (event === 'expired' || event === 'create-failed') state.expired = event === 'expired';
      if ((event === 'update' || event === 'create') && data) {
        const previous = latest;
        latest = fromAgentSession(serviceUrl, shared.agent.sessionManager.pdsUrl, data);
        // The agent now holds these tokens: the next call on them (the connection's first post) finds it.
        this.rekey(previous, latest, shared);
        if (persist && event === 'update') writes.push(persist(sessionCredentials(latest)));
      }
    };
    shared.listeners.add(listener);
    return {
      agent: shared.agent,
      state,
      settled: async () => {
        shared.listeners.delete(listener);
        await Promise.all(writes);
      },
      current: () => latest,
    };
  }

  private shared(stored: StoredSession): SharedAgent {
    const key = keyOf(stored);
    const known = this.agents.get(key);
    if (known) {
      // Most recently used last: the first key is the one to evict.
      this.agents.delete(key);
      this.agents.set(key, known);
      return known;
    }
    const shared = this.build(stored.serviceUrl, stored);
    this.keep(key, shared);
    return shared;
  }

  /** An agent whose tokens changed (a login, a refresh) is kept under its new ones only. */
  private rekey(previous: StoredSession | null, current: StoredSession, shared: SharedAgent): void {
    if (previous && this.agents.get(keyOf(previous)) === shared) this.agents.delete(keyOf(previous));
    if (!this.agents.has(keyOf(current))) this.keep(keyOf(current), shared);
  }

  private keep(key: string, shared: SharedAgent): void {
    this.agents.set(key, shared);
    for (const oldest of this.agents.keys()) {
      if (this.agents.size <= this.capacity) break;
      this.agents.delete(oldest);
    }
  }

  private build(serviceUrl: string, stored: StoredSession | null): SharedAgent {
    const listeners = new Set<SessionListener>();
    const agent: AtpAgent = new AtpAgent({
      service: serviceUrl,
      fetch: this.http.xrpcFetch,
      persistSession: (event, data) => {
        for (const listener of listeners) listener(event, data);
      },
    });
    if (stored) {
      agent.sessionManager.session = { did: stored.did, handle: stored.handle, accessJwt: stored.accessJwt, refreshJwt: stored.refreshJwt, active: true };
      if (stored.pdsUrl) agent.sessionManager.pdsUrl = new URL(stored.pdsUrl);
    }
    return { agent, listeners };
  }
}
