import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The tenant: a collectivité, a hospital… */
@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'varchar', length: 63, unique: true })
  slug!: string;

  /** IANA zone: every date of the organisation is shown, and wall-clock times kept, in it. */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Paris' })
  timeZone!: string;

  @Column({ type: 'varchar', length: 8, default: 'fr' })
  locale!: string;

  /**
   * Bumped by database triggers whenever the organisation's planned content changes (briefs, their
   * audiences and channels, themes, channels, members): read caches key on it, so they are right
   * across any number of API instances. Maintained by SQL, never written by the application.
   */
  @Column({ type: 'bigint', default: 0, update: false, insert: false })
  contentVersion!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** The settings' ETag: 1 at creation, +1 on each update by the application (not by the content triggers). */
  @VersionColumn({ default: 1 })
  version!: number;
}
