/**
 * Operator commands: `npm run parvis -- <command> [--option value]`.
 *   create-org --name "Ville de X" --admin-email dgs@ville-x.fr [--slug ville-x] [--time-zone Europe/Paris]
 *   reset-password --email someone@ville-x.fr
 *   make-operator --email someone@ville-x.fr
 *   rotate-credentials-key [--new-key-file path]   (the new key on stdin when no file; ENCRYPTION_KEY is the old one)
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { AppLogger, ConfigValidationError, loadConfigFromEnvironment } from '@parvis/api/core';
import { IdentityStore, OrganizationsService, PasswordResetsService } from '@parvis/api/identity';
import { CredentialKeyRotation } from '@parvis/api/publishing';
import { normalizeEmail } from '@parvis/shared/domain';
import { createApp } from './app/create-app';
import { resolveDatabase } from './app/database-target';
import { ensureInstanceAdmin } from './app/instance-admin';

const USAGE = `Usage: npm run parvis -- <command>
  create-org --name "Ville de X" --admin-email dgs@ville-x.fr [--slug ville-x] [--time-zone Europe/Paris]
  reset-password --email someone@ville-x.fr
  make-operator --email someone@ville-x.fr
  rotate-credentials-key [--new-key-file path]   re-encrypts every connected account's credentials with a new
      32-byte base64 key (from the file, else stdin); ENCRYPTION_KEY is the current key; set the new one after`;

/** A key is never an argument (it would show in the process list): a file or stdin. */
function readNewKey(file: string | undefined): Buffer {
  const raw = readFileSync(file ?? 0, 'utf8').trim();
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, '')) throw new Error('The new key must be 32 bytes encoded in base64 (`openssl rand -base64 32`)');
  return key;
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new Error(`--${name} is required\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, 'admin-email': { type: 'string' }, slug: { type: 'string' }, 'time-zone': { type: 'string' }, email: { type: 'string' }, 'new-key-file': { type: 'string' } },
  });
  if (!command || !['create-org', 'reset-password', 'make-operator', 'rotate-credentials-key'].includes(command)) throw new Error(USAGE);

  const config = loadConfigFromEnvironment();
  const newKey = command === 'rotate-credentials-key' ? readNewKey(values['new-key-file']) : null;
  const { target, embedded } = await resolveDatabase(config);
  const app = await createApp(config, target, new AppLogger('warn'));
  await app.init();
  try {
    const store = app.get(IdentityStore);
    if (command === 'create-org') {
      const created = await app.get(OrganizationsService).createWithAdminInvitation(
        { name: required(values, 'name'), slug: values.slug, timeZone: values['time-zone'] },
        required(values, 'admin-email'),
        null,
      );
      process.stdout.write(`Organisation "${created.organization.name}" (${created.organization.slug}) created.\n`);
      process.stdout.write(`Send this single-use link to its first administrator: ${created.acceptUrl}\n`);
    } else if (command === 'reset-password') {
      const user = await store.repos.users.findByEmail(normalizeEmail(required(values, 'email')));
      if (!user) throw new Error(`No account for ${values.email}`);
      const link = await app.get(PasswordResetsService).issue(user.id, null);
      process.stdout.write(`Single-use password link (valid until ${link.expiresAt}): ${link.resetUrl}\n`);
    } else if (newKey) {
      if (newKey.equals(config.encryptionKey)) throw new Error('The new key is the current ENCRYPTION_KEY');
      const count = await app.get(CredentialKeyRotation).rotate(config.encryptionKey, newKey);
      process.stdout.write(`${count} stored credentials re-encrypted in one transaction. Now set ENCRYPTION_KEY to the new key and restart.\n`);
    } else {
      const link = await ensureInstanceAdmin(store, app.get(PasswordResetsService), required(values, 'email'));
      process.stdout.write(link ? `Operator created; password link: ${link}\n` : 'That account is now the instance operator.\n');
    }
  } finally {
    await app.close();
    if (embedded) await embedded.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigValidationError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
