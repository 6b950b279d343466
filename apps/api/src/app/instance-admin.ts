import { Logger } from '@nestjs/common';
import { IdentityStore, PasswordResetsService } from '@parvis/api/identity';
import { normalizeEmail } from '@parvis/shared/domain';

/**
 * INSTANCE_ADMIN_EMAIL: at start, that account exists and is the instance operator. When it is
 * created, a single-use link to choose its password is printed once (to the operator's console).
 */
export async function ensureInstanceAdmin(store: IdentityStore, resets: PasswordResetsService, rawEmail: string): Promise<string | null> {
  const email = normalizeEmail(rawEmail);
  const existing = await store.repos.users.findByEmail(email);
  if (existing) {
    if (!existing.isInstanceAdmin) await store.repos.users.setInstanceAdmin(existing.id, true);
    return null;
  }
  const user = await store.repos.users.create({ email, displayName: 'Opérateur', passwordHash: null, isInstanceAdmin: true });
  const { resetUrl } = await resets.issue(user.id, null);
  new Logger('InstanceAdmin').log(`Instance operator ${email} created`);
  return resetUrl;
}
