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
  /** The organisation's IANA zone, loaded with the membership (every date is shown in it). */
  timeZone: string;
  /** Changes whenever the organisation's planned content changes (see OrganizationEntity). */
  contentVersion: string;
}

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
  orgScope?: OrgScope;
}

export const SESSION_COOKIE = 'parvis_session';
