import { OrgRepository, TransactionContext } from '@parvis/api/core';
import type { Network } from '@parvis/shared/domain';
import { PostVariantEntity, PostVariantMediaEntity } from '../entities';

export interface VariantRow extends PostVariantEntity {
  network: Network;
  channelName: string;
}

export interface VariantMediaLink {
  variantId: string;
  position: number;
  mediaId: string;
  altText: string | null;
}

/** A post's variants, each with its channel's network and name, and their media in order. */
export class VariantsRepository extends OrgRepository<PostVariantEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostVariantEntity, organizationId);
  }

  async forPost(postId: string): Promise<VariantRow[]> {
    const rows = await this.select('row')
      .innerJoin('row.channel', 'channel')
      .addSelect(['channel.network', 'channel.displayName'])
      .andWhere('row.post_id = :postId', { postId })
      .orderBy('channel.network', 'ASC')
      .addOrderBy('channel.display_name', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .getMany();
    return rows.map((row) => Object.assign(row, { network: row.channel?.network as Network, channelName: row.channel?.displayName ?? '' }));
  }

  async removeChannels(postId: string, channelIds: string[]): Promise<void> {
    if (channelIds.length === 0) return;
    await this.manager.query(`DELETE FROM post_variant WHERE organization_id = $1 AND post_id = $2 AND channel_id = ANY($3::uuid[])`, [this.organizationId, postId, channelIds]);
  }

  async setMedia(variantId: string, media: { mediaId: string; altText: string | null }[]): Promise<void> {
    await this.manager.query(`DELETE FROM post_variant_media WHERE organization_id = $1 AND variant_id = $2`, [this.organizationId, variantId]);
    if (media.length === 0) return;
    await this.manager.query(
      `INSERT INTO post_variant_media (organization_id, variant_id, position, media_id, alt_text)
       SELECT $1, $2, ordinality - 1, media_id, alt_text FROM unnest($3::uuid[], $4::text[]) WITH ORDINALITY AS m(media_id, alt_text, ordinality)`,
      [this.organizationId, variantId, media.map((m) => m.mediaId), media.map((m) => m.altText)],
    );
  }

  async mediaOf(variantIds: string[]): Promise<VariantMediaLink[]> {
    if (variantIds.length === 0) return [];
    return this.manager.getRepository(PostVariantMediaEntity).createQueryBuilder('link')
      .where('link.organization_id = :organizationId AND link.variant_id IN (:...variantIds)', { organizationId: this.organizationId, variantIds })
      .orderBy('link.variant_id').addOrderBy('link.position')
      .getMany();
  }
}
