import { HttpStatus } from '@nestjs/common';
import { AppError, defineErrorCodes } from '@parvis/api/core';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@parvis/shared/domain';

/** The identity module's closed set of error codes. */
export const IdentityErrorCode = defineErrorCodes('identity', {
  InvalidCredentials: 'AUTH_INVALID_CREDENTIALS',
  AccountLocked: 'AUTH_ACCOUNT_LOCKED',
  OrgNotFound: 'ORG_NOT_FOUND',
  MemberNotFound: 'MEMBER_NOT_FOUND',
  TeamNotFound: 'TEAM_NOT_FOUND',
  InvitationNotFound: 'INVITATION_NOT_FOUND',
  InvitationExpired: 'INVITATION_EXPIRED',
  InvitationUsed: 'INVITATION_ALREADY_USED',
  ResetNotFound: 'PASSWORD_RESET_NOT_FOUND',
  ResetExpired: 'PASSWORD_RESET_EXPIRED',
  LastAdmin: 'IDENTITY_LAST_ADMIN',
  AlreadyMember: 'IDENTITY_ALREADY_MEMBER',
  WeakPassword: 'IDENTITY_WEAK_PASSWORD',
  WrongPassword: 'IDENTITY_WRONG_PASSWORD',
  SignupDisabled: 'SIGNUP_DISABLED',
  SlugTaken: 'ORG_SLUG_TAKEN',
  TeamNameTaken: 'TEAM_NAME_TAKEN',
  ResetUserInOtherOrgs: 'IDENTITY_RESET_NEEDS_OPERATOR',
  CannotChangeSelf: 'IDENTITY_CANNOT_CHANGE_OWN_MEMBERSHIP',
  EmailTaken: 'IDENTITY_EMAIL_TAKEN',
});

export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    identity: typeof IdentityErrorCode;
  }
}

export function assertAcceptablePassword(field: string, password: string, email?: string): void {
  const problem = checkPassword(password, email);
  if (problem === null) return;
  const messages = {
    too_short: `${field} must be at least ${PASSWORD_MIN_LENGTH} characters long`,
    too_long: `${field} must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    same_as_email: `${field} must not be the e-mail address`,
  };
  throw new AppError(IdentityErrorCode.WeakPassword, messages[problem], HttpStatus.BAD_REQUEST, [
    { field, messages: [messages[problem]] },
  ]);
}
