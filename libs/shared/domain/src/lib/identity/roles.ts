/** The five roles of an organisation member (PRODUCT.md). */
export enum Role {
  Admin = 'admin',
  Editor = 'editor',
  Contributor = 'contributor',
  Approver = 'approver',
  Viewer = 'viewer',
}

export const ALL_ROLES: readonly Role[] = [Role.Admin, Role.Editor, Role.Contributor, Role.Approver, Role.Viewer];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

/**
 * An organisation must keep at least one admin: removing or demoting the last one would leave
 * nobody able to manage members.
 */
export function wouldRemoveLastAdmin(currentRole: Role, nextRole: Role | null, adminCount: number): boolean {
  return currentRole === Role.Admin && nextRole !== Role.Admin && adminCount <= 1;
}
