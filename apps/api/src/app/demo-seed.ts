import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { AuthenticatedUser, OrgScope } from '@parvis/api/core';
import { IdentityStore, InvitationAcceptanceService, InvitationsService, MembersService, OrganizationsService, PasswordResetsService, TeamsService } from '@parvis/api/identity';
import { Role } from '@parvis/shared/domain';
import { ensureInstanceAdmin } from './instance-admin';

export const DEMO_PASSWORD = 'parvis-demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
}

/** A demo member as a request would see them: the next features' demo data is written as them. */
export interface DemoActor {
  scope: OrgScope;
  user: AuthenticatedUser;
}

/** What the identity demo created, for the features that seed after it. */
export interface DemoIdentity {
  logins: DemoLogin[];
  /** The members of "Ville de Démo", by e-mail. */
  cityActors: Map<string, DemoActor>;
}

const DEMO_USERS: { email: string; displayName: string; role: Role; team?: string }[] = [
  { email: 'admin@demo.parvis.fr', displayName: 'Alice Administratrice', role: Role.Admin, team: 'Direction de la communication' },
  { email: 'editeur@demo.parvis.fr', displayName: 'Étienne Éditeur', role: Role.Editor, team: 'Direction de la communication' },
  { email: 'agent@demo.parvis.fr', displayName: 'Camille Contributrice', role: Role.Contributor, team: 'Direction de la culture' },
  { email: 'validateur@demo.parvis.fr', displayName: 'Victor Validateur', role: Role.Approver, team: 'Cabinet du maire' },
  { email: 'lecteur@demo.parvis.fr', displayName: 'Léa Lectrice', role: Role.Viewer },
];
const TEAMS = ['Direction de la communication', 'Direction de la culture', 'Voirie', 'Cabinet du maire'];
export const OPERATOR_EMAIL = 'operateur@demo.parvis.fr';
const CITY_SLUG = 'ville-de-demo';

const tokenOf = (link: string): string => link.slice(link.lastIndexOf('/') + 1);

/**
 * First start only: "Ville de Démo" with one user per role, a second organisation so the switcher
 * has something to switch to, and an instance operator. Everything goes through the identity
 * services, the way people get there: each account accepts its invitation, the admin then sorts
 * the members into services, the operator sets the password of the link it was given.
 * Null when the demo is already there.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoIdentity | null> {
  const organizations = app.get(OrganizationsService);
  if ((await organizations.listForOperator()).some((o) => o.slug === CITY_SLUG)) return null;
  const invitations = app.get(InvitationsService);
  const acceptance = app.get(InvitationAcceptanceService);

  const city = await organizations.create({ name: 'Ville de Démo', slug: CITY_SLUG, timeZone: 'Europe/Paris' });
  const county = await organizations.create({ name: 'Département de Démo', slug: 'departement-de-demo', timeZone: 'Europe/Paris' });
  const cityActors = new Map<string, DemoActor>();
  const adminOf = () => [...cityActors.values()].find((actor) => actor.scope.role === Role.Admin);
  for (const demo of DEMO_USERS) {
    // The first account (the admin) is invited by nobody, as the operator does; the admin invites the others.
    const invited = await invitations.create(city.id, demo.email, demo.role, adminOf()?.user.id ?? null);
    const me = await acceptance.createAccount(tokenOf(invited.acceptUrl), DEMO_PASSWORD, demo.displayName);
    const membership = me.memberships.find((m) => m.organization.id === city.id);
    if (!membership) throw new Error(`${demo.email} did not join the demo city`);
    cityActors.set(demo.email, {
      user: { ...me.user, sessionId: 'demo-seed' },
      scope: { organizationId: city.id, membershipId: membership.membershipId, role: demo.role, timeZone: city.timeZone, contentVersion: '0' },
    });
  }
  const admin = adminOf();
  if (!admin) throw new Error('The demo has no administrator');

  const adminScope = admin.scope;
  const teams = app.get(TeamsService);
  const teamIds = new Map<string, string>();
  for (const name of TEAMS) teamIds.set(name, (await teams.create(adminScope, name)).id);
  const members = app.get(MembersService);
  for (const demo of DEMO_USERS) {
    const membershipId = cityActors.get(demo.email)?.scope.membershipId;
    const teamId = demo.team ? teamIds.get(demo.team) : undefined;
    if (membershipId && teamId) await members.update(adminScope, membershipId, { serviceIds: [teamId] });
  }

  // The city's admin is an editor of the county: an existing account joins once logged in.
  const countyInvitation = await invitations.create(county.id, admin.user.email, Role.Editor, null);
  await acceptance.join(tokenOf(countyInvitation.acceptUrl), admin.user);

  const operatorLink = await ensureInstanceAdmin(app.get(IdentityStore), app.get(PasswordResetsService), OPERATOR_EMAIL);
  if (operatorLink) await app.get(PasswordResetsService).confirm(tokenOf(operatorLink), DEMO_PASSWORD);

  new Logger('DemoSeed').log(`Demo organisations "${city.name}" and "${county.name}" created`);
  const logins = [...DEMO_USERS.map((u) => ({ email: u.email, role: u.role })), { email: OPERATOR_EMAIL, role: 'instance operator' }];
  return { logins, cityActors };
}
