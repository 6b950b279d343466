import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';
import { MediaEntity } from './media.entity';

/** A link's OpenGraph card, fetched once per URL and organisation (its image is a media of the organisation). */
@Entity({ name: 'link_preview' })
@Index(['organizationId', 'urlHash'], { unique: true })
export class LinkPreviewEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** SHA-256 of the URL as asked (the index key: URLs may be long). */
  @Column({ type: 'varchar', length: 64 })
  urlHash!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 2000 })
  finalUrl!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  siteName!: string | null;

  @Column({ type: 'uuid', nullable: true })
  imageMediaId!: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('image_media_id'))
  image?: MediaEntity | null;
}
