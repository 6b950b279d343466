import { ALL_ROLES, Role } from './roles';
import { can, isOrgAction, ORG_ACTIONS, OrgAction, rolesAllowedTo } from './permissions';

const A = Role.Admin;
const E = Role.Editor;
const C = Role.Contributor;
const P = Role.Approver;
const V = Role.Viewer;

/** The expected matrix, written independently of the implementation: every role × every action. */
const EXPECTED: Record<OrgAction, Record<Role, boolean>> = {
  'members.manage': { [A]: true, [E]: false, [C]: false, [P]: false, [V]: false },
  'settings.manage': { [A]: true, [E]: false, [C]: false, [P]: false, [V]: false },
  'channels.manage': { [A]: true, [E]: false, [C]: false, [P]: false, [V]: false },
  'planning.edit': { [A]: true, [E]: true, [C]: false, [P]: false, [V]: false },
  'brief.propose': { [A]: true, [E]: true, [C]: true, [P]: false, [V]: false },
  'brief.write-assigned': { [A]: true, [E]: true, [C]: true, [P]: false, [V]: false },
  'brief.comment': { [A]: true, [E]: true, [C]: true, [P]: true, [V]: false },
  'calendar.read': { [A]: true, [E]: true, [C]: true, [P]: true, [V]: true },
  'post.draft': { [A]: true, [E]: true, [C]: true, [P]: false, [V]: false },
  'post.approve': { [A]: true, [E]: false, [C]: false, [P]: true, [V]: false },
  'post.schedule': { [A]: true, [E]: true, [C]: false, [P]: false, [V]: false },
  'audit.read': { [A]: true, [E]: false, [C]: false, [P]: false, [V]: false },
};

describe('permission matrix', () => {
  const cells = ORG_ACTIONS.flatMap((action) => ALL_ROLES.map((role) => [role, action, EXPECTED[action][role]] as const));

  it('covers every role × action pair', () => {
    expect(cells).toHaveLength(ORG_ACTIONS.length * ALL_ROLES.length);
    expect(Object.keys(EXPECTED).sort()).toEqual([...ORG_ACTIONS].sort());
  });

  it.each(cells)('%s may %s: %s', (role, action, expected) => {
    expect(can(role, action)).toBe(expected);
  });

  it('lists the allowed roles consistently with can()', () => {
    for (const action of ORG_ACTIONS) {
      expect([...rolesAllowedTo(action)].sort()).toEqual(ALL_ROLES.filter((role) => EXPECTED[action][role]).sort());
    }
  });

  it('recognises actions', () => {
    expect(isOrgAction('planning.edit')).toBe(true);
    expect(isOrgAction('planning.delete')).toBe(false);
    expect(isOrgAction(undefined)).toBe(false);
  });

  it('keeps an admin able to do everything', () => {
    for (const action of ORG_ACTIONS) expect(can(Role.Admin, action)).toBe(true);
  });
});
