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

/** Capabilities the foundation knows; later areas add theirs here so the API and the SPA agree. */
export type Capability = 'manage_members' | 'manage_organization' | 'read_organization';

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  [Role.Admin]: ['manage_members', 'manage_organization', 'read_organization'],
  [Role.Editor]: ['read_organization'],
  [Role.Contributor]: ['read_organization'],
  [Role.Approver]: ['read_organization'],
  [Role.Viewer]: ['read_organization'],
};

export function roleCan(role: Role, capability: Capability): boolean {
  return CAPABILITIES[role].includes(capability);
}

/**
 * An organisation must keep at least one admin: removing or demoting the last one would leave
 * nobody able to manage members.
 */
export function wouldRemoveLastAdmin(currentRole: Role, nextRole: Role | null, adminCount: number): boolean {
  return currentRole === Role.Admin && nextRole !== Role.Admin && adminCount <= 1;
}
