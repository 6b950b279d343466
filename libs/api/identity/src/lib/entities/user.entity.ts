import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower-case). */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  /** argon2id; null for accounts that only log in through OIDC (later). */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: false })
  isInstanceAdmin!: boolean;

  /** Locks of this account (from any address) since its last login: told to the owner at the next one. */
  @Column({ type: 'int', default: 0 })
  lockoutsSinceLogin!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLockoutAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
