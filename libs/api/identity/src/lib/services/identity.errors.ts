import { HttpStatus } from '@nestjs/common';
import { AppError, defineErrorCodes } from '@parvis/api/core';
import { assessPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordContext, type PasswordProblem } from '@parvis/shared/domain';

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
  /** The invited e-mail has an account: log in, then join. */
  InvitationLoginRequired: 'INVITATION_LOGIN_REQUIRED',
  /** Logged in with another account than the invited e-mail. */
  InvitationOtherAccount: 'INVITATION_OTHER_ACCOUNT',
  ResetNotFound: 'PASSWORD_RESET_NOT_FOUND',
  ResetExpired: 'PASSWORD_RESET_EXPIRED',
  LastAdmin: 'IDENTITY_LAST_ADMIN',
  AlreadyMember: 'IDENTITY_ALREADY_MEMBER',
  PasswordTooShort: 'PASSWORD_TOO_SHORT',
  PasswordTooLong: 'PASSWORD_TOO_LONG',
  PasswordContainsEmail: 'PASSWORD_CONTAINS_EMAIL',
  PasswordContainsOrganization: 'PASSWORD_CONTAINS_ORGANIZATION',
  PasswordCommon: 'PASSWORD_COMMON',
  PasswordTooWeak: 'PASSWORD_TOO_WEAK',
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

const PASSWORD_PROBLEM_CODES: Record<PasswordProblem, IdentityErrorCode> = {
  too_short: IdentityErrorCode.PasswordTooShort,
  too_long: IdentityErrorCode.PasswordTooLong,
  contains_email: IdentityErrorCode.PasswordContainsEmail,
  contains_organization: IdentityErrorCode.PasswordContainsOrganization,
  common: IdentityErrorCode.PasswordCommon,
  too_weak: IdentityErrorCode.PasswordTooWeak,
};

function problemMessage(field: string, problem: PasswordProblem): string {
  switch (problem) {
    case 'too_short':
      return `${field} must be at least ${PASSWORD_MIN_LENGTH} characters long`;
    case 'too_long':
      return `${field} must be at most ${PASSWORD_MAX_LENGTH} characters long`;
    case 'contains_email':
      return `${field} must not contain the e-mail address`;
    case 'contains_organization':
      return `${field} must not contain the name of the organisation`;
    case 'common':
      return `${field} is among the most common passwords`;
    case 'too_weak':
      return `${field} is too easy to guess: make it longer (a sentence works well)`;
  }
}

/** The password policy (contract D) on every route that sets a password: 400 naming the field, a code per problem. */
export function assertAcceptablePassword(field: string, password: string, context: PasswordContext): void {
  const { problems } = assessPassword(password, context);
  const [first] = problems;
  if (first === undefined) return;
  const messages = problems.map((problem) => problemMessage(field, problem));
  throw new AppError(PASSWORD_PROBLEM_CODES[first], messages.join('; '), HttpStatus.BAD_REQUEST, [{ field, messages }]);
}
