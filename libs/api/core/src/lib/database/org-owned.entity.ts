import { Column, CreateDateColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Every row an organisation owns. `(organization_id, id)` is unique so that other org-owned rows
 * can reference it with a composite foreign key `(organization_id, x_id)`: PostgreSQL then refuses
 * any reference across organisations. `version` starts at 1 and grows by one on every update
 * (TypeORM's update and save maintain it); it is the resource's ETag.
 */
@Unique(['organizationId', 'id'])
export abstract class OrgOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** The two columns of a composite reference to another org-owned row (`@JoinColumn(orgReference('theme_id'))`). */
export function orgReference(column: string): { name: string; referencedColumnName: string }[] {
  return [
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: column, referencedColumnName: 'id' },
  ];
}
