import { Injectable, Logger } from '@nestjs/common';
import { SecretBox, TransactionContext } from '@parvis/api/core';
import { CredentialRotationRepository, type SealedRow } from '../repositories/credential-rotation.repository';
import { channelCredentialsBinding, oauthClientBinding } from './credential-vault';

function bindingOf(row: SealedRow): string {
  if (row.table === 'oauth_client') return oauthClientBinding(row.network, row.serviceUrl ?? '');
  return channelCredentialsBinding(row.organizationId ?? '', row.channelId ?? '');
}

/**
 * Re-encrypts every stored credential from the old key to the new one, in one transaction: either all
 * of them open with the new key afterwards, or (one fails to open) none changed.
 */
@Injectable()
export class CredentialKeyRotation {
  private readonly logger = new Logger('CredentialKeyRotation');

  constructor(
    private readonly rows: CredentialRotationRepository,
    private readonly transactions: TransactionContext,
  ) {}

  async rotate(oldKey: Buffer, newKey: Buffer): Promise<number> {
    const from = new SecretBox(oldKey);
    const to = new SecretBox(newKey);
    const count = await this.transactions.run(async () => {
      const rows = await this.rows.lockAll();
      for (const row of rows) {
        const binding = bindingOf(row);
        let plaintext: string;
        try {
          plaintext = from.open(row.sealed, binding);
        } catch {
          throw new Error(`${row.table} ${row.id} does not open with the old key: nothing was changed`);
        }
        await this.rows.write(row, to.seal(plaintext, binding));
      }
      return rows.length;
    });
    this.logger.log(`${count} credentials re-encrypted with the new key`);
    return count;
  }
}
