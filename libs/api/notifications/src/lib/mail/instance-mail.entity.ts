import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MailState } from './mail-outbox.entity';

/**
 * One mail of the instance itself, to an account in no organisation (an instance operator's
 * password-reset link): the same life as a mail_outbox row (written in the transaction of what it
 * announces, claimed and sent by the same job, same retries and retention), but owned by no
 * organisation, so organisation mail stays org-owned by construction.
 */
@Entity({ name: 'instance_mail_outbox' })
@Index(['state', 'nextAttemptAt'])
export class InstanceMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

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

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
