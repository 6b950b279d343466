import { Injectable } from '@nestjs/common';
import { OrgBound, TransactionContext } from '@parvis/api/core';
import { ChannelConnectionsRepository } from './channel-connections.repository';
import { PublicationsRepository } from './publications.repository';

export interface PublishingRepos {
  connections: ChannelConnectionsRepository;
  publications: PublicationsRepository;
}

/** The publishing module's way to its org-owned data: repositories bound to one organisation. */
@Injectable()
export class PublishingRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): PublishingRepos {
    return {
      connections: new ChannelConnectionsRepository(this.transactions, scope.organizationId),
      publications: new PublicationsRepository(this.transactions, scope.organizationId),
    };
  }
}
