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

/** Planning of one organisation: editorial line, channels, briefs and the calendar. */
export const planningKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'planning'] as const,
  themes: (orgId: string) => [...planningKeys.all(orgId), 'themes'] as const,
  audiences: (orgId: string) => [...planningKeys.all(orgId), 'audiences'] as const,
  campaigns: (orgId: string) => [...planningKeys.all(orgId), 'campaigns'] as const,
  channels: (orgId: string) => [...planningKeys.all(orgId), 'channels'] as const,
  keyDates: (orgId: string) => [...planningKeys.all(orgId), 'key-dates'] as const,
  briefs: (orgId: string) => [...planningKeys.all(orgId), 'briefs'] as const,
  briefList: (orgId: string, filters: object) => [...planningKeys.briefs(orgId), 'list', filters] as const,
  brief: (orgId: string, briefId: string) => [...planningKeys.briefs(orgId), 'detail', briefId] as const,
  comments: (orgId: string, briefId: string) => [...planningKeys.brief(orgId, briefId), 'comments'] as const,
  calendars: (orgId: string) => [...planningKeys.briefs(orgId), 'calendar'] as const,
  calendar: (orgId: string, range: { from: string; to: string }, filters: object) =>
    [...planningKeys.calendars(orgId), range, filters] as const,
};

export const notificationKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'notifications'] as const,
};
