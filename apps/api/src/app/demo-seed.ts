import { Logger } from '@nestjs/common';
import { IdentityStore, PasswordHasher } from '@parvis/api/identity';
import { Role } from '@parvis/shared/domain';

export const DEMO_PASSWORD = 'parvis-demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
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

/**
 * First start only: "Ville de Démo" with one user per role, a second organisation so the switcher
 * has something to switch to, and an instance operator. Returns the logins to print.
 */
export async function seedDemo(store: IdentityStore, hasher: PasswordHasher): Promise<DemoLogin[] | null> {
  if (await store.repos.organizations.slugExists('ville-de-demo')) return null;
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  await store.transaction(async (repos) => {
    const city = await repos.organizations.create({ name: 'Ville de Démo', slug: 'ville-de-demo', timeZone: 'Europe/Paris', locale: 'fr' });
    const county = await repos.organizations.create({ name: 'Département de Démo', slug: 'departement-de-demo', timeZone: 'Europe/Paris', locale: 'fr' });
    const cityTeams = store.forOrg({ organizationId: city.id }).teams;
    const teams = new Map<string, string>();
    for (const name of TEAMS) teams.set(name, (await cityTeams.insert({ name })).id);
    for (const demo of DEMO_USERS) {
      const user = await repos.users.create({ email: demo.email, displayName: demo.displayName, passwordHash });
      const membership = await repos.memberships.create(city.id, user.id, demo.role);
      const team = demo.team ? teams.get(demo.team) : undefined;
      if (team) await store.forOrg({ organizationId: city.id }).memberships.setTeams(membership.id, [team]);
      if (demo.role === Role.Admin) await repos.memberships.create(county.id, user.id, Role.Editor);
    }
    await repos.users.create({ email: OPERATOR_EMAIL, displayName: "Opératrice de l'instance", passwordHash, isInstanceAdmin: true });
  });
  new Logger('DemoSeed').log('Demo organisations "Ville de Démo" and "Département de Démo" created');
  return [...DEMO_USERS.map((u) => ({ email: u.email, role: u.role })), { email: OPERATOR_EMAIL, role: 'instance operator' }];
}
