import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationsRepository } from './invitations.repository';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsRepository } from './sessions.repository';
import { TeamsRepository } from './teams.repository';
import { UsersRepository } from './users.repository';

/** The identity repositories bound to one EntityManager (the data source, or a transaction's). */
export class IdentityRepositories {
  readonly users: UsersRepository;
  readonly organizations: OrganizationsRepository;
  readonly memberships: MembershipsRepository;
  readonly teams: TeamsRepository;
  readonly invitations: InvitationsRepository;
  readonly passwordResets: PasswordResetsRepository;
  readonly sessions: SessionsRepository;

  constructor(manager: EntityManager) {
    this.users = new UsersRepository(manager);
    this.organizations = new OrganizationsRepository(manager);
    this.memberships = new MembershipsRepository(manager);
    this.teams = new TeamsRepository(manager);
    this.invitations = new InvitationsRepository(manager);
    this.passwordResets = new PasswordResetsRepository(manager);
    this.sessions = new SessionsRepository(manager);
  }
}

/**
 * Entry point of the identity module to its data. `transaction` hands the callback repositories
 * bound to the transaction's manager: never reach for another connection inside it (the embedded
 * engine has one).
 */
@Injectable()
export class IdentityStore {
  readonly repos: IdentityRepositories;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.repos = new IdentityRepositories(dataSource.manager);
  }

  transaction<T>(work: (repos: IdentityRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new IdentityRepositories(manager)));
  }
}
