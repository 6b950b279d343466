import { Injectable } from '@nestjs/common';
import { assertVersion, OrgBound, TransactionContext } from '@parvis/api/core';
import { MailOutbox } from '../mail/mail-outbox';
import { EmailMode, NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationPreferencesDto } from './notification-preferences.dto';
import { NotificationPreferenceRepositories } from './notification-preferences.repository';

/** A member's e-mail choice in one organisation (no row: `immediate`, version 0). */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly repositories: NotificationPreferenceRepositories,
    private readonly transactions: TransactionContext,
    private readonly outbox: MailOutbox,
  ) {}

  private toDto(row: NotificationPreferenceEntity | null): NotificationPreferencesDto {
    return { emailMode: row?.emailMode ?? EmailMode.Immediate, emailEnabled: this.outbox.enabled, version: row?.version ?? 0 };
  }

  async get(scope: OrgBound, userId: string): Promise<NotificationPreferencesDto> {
    return this.toDto(await this.repositories.forOrg(scope).findForUser(userId));
  }

  /**
   * With `expectedVersion` (If-Match), 412 when someone (the member in another tab) changed it since.
   * Choosing the digest starts it now: what was already mailed one by one is not listed again.
   */
  async update(scope: OrgBound, userId: string, emailMode: EmailMode, expectedVersion: number | undefined): Promise<NotificationPreferencesDto> {
    return this.transactions.run(async () => {
      const repository = this.repositories.forOrg(scope);
      const digestFrom = emailMode === EmailMode.DailyDigest ? new Date() : null;
      let row = await repository.findForUser(userId, true);
      if (!row) {
        await assertVersion(expectedVersion, 0, () => this.get(scope, userId));
        if (await repository.insertIfAbsent(userId, emailMode, digestFrom)) return this.toDto(await repository.findForUser(userId));
        // Another request created it between our read and our insert: treat it as a concurrent edit.
        row = await repository.findForUser(userId, true);
        if (!row) throw new Error('notification preference vanished during its creation');
      }
      await assertVersion(expectedVersion, row.version, () => this.get(scope, userId));
      if (row.emailMode !== emailMode) {
        await repository.update(row.id, { emailMode, ...(emailMode === EmailMode.DailyDigest ? { digestThrough: digestFrom } : {}) }, row.version);
      }
      return this.toDto(await repository.findForUser(userId));
    });
  }
}
