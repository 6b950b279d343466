/** Query-key factories (hierarchical, so an area can be invalidated at once). */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const publicKeys = {
  all: ['public'] as const,
  config: () => [...publicKeys.all, 'config'] as const,
  invitation: (token: string) => [...publicKeys.all, 'invitation', token] as const,
  passwordReset: (token: string) => [...publicKeys.all, 'password-reset', token] as const,
};

export const orgKeys = {
  all: ['orgs'] as const,
  detail: (orgId: string) => [...orgKeys.all, orgId] as const,
  members: (orgId: string) => [...orgKeys.detail(orgId), 'members'] as const,
  memberList: (orgId: string, limit: number) => [...orgKeys.members(orgId), { limit }] as const,
  invitations: (orgId: string) => [...orgKeys.detail(orgId), 'invitations'] as const,
  services: (orgId: string) => [...orgKeys.detail(orgId), 'services'] as const,
};

export const operatorKeys = {
  all: ['operator'] as const,
  organizations: () => [...operatorKeys.all, 'organizations'] as const,
};
