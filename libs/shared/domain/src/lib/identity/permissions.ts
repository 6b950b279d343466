import { ALL_ROLES, Role } from './roles';

/** A member's role in one organisation (contract C names it OrgRole). */
export type OrgRole = Role;

/**
 * Everything a member may do in an organisation, checked by the API's route decorator and used by the
 * SPA to show or hide actions. Later areas add their actions here so both sides agree.
 */
export const ORG_ACTIONS = [
  'members.manage',
  'settings.manage',
  'channels.manage',
  'planning.edit',
  'brief.propose',
  'brief.write-assigned',
  'brief.comment',
  'calendar.read',
  'post.draft',
  'post.approve',
  'post.schedule',
  'audit.read',
] as const;

export type OrgAction = (typeof ORG_ACTIONS)[number];

const ALL: readonly OrgRole[] = ALL_ROLES;
const WRITERS: readonly OrgRole[] = [Role.Admin, Role.Editor, Role.Contributor];
const PLANNERS: readonly OrgRole[] = [Role.Admin, Role.Editor];
const ADMINS: readonly OrgRole[] = [Role.Admin];

/** The matrix, written per action (PRODUCT.md's role table): who may do it. */
const ALLOWED: Record<OrgAction, readonly OrgRole[]> = {
  'members.manage': ADMINS,
  'settings.manage': ADMINS,
  'channels.manage': ADMINS,
  'planning.edit': PLANNERS,
  'brief.propose': WRITERS,
  'brief.write-assigned': WRITERS,
  'brief.comment': [Role.Admin, Role.Editor, Role.Contributor, Role.Approver],
  'calendar.read': ALL,
  'post.draft': WRITERS,
  // A validator decides at the steps naming them; admins may do everything in their organisation.
  'post.approve': [Role.Admin, Role.Approver],
  'post.schedule': PLANNERS,
  'audit.read': ADMINS,
};

export function isOrgAction(value: unknown): value is OrgAction {
  return typeof value === 'string' && (ORG_ACTIONS as readonly string[]).includes(value);
}

export function can(role: OrgRole, action: OrgAction): boolean {
  return ALLOWED[action].includes(role);
}

/** The roles allowed to do an action (for messages and for lists such as "who can be assigned"). */
export function rolesAllowedTo(action: OrgAction): readonly OrgRole[] {
  return ALLOWED[action];
}
