import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { Role } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from '@parvis/api/testing';

export interface Member {
  membershipId: string;
  userId: string;
  agent: TestAgent;
}

/** One organisation for one scenario: its agents, a channel, and helpers to write and move posts. */
export class Scenario {
  base = '';
  channelId = '';
  private sequence = 0;

  constructor(
    readonly t: TestApp,
    readonly fixtures: IdentityFixtures,
    readonly org: TestOrg,
    readonly admin: TestAgent,
    readonly editor: TestAgent,
    readonly contributor: TestAgent,
    readonly approver: TestAgent,
  ) {
    this.base = `/api/orgs/${org.id}`;
  }

  static async create(t: TestApp, name: string): Promise<Scenario> {
    const fixtures = new IdentityFixtures(t.app);
    const org = await fixtures.organization(name);
    const agent = (role: Role) => fixtures.agentFor(org.members[role].email);
    const scenario = new Scenario(t, fixtures, org, await agent(Role.Admin), await agent(Role.Editor), await agent(Role.Contributor), await agent(Role.Approver));
    scenario.channelId = (await scenario.admin.post(`${scenario.base}/channels`).send({ network: 'bluesky', handle: `${org.id.slice(0, 8)}.bsky.social`, displayName: 'Ville' }).expect(201)).body.id;
    return scenario;
  }

  /** Another member with this role, logged in. */
  async member(role: Role): Promise<Member> {
    const user = await this.fixtures.user({ email: `${role}-${++this.sequence}-${this.org.id.slice(0, 8)}@test.parvis.fr`, displayName: `${role} ${this.sequence}` });
    const membershipId = await this.fixtures.addMember(this.org.id, user.id, role);
    return { membershipId, userId: user.id, agent: await this.fixtures.agentFor(user.email) };
  }

  async post(author: TestAgent, fields: Record<string, unknown> = {}): Promise<{ id: string; contentHash: string }> {
    const body = (await author.post(`${this.base}/posts`).send({ masterText: `Collecte des encombrants n° ${++this.sequence}`, channelIds: [this.channelId], ...fields }).expect(201)).body;
    return { id: body.id, contentHash: body.contentHash };
  }

  submit(author: TestAgent, postId: string, body: object = {}) {
    return author.post(`${this.base}/posts/${postId}/submit`).send(body);
  }

  async review(postId: string) {
    return (await this.editor.get(`${this.base}/posts/${postId}/review`).expect(200)).body;
  }

  async decide(agent: TestAgent, postId: string, action = 'approve', comment?: string) {
    const review = await this.review(postId);
    return agent.post(`${this.base}/posts/${postId}/decisions`).send({ action, step: review.currentStep ?? 0, contentHash: review.contentHash, ...(comment ? { comment } : {}) });
  }

  /** A decision that must succeed (its refusal is shown if not). */
  async decided(agent: TestAgent, postId: string, action = 'approve', comment?: string) {
    const response = await this.decide(agent, postId, action, comment);
    if (response.status !== 200) throw new Error(`Decision ${action} refused: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }

  async audit(filter: Record<string, string>) {
    return (await this.admin.get(`${this.base}/audit-events`).query(filter).expect(200)).body.items;
  }
}
