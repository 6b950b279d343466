import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@parvis/api/core';
import { OAuthClientEntity } from '../entities';

export interface OAuthClientKey {
  network: string;
  serviceUrl: string;
  redirectUri: string;
}

/** Parvis's OAuth registrations, one per server: instance-wide (not org-owned) on purpose. */
@Injectable()
export class OAuthClientsRepository {
  constructor(private readonly transactions: TransactionContext) {}

  private get repo() {
    return this.transactions.manager.getRepository(OAuthClientEntity);
  }

  find(key: OAuthClientKey): Promise<OAuthClientEntity | null> {
    return this.repo.findOneBy({ network: key.network, serviceUrl: key.serviceUrl, redirectUri: key.redirectUri });
  }

  /** Keeps the first registration when two connections registered at once (the other app is unused). */
  async insertOrKeep(key: OAuthClientKey, sealedClient: string): Promise<OAuthClientEntity> {
    await this.repo.createQueryBuilder().insert().values({ ...key, sealedClient }).orIgnore().execute();
    const row = await this.find(key);
    if (!row) throw new Error('the OAuth client row vanished after its insert');
    return row;
  }
}
