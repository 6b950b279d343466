import { Injectable } from '@nestjs/common';
import { OrgBound, TransactionContext } from '@parvis/api/core';
import { EntityManager } from 'typeorm';
import { InvitationLinksRepository, InvitationsRepository } from './invitations.repository';
import { MembershipsRepository, UserMembershipsRepository } from './memberships.repository';
import { LoginThrottleRepository } from './login-throttle.repository';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsRepository } from './sessions.repository';
import { TeamsRepository } from './teams.repository';
import { UsersRepository } from './users.repository';

/**
 * The identity repositories that are not owned by one organisation (accounts, sessions, password
 * links, organisations themselves) and the user- or token-scoped lookups that run before any
 * organisation scope exists.
 */
export class IdentityRepositories {
  readonly users: UsersRepository;
  readonly organizations: OrganizationsRepository;
  readonly memberships: UserMembershipsRepository;
  readonly invitations: InvitationLinksRepository;
  readonly passwordResets: PasswordResetsRepository;
  readonly sessions: SessionsRepository;
  readonly loginThrottle: LoginThrottleRepository;

  constructor(manager: EntityManager) {
    this.users = new UsersRepository(manager);
    this.organizations = new OrganizationsRepository(manager);
    this.memberships = new UserMembershipsRepository(manager);
    this.invitations = new InvitationLinksRepository(manager);
    this.passwordResets = new PasswordResetsRepository(manager);
    this.sessions = new SessionsRepository(manager);
    this.loginThrottle = new LoginThrottleRepository(manager);
  }
}

/** The identity repositories owned by one organisation. */
export interface IdentityOrgRepos {
  memberships: MembershipsRepository;
  teams: TeamsRepository;
  invitations: InvitationsRepository;
}

/**
 * Entry point of the identity module to its data. Every repository resolves the transaction
 * context, so `transaction(work)` and `TransactionContext.run` are the same single pattern.
 */
@Injectable()
export class IdentityStore {
  constructor(private readonly transactions: TransactionContext) {}

  /** Bound to the open transaction, if any. */
  get repos(): IdentityRepositories {
    return new IdentityRepositories(this.transactions.manager);
  }

  forOrg(scope: OrgBound): IdentityOrgRepos {
    const { organizationId } = scope;
    return {
      memberships: new MembershipsRepository(this.transactions, organizationId),
      teams: new TeamsRepository(this.transactions, organizationId),
      invitations: new InvitationsRepository(this.transactions, organizationId),
    };
  }

  transaction<T>(work: (repos: IdentityRepositories) => Promise<T>): Promise<T> {
    return this.transactions.run(() => work(this.repos));
  }
}
