import type { AuditActor, AuthenticatedUser, OrgScope } from '@parvis/api/core';

/** The member acting, as the audit log names them. */
export const memberActor = (scope: OrgScope, user: AuthenticatedUser): AuditActor => ({ membershipId: scope.membershipId, userId: user.id, label: user.displayName });
