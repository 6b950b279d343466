import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity, OrganizationEntity } from '@parvis/api/identity';
import type { MediaKind } from '@parvis/shared/domain';

export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'video'];

/** A copy of a media made for one network's limits (Bluesky: at most 2 MB per image). */
export interface MediaRendition {
  network: string;
  storageKey: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
}

/**
 * A file of the organisation's media library. The stored bytes are the re-encoded ones (metadata
 * stripped); `contentHash` is their SHA-256, which a post's content hash binds to.
 */
@Entity({ name: 'media' })
@Index(['organizationId', 'createdAt', 'id'])
export class MediaEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: MEDIA_KINDS, enumName: 'media_kind' })
  kind!: MediaKind;

  @Column({ type: 'varchar', length: 100 })
  mime!: string;

  @Column({ type: 'integer', nullable: true })
  width!: number | null;

  @Column({ type: 'integer', nullable: true })
  height!: number | null;

  @Column({ type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  bytes!: number;

  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  /** The default alt text; a variant may override it. */
  @Column({ type: 'text', nullable: true })
  altText!: string | null;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'jsonb' })
  renditions!: MediaRendition[];

  @Column({ type: 'uuid', nullable: true })
  uploadedByMembershipId!: string | null;

  // ON DELETE SET NULL (uploaded_by_membership_id) in the migration: the organisation id stays.
  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('uploaded_by_membership_id'))
  uploadedBy?: MembershipEntity | null;
}
