import type { Request } from 'express';
import type { Role } from '@parvis/shared/domain';

export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  isInstanceAdmin: boolean;
  sessionId: string;
}

export interface OrgScope {
  organizationId: string;
  membershipId: string;
  role: Role;
}

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
  orgScope?: OrgScope;
}

export const SESSION_COOKIE = 'parvis_session';
