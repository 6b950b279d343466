import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@parvis/api/core';

export interface SealedRow {
  table: 'channel_connection' | 'oauth_client';
  id: string;
  /** What the sealed value is bound to. */
  organizationId: string | null;
  channelId: string | null;
  network: string;
  serviceUrl: string | null;
  sealed: string;
}

/**
 * Every sealed credential of the instance, across organisations on purpose: the key rotation is the
 * only caller. Rows are locked until the rotation's transaction ends.
 */
@Injectable()
export class CredentialRotationRepository {
  constructor(private readonly transactions: TransactionContext) {}

  async lockAll(): Promise<SealedRow[]> {
    const manager = this.transactions.requireActive('A key rotation');
    const connections: Omit<SealedRow, 'table'>[] = await manager.query(
      `SELECT id, organization_id AS "organizationId", channel_id AS "channelId", network, service_url AS "serviceUrl", sealed_credentials AS sealed
         FROM channel_connection ORDER BY id FOR UPDATE`,
    );
    const clients: Omit<SealedRow, 'table'>[] = await manager.query(
      `SELECT id, NULL AS "organizationId", NULL AS "channelId", network, service_url AS "serviceUrl", sealed_client AS sealed
         FROM oauth_client ORDER BY id FOR UPDATE`,
    );
    return [...connections.map((row) => ({ ...row, table: 'channel_connection' as const })), ...clients.map((row) => ({ ...row, table: 'oauth_client' as const }))];
  }

  async write(row: SealedRow, sealed: string): Promise<void> {
    const manager = this.transactions.requireActive('A key rotation');
    const column = row.table === 'channel_connection' ? 'sealed_credentials' : 'sealed_client';
    await manager.query(`UPDATE ${row.table} SET ${column} = $2 WHERE id = $1`, [row.id, sealed]);
  }
}
