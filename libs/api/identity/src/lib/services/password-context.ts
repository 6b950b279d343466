import type { PasswordContext } from '@parvis/shared/domain';
import type { IdentityRepositories } from '../repositories/identity-store';

/** What a new password of this account must not contain: its e-mail and its organisations' names. */
export async function passwordContextOf(repos: IdentityRepositories, user: { id: string; email: string }): Promise<PasswordContext> {
  const memberships = await repos.memberships.listForUser(user.id);
  return { email: user.email, organizationName: memberships.flatMap((m) => (m.organization ? [m.organization.name] : [])) };
}
