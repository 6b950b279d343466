import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { orgReference } from '@parvis/api/core';
import { AudienceEntity } from '@parvis/api/planning';
import { MediaEntity } from './media.entity';
import { PostEntity } from './post.entity';
import { PostVariantEntity } from './post-variant.entity';

/* Join tables: organization_id on each, both ends composite, so no link crosses organisations. */

@Entity({ name: 'post_audience' })
@Index(['audienceId'])
export class PostAudienceEntity {
  @PrimaryColumn({ type: 'uuid' }) postId!: string;
  @PrimaryColumn({ type: 'uuid' }) audienceId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  @ManyToOne(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('audience_id'))
  audience?: AudienceEntity;
}

/** A media of a variant, in order, with the variant's own alt text when it overrides the library's. */
@Entity({ name: 'post_variant_media' })
@Index(['organizationId', 'mediaId'])
export class PostVariantMediaEntity {
  @PrimaryColumn({ type: 'uuid' }) variantId!: string;
  @PrimaryColumn({ type: 'integer' }) position!: number;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) mediaId!: string;
  @Column({ type: 'text', nullable: true }) altText!: string | null;

  @ManyToOne(() => PostVariantEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('variant_id'))
  variant?: PostVariantEntity;

  // RESTRICT: a media in use cannot be deleted (the service answers 409 naming the posts first).
  @ManyToOne(() => MediaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(orgReference('media_id'))
  media?: MediaEntity;
}
