import { Injectable } from '@nestjs/common';
import { OrgBound, OrgRepository, TransactionContext } from '@parvis/api/core';
import { MailOutboxEntity } from './mail-outbox.entity';

/** One organisation's outgoing mail. */
export class MailOutboxRepository extends OrgRepository<MailOutboxEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, MailOutboxEntity, organizationId);
  }
}

@Injectable()
export class MailOutboxRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): MailOutboxRepository {
    return new MailOutboxRepository(this.transactions, scope.organizationId);
  }
}
