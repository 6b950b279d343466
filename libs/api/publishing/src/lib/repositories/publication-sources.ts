import type { StoredVariantOptions } from '@parvis/api/posts';

/**
 * Everything an attempt needs before its network call, read with the claim (the publisher's hot path:
 * no statement between the claim's commit and the call): the variant as approved, the post's campaign
 * and the organisation's UTM setting, the channel and its connection (sealed), and whether media are
 * attached (read only then).
 */
export interface PublicationSource {
  variantText: string;
  threadParts: string[] | null;
  link: string | null;
  options: StoredVariantOptions;
  utmTagging: boolean;
  campaignName: string | null;
  mediaCount: number;
  channelNetwork: string;
  channelName: string;
  connection: { id: string; network: string; sealedCredentials: string } | null;
}

/** How many texts the publication sends (a thread's parts, else one): the part keys minted for it. */
export const partCount = (source: Pick<PublicationSource, 'threadParts'>): number => Math.max(1, source.threadParts?.length ?? 0);

/**
 * The source's columns and joins for a publication row aliased `p`: every join is on the
 * publication's own organisation, so a row of another organisation is never read.
 */
export const SOURCE_COLUMNS = `
  v.text AS "variantText", v.thread_parts AS "threadParts", v.link, v.options,
  coalesce(s.utm_tagging, false) AS "utmTagging", cp.name AS "campaignName",
  (SELECT count(*)::int FROM post_variant_media m WHERE m.organization_id = p.organization_id AND m.variant_id = v.id) AS "mediaCount",
  c.network AS "channelNetwork", c.display_name AS "channelName",
  CASE WHEN cc.id IS NULL THEN NULL
       ELSE json_build_object('id', cc.id, 'network', cc.network, 'sealedCredentials', cc.sealed_credentials) END AS connection`;

export const SOURCE_JOINS = `
  JOIN post_variant v ON v.organization_id = p.organization_id AND v.id = p.variant_id
  JOIN post src_post ON src_post.organization_id = p.organization_id AND src_post.id = p.post_id
  JOIN channel c ON c.organization_id = p.organization_id AND c.id = p.channel_id
  LEFT JOIN post_settings s ON s.organization_id = p.organization_id
  LEFT JOIN campaign cp ON cp.organization_id = p.organization_id AND cp.id = src_post.campaign_id
  LEFT JOIN channel_connection cc ON cc.organization_id = p.organization_id AND cc.channel_id = p.channel_id`;

/** The source's fields among a row's columns (the claim returns them flattened with the publication's). */
export function sourceOf(row: PublicationSource): PublicationSource {
  const { variantText, threadParts, link, options, utmTagging, campaignName, mediaCount, channelNetwork, channelName, connection } = row;
  return { variantText, threadParts, link, options, utmTagging, campaignName, mediaCount, channelNetwork, channelName, connection };
}
