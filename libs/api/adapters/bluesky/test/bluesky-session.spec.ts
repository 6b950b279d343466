import { SafeHttpClient } from '@parvis/api/http';
import { BlueskyAgents, type StoredSession } from '../src/lib/bluesky-session';

const session = (accessJwt: string, refreshJwt = 'refresh-1'): StoredSession => ({
  serviceUrl: 'https://pds.example',
  pdsUrl: null,
  did: 'did:plc:ville',
  handle: 'ville.example',
  accessJwt,
  refreshJwt,
});

/** Building an agent compiles every lexicon: calls on one stored session share one agent, a new session gets its own. */
describe('BlueskyAgents', () => {
  const http = new SafeHttpClient({ allowList: [] });
  afterAll(() => http.close());

  it('gives the calls of one stored session the same agent, holding that session', () => {
    const agents = new BlueskyAgents(http);
    const first = agents.open(session('access-1'), 'https://pds.example', null);
    const second = agents.open(session('access-1'), 'https://pds.example', null);
    expect(second.agent).toBe(first.agent);
    expect(first.agent.session?.accessJwt).toBe('access-1');
  });

  it('a refreshed or an expired-token session, or no session at all (a login), gets its own agent', () => {
    const agents = new BlueskyAgents(http);
    const current = agents.open(session('access-1'), 'https://pds.example', null).agent;
    expect(agents.open(session('access-2'), 'https://pds.example', null).agent).not.toBe(current);
    expect(agents.open(session('access-1', 'refresh-2'), 'https://pds.example', null).agent).not.toBe(current);
    expect(agents.open(null, 'https://pds.example', null).agent).not.toBe(agents.open(null, 'https://pds.example', null).agent);
  });

  it('keeps at most its capacity, the least recently used going first', () => {
    const agents = new BlueskyAgents(http, 2);
    const a = agents.open(session('a'), 'https://pds.example', null).agent;
    const b = agents.open(session('b'), 'https://pds.example', null).agent;
    // a used again: b is now the oldest.
    expect(agents.open(session('a'), 'https://pds.example', null).agent).toBe(a);
    agents.open(session('c'), 'https://pds.example', null);
    expect(agents.open(session('a'), 'https://pds.example', null).agent).toBe(a);
    expect(agents.open(session('b'), 'https://pds.example', null).agent).not.toBe(b);
  });

  it('tells each call using a shared agent about a refresh while it runs, and only while it runs', async () => {
    const agents = new BlueskyAgents(http);
    const persisted: string[] = [];
    const running = agents.open(session('access-1'), 'https://pds.example', async (credentials) => {
      persisted.push(String(credentials['accessJwt']));
    });
    const finished = agents.open(session('access-1'), 'https://pds.example', async () => {
      persisted.push('a call that had finished');
    });
    await finished.settled();
    // What the agent does when the PDS answers a refresh.
    const refreshed = { did: 'did:plc:ville', handle: 'ville.example', accessJwt: 'access-2', refreshJwt: 'refresh-2', active: true };
    await (running.agent.sessionManager as unknown as { persistSession: (event: string, data: unknown) => void }).persistSession('update', refreshed);
    await running.settled();
    expect(persisted).toEqual(['access-2']);
    expect(running.current()?.accessJwt).toBe('access-2');
  });

  /** What the agent does when the PDS answers a login ('create') or a refresh ('update'). */
  const announce = (agent: unknown, event: 'create' | 'update', accessJwt: string, refreshJwt: string) =>
    (agent as { sessionManager: { persistSession: (event: string, data: unknown) => void } }).sessionManager.persistSession(event, { did: 'did:plc:ville', handle: 'ville.example', accessJwt, refreshJwt, active: true });

  it('keeps the agent that logged in for the session it created: the first post on it builds no agent', async () => {
    const agents = new BlueskyAgents(http);
    const login = agents.open(null, 'https://pds.example', null);
    announce(login.agent, 'create', 'access-1', 'refresh-1');
    await login.settled();
    expect(agents.open(session('access-1'), 'https://pds.example', null).agent).toBe(login.agent);
  });

  it('moves a refreshed agent to its new tokens: the old ones get an agent of their own', async () => {
    const agents = new BlueskyAgents(http);
    const call = agents.open(session('access-1'), 'https://pds.example', async () => undefined);
    announce(call.agent, 'update', 'access-2', 'refresh-2');
    await call.settled();
    expect(agents.open(session('access-2', 'refresh-2'), 'https://pds.example', null).agent).toBe(call.agent);
    expect(agents.open(session('access-1'), 'https://pds.example', null).agent).not.toBe(call.agent);
  });
});
