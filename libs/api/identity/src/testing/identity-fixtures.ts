import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { IdentityStore, PasswordHasher } from '../index';
import { Role } from '@parvis/shared/domain';

export const TEST_PASSWORD = 'un mot de passe solide';

export interface TestMember {
  userId: string;
  membershipId: string;
  email: string;
  role: Role;
}

export interface TestOrg {
  id: string;
  name: string;
  members: Record<Role, TestMember>;
}

let sequence = 0;
function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Factories that insert through the real repositories, and logged-in HTTP agents. */
export class IdentityFixtures {
  private readonly store: IdentityStore;
  private readonly hasher: PasswordHasher;
  private passwordHash: Promise<string> | null = null;

  constructor(private readonly app: INestApplication) {
    this.store = app.get(IdentityStore);
    this.hasher = app.get(PasswordHasher);
  }

  private hash(): Promise<string> {
    this.passwordHash ??= this.hasher.hash(TEST_PASSWORD);
    return this.passwordHash;
  }

  async user(options: { email?: string; displayName?: string; isInstanceAdmin?: boolean } = {}): Promise<{ id: string; email: string }> {
    const email = options.email ?? `${unique('user')}@test.parvis.fr`;
    const user = await this.store.repos.users.create({
      email,
      displayName: options.displayName ?? 'Agent de test',
      passwordHash: await this.hash(),
      isInstanceAdmin: options.isInstanceAdmin ?? false,
    });
    return { id: user.id, email };
  }

  /** An organisation with one member per role. */
  async organization(name = 'Commune de Test'): Promise<TestOrg> {
    const slug = unique('org');
    const organization = await this.store.repos.organizations.create({ name, slug, timeZone: 'Europe/Paris', locale: 'fr' });
    const members = {} as Record<Role, TestMember>;
    for (const role of Object.values(Role)) {
      const user = await this.user({ email: `${role}-${slug}@test.parvis.fr` });
      const membership = await this.store.repos.memberships.create(organization.id, user.id, role);
      members[role] = { userId: user.id, membershipId: membership.id, email: user.email, role };
    }
    return { id: organization.id, name, members };
  }

  async addMember(organizationId: string, userId: string, role: Role): Promise<string> {
    return (await this.store.repos.memberships.create(organizationId, userId, role)).id;
  }

  async team(organizationId: string, name = unique('Service')): Promise<string> {
    return (await this.store.forOrg({ organizationId }).teams.insert({ name })).id;
  }

  /** A supertest agent holding a session cookie for this account. */
  async agentFor(email: string, password = TEST_PASSWORD): Promise<TestAgent> {
    const agent = request.agent(this.app.getHttpServer());
    const response = await agent.post('/api/auth/login').send({ email, password });
    if (response.status !== 200) throw new Error(`Login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return agent;
  }
}
