import type { Response } from 'express';
import { SESSION_COOKIE } from '@parvis/api/core';

export interface CookieSettings {
  secure: boolean;
  ttlMs: number;
}

/** httpOnly + SameSite=Strict: scripts cannot read it, other sites cannot send it (CSRF). */
export function setSessionCookie(res: Response, token: string, settings: CookieSettings): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: settings.secure, path: '/api', maxAge: settings.ttlMs });
}

export function clearSessionCookie(res: Response, settings: CookieSettings): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: settings.secure, path: '/api' });
}
