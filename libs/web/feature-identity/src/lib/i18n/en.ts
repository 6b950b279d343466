import type { IdentityTranslations } from './fr';

/** English — same keys as fr.ts (enforced by the type). */
export const identityEn: IdentityTranslations = {
  login: {
    title: 'Sign in',
    lead: 'Sign in with the email address your invitation was sent to.',
    submit: 'Sign in',
    failed: 'Sign-in failed',
    lockedTitle: 'Account locked',
    lockedUntil: 'Account locked until {{time}} after several failed attempts.',
    locked: 'Account temporarily locked after several failed attempts.',
    securityTitle: 'Your account was locked while you were away',
    securityNotice_one: 'Since your last sign-in, your account was locked once after failed password attempts, on {{date}}.',
    securityNotice_other: 'Since your last sign-in, your account was locked {{count}} times after failed password attempts, the last on {{date}}.',
    securityAdvice: 'If this was not you, change your password and tell an administrator of your organisation.',
    changePassword: 'Change my password',
    continue: 'Continue',
    forgotten: 'Forgot your password?',
    forgottenHelp:
      'Ask an administrator of your organisation to send you a reset link (Members page). Sending it by e-mail will come with the instance’s mail service.',
  },
  invitation: {
    title: 'Invitation',
    lead: 'You are invited to join {{organization}} on Parvis.',
    organization: 'Organisation',
    newTitle: 'Create your account',
    newHelp: 'Choose the name your colleagues will see and your password.',
    existingTitle: 'You already have an account',
    joinTitle: 'Join the organisation',
    joinHelp: 'You are signed in: accept the invitation with your account.',
    join: 'Join the organisation',
    signIn: 'Sign in to accept the invitation',
    submit: 'Accept the invitation',
  },
  passwordReset: {
    title: 'New password',
    lead: 'Choose a new password for {{email}} (link valid until {{expiresAt}}).',
    submit: 'Save the password',
    done: 'Your password has been changed.',
    toLogin: 'Sign in',
  },
  linkProblem: {
    title: 'Unusable link',
    EXPIRED: 'This link has expired. Ask an administrator of your organisation for a new one.',
    ALREADY_USED: 'This link has already been used. Sign in or ask for a new link.',
    NOT_FOUND: 'This link is unknown or no longer valid. Ask an administrator for a new one.',
  },
  password: {
    strength: 'Password strength',
    loading: 'Assessing the strength…',
    acceptable: 'accepted',
    scores: { '0': 'Very weak', '1': 'Weak', '2': 'Fair', '3': 'Good', '4': 'Excellent' },
  },
  account: {
    title: 'My account',
    profile: 'Profile',
    changePassword: 'Change password',
    submitPassword: 'Change the password',
    passwordChanged: 'Your password has been changed.',
  },
};
