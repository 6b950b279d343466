import { ALL_ROLES, Role, isRole, wouldRemoveLastAdmin } from './roles';
import { PASSWORD_MAX_LENGTH, checkPassword } from './password-policy';
import { normalizeEmail } from './email';
import { SLUG_PATTERN, slugify } from './slug';

describe('roles', () => {
  it('recognises exactly the five roles', () => {
    expect(ALL_ROLES).toHaveLength(5);
    for (const role of ALL_ROLES) expect(isRole(role)).toBe(true);
    expect(isRole('owner')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it.each([
    [Role.Admin, Role.Editor, 1, true],
    [Role.Admin, null, 1, true],
    [Role.Admin, Role.Admin, 1, false],
    [Role.Admin, Role.Viewer, 2, false],
    [Role.Editor, null, 1, false],
  ])('last-admin guard: %s → %s with %i admins = %s', (current, next, count, expected) => {
    expect(wouldRemoveLastAdmin(current, next, count)).toBe(expected);
  });
});

describe('password policy', () => {
  it('asks for 12 to 256 characters, counted as code points', () => {
    expect(checkPassword('short')).toBe('too_short');
    expect(checkPassword('é'.repeat(12))).toBeNull();
    expect(checkPassword('a'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('too_long');
    expect(checkPassword('correct horse battery')).toBeNull();
  });

  it('refuses the e-mail address as password', () => {
    expect(checkPassword('Agent.Voirie@ville.fr', 'agent.voirie@ville.fr')).toBe('same_as_email');
  });
});

describe('identity normalisation', () => {
  it('normalises e-mail addresses', () => {
    expect(normalizeEmail('  Marie.Dupont@Ville.FR ')).toBe('marie.dupont@ville.fr');
  });

  it('makes URL-safe slugs from French names', () => {
    expect(slugify('Ville de Démo')).toBe('ville-de-demo');
    expect(slugify("Communauté d'agglomération — Côte Basque")).toBe('communaute-d-agglomeration-cote-basque');
    expect(SLUG_PATTERN.test(slugify('  Été 2026 !! '))).toBe(true);
  });
});
