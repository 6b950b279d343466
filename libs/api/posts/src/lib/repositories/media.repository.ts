import { OrgRepository, SortKey, TransactionContext } from '@parvis/api/core';
import { LinkPreviewEntity, MediaEntity, PostSettingsEntity } from '../entities';

/** A post that uses a media, named by its master text's first line. */
export interface MediaUse {
  id: string;
  masterText: string;
}

export class MediaRepository extends OrgRepository<MediaEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, MediaEntity, organizationId);
  }

  /** Newest first (keyset on created_at, id). */
  page(limit: number, after: SortKey | null): Promise<MediaEntity[]> {
    const query = this.select();
    if (after) query.andWhere('(row.created_at, row.id) < (:value::timestamptz, :id::uuid)', { value: after.value, id: after.id });
    return query.orderBy('row.created_at', 'DESC').addOrderBy('row.id', 'DESC').limit(limit).getMany();
  }

  async usedBy(mediaId: string): Promise<MediaUse[]> {
    const rows: { id: string; master_text: string }[] = await this.manager.query(
      `SELECT DISTINCT p.id, p.master_text FROM post_variant_media l
         JOIN post_variant v ON v.organization_id = l.organization_id AND v.id = l.variant_id
         JOIN post p ON p.organization_id = v.organization_id AND p.id = v.post_id
        WHERE l.organization_id = $1 AND l.media_id = $2 ORDER BY p.id LIMIT 50`,
      [this.organizationId, mediaId],
    );
    return rows.map((r) => ({ id: r.id, masterText: r.master_text }));
  }

  /** Bytes stored by the organisation (originals and renditions), for the quota. */
  async storedBytes(): Promise<number> {
    const [row] = (await this.manager.query(
      `SELECT COALESCE(SUM(bytes + COALESCE((SELECT SUM((r ->> 'bytes')::bigint) FROM jsonb_array_elements(renditions) r), 0)), 0)::float8 AS total
         FROM media WHERE organization_id = $1`,
      [this.organizationId],
    )) as { total: number }[];
    return Number(row?.total ?? 0);
  }
}

export class LinkPreviewsRepository extends OrgRepository<LinkPreviewEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, LinkPreviewEntity, organizationId);
  }

  findByUrlHash(urlHash: string): Promise<LinkPreviewEntity | null> {
    return this.select().andWhere('row.url_hash = :urlHash', { urlHash }).getOne();
  }
}

export class PostSettingsRepository extends OrgRepository<PostSettingsEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostSettingsEntity, organizationId);
  }

  current(): Promise<PostSettingsEntity | null> {
    return this.select().getOne();
  }
}
