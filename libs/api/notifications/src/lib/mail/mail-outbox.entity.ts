import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';

export enum MailState {
  /** Waits for `next_attempt_at` (first try, or a retry after a temporary failure). */
  Pending = 'pending',
  /** Claimed by a sender until `lease_until`; past it, the sender died and another may take it. */
  Sending = 'sending',
  Sent = 'sent',
  /** Refused for good (the server's words in `last_error`), or out of attempts. */
  Failed = 'failed',
}

/**
 * One mail to send, written in the transaction of what it announces; a sender job delivers it
 * afterwards, outside any transaction. The recipient is an address, not a member: external
 * approvers get mail too.
 */
@Entity({ name: 'mail_outbox' })
@Index(['state', 'nextAttemptAt'])
@Index(['organizationId', 'createdAt'])
export class MailOutboxEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 320 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  toName!: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'enum', enum: MailState, enumName: 'mail_state', default: MailState.Pending })
  state!: MailState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** The SMTP server's own words (or the connection error) of the last failed attempt. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
