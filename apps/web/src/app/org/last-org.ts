const KEY = 'parvis.lastOrganization';

/** The organisation opened last on this browser: `/` lands there (when still a member). */
export function rememberLastOrg(orgId: string): void {
  try {
    localStorage.setItem(KEY, orgId);
  } catch {
    // Storage unavailable (private mode): `/` opens the first organisation.
  }
}

export function lastOrg(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
