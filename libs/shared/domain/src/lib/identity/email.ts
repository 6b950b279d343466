/** E-mail addresses are compared case-insensitively and stored normalised. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const EMAIL_MAX_LENGTH = 254;
