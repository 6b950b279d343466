import { ALL_ROLES, Role, isRole, wouldRemoveLastAdmin } from './roles';
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
