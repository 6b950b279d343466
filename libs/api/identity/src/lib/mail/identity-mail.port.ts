import { OrgBound } from '@parvis/api/core';

/**
 * The mail identity sends (invitations, password-reset links), provided by the notifications module's
 * outbox (global, so identity does not import notifications, which imports identity's entities).
 * Absent (an app without notifications) means mail is off.
 */
export const IDENTITY_MAIL = Symbol('IDENTITY_MAIL');

export interface IdentityMail {
  /** Mail goes out from this instance (SMTP configured). */
  readonly enabled: boolean;
  /** Writes the mail inside the caller's transaction: it exists if and only if the token row commits. */
  enqueue(scope: OrgBound, mail: { to: string; toName?: string; subject: string; text: string }): Promise<void>;
  /** The same for an account in no organisation (an instance operator): the instance's own mail. */
  enqueueForInstance(mail: { to: string; toName?: string; subject: string; text: string }): Promise<void>;
}
