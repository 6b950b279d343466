import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AppError, assertVersion } from '@parvis/api/core';
import { DEFAULT_LOCALE, isValidTimeZone, normalizeEmail, Role, slugify } from '@parvis/shared/domain';
import { MeDto } from '../dto/auth.dto';
import { CreatedOrganizationDto, OperatorOrganizationDto, OrganizationDto, UpdateOrganizationDto } from '../dto/organization.dto';
import { toMeDto, toOrganizationDto } from '../dto/mappers';
import { OrganizationEntity } from '../entities';
import { IdentityRepositories, IdentityStore } from '../repositories/identity-store';
import { assertAcceptablePassword, IdentityErrorCode } from './identity.errors';
import { InvitationsService } from './invitations.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

export interface NewOrganization {
  name: string;
  slug?: string;
  timeZone?: string;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly store: IdentityStore,
    private readonly invitations: InvitationsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(organizationId: string): Promise<OrganizationDto> {
    return toOrganizationDto(await this.find(organizationId));
  }

  /** Writes only the fields sent; with `ifMatch`, only if the settings still have that version (else 412). */
  async update(organizationId: string, changes: UpdateOrganizationDto, ifMatch?: number): Promise<OrganizationDto> {
    if (changes.timeZone !== undefined && !isValidTimeZone(changes.timeZone)) {
      throw AppError.invalidField('timeZone', 'timeZone must be an IANA time zone such as Europe/Paris');
    }
    await this.store.transaction(async (repos) => {
      const organization = await repos.organizations.lockById(organizationId);
      if (!organization) throw AppError.notFound(IdentityErrorCode.OrgNotFound, 'Organisation not found');
      await assertVersion(ifMatch, organization.version, async () => toOrganizationDto(organization));
      await repos.organizations.update(organizationId, {
        ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
        ...(changes.timeZone !== undefined ? { timeZone: changes.timeZone } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      });
    });
    return this.get(organizationId);
  }

  async listForOperator(): Promise<OperatorOrganizationDto[]> {
    return (await this.store.repos.organizations.listAllWithMemberCounts()).map(({ organization, memberCount }) => ({
      ...toOrganizationDto(organization),
      memberCount,
    }));
  }

  /** An organisation with no member yet: its people join by invitation (the demo seed). */
  async create(fields: NewOrganization): Promise<OrganizationDto> {
    return toOrganizationDto(await this.store.transaction((repos) => this.insert(repos, fields)));
  }

  /** Operator (page or CLI): the organisation and a single-use invitation for its first admin. */
  async createWithAdminInvitation(fields: NewOrganization, adminEmail: string, operatorUserId: string | null): Promise<CreatedOrganizationDto> {
    return this.store.transaction(async (repos) => {
      const organization = await this.insert(repos, fields);
      const created = await this.invitations.create(organization.id, adminEmail, Role.Admin, operatorUserId);
      return { organization: toOrganizationDto(organization), acceptUrl: created.acceptUrl, mailed: created.mailed };
    });
  }

  /** Self-service sign-up (off unless SIGNUP_ENABLED): a new organisation with its creator as admin. */
  async signup(fields: { organizationName: string; email: string; displayName: string; password: string }, userAgent: string | null): Promise<{ token: string; me: MeDto }> {
    if (!this.config.signupEnabled) throw AppError.forbidden(IdentityErrorCode.SignupDisabled, 'Self-service sign-up is disabled on this instance');
    const email = normalizeEmail(fields.email);
    assertAcceptablePassword('password', fields.password, { email, organizationName: fields.organizationName });
    const passwordHash = await this.hasher.hash(fields.password);
    const userId = await this.store.transaction(async (repos) => {
      if (await repos.users.findByEmail(email)) {
        throw AppError.conflict(IdentityErrorCode.EmailTaken, 'An account already exists for this e-mail: log in, then ask to be invited');
      }
      const organization = await this.insert(repos, { name: fields.organizationName });
      const user = await repos.users.create({ email, displayName: fields.displayName.trim(), passwordHash });
      await repos.memberships.create(organization.id, user.id, Role.Admin);
      return user.id;
    });
    const token = await this.sessions.open(userId, userAgent);
    const user = await this.store.repos.users.findById(userId);
    if (!user) throw new Error('Signed-up user vanished');
    return { token, me: toMeDto(user, await this.store.repos.memberships.listForUser(userId)) };
  }

  async insert(repos: IdentityRepositories, fields: NewOrganization): Promise<OrganizationEntity> {
    const timeZone = fields.timeZone ?? this.config.defaultTimeZone;
    if (!isValidTimeZone(timeZone)) throw AppError.invalidField('timeZone', 'timeZone must be an IANA time zone such as Europe/Paris');
    const slug = fields.slug ?? (await this.freeSlug(repos, slugify(fields.name) || 'organisation'));
    if (fields.slug && (await repos.organizations.slugExists(slug))) {
      throw AppError.conflict(IdentityErrorCode.SlugTaken, `The slug "${slug}" is already used`);
    }
    return repos.organizations.create({ name: fields.name.trim(), slug, timeZone, locale: DEFAULT_LOCALE });
  }

  private async freeSlug(repos: IdentityRepositories, base: string): Promise<string> {
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base.slice(0, 58)}-${n}`;
      if (!(await repos.organizations.slugExists(candidate))) return candidate;
    }
    throw AppError.conflict(IdentityErrorCode.SlugTaken, 'No free slug for this name');
  }

  private async find(organizationId: string): Promise<OrganizationEntity> {
    const organization = await this.store.repos.organizations.findById(organizationId);
    if (!organization) throw AppError.notFound(IdentityErrorCode.OrgNotFound, 'Organisation not found');
    return organization;
  }
}
