import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per (e-mail, client address): one address guessing cannot lock the owner out from
 * another, and an unknown e-mail is counted exactly like a known one (the answers do not differ).
 */
@Entity({ name: 'login_throttle' })
@Index(['updatedAt'])
export class LoginThrottleEntity {
  /** The normalised e-mail tried, whether or not an account has it. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  accountKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  clientAddress!: string;

  @Column({ type: 'int', default: 0 })
  failures!: number;

  /** How many times this pair was locked: each lock lasts longer (loginLockDelays). */
  @Column({ type: 'int', default: 0 })
  lockouts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
