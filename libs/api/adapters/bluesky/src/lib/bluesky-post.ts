import { RichText, type AppBskyRichtextFacet, type AtpAgent, type BlobRef } from '@atproto/api';
import { TID } from '@atproto/common-web';
import type { PublishLinkCard, PublishMedia, PublishPart } from '@parvis/api/platform';
import { detectEntities, utf8Length, type VariantOptions } from '@parvis/shared/domain';

export const POST_COLLECTION = 'app.bsky.feed.post';
export const THREADGATE_COLLECTION = 'app.bsky.feed.threadgate';

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface ReplyRefs {
  root: StrongRef;
  parent: StrongRef;
}

/**
 * The record's `createdAt` is the time inside its record key (a TID minted at the first attempt), so a
 * retry writes byte-identical content: same CID, and `putRecord` with `swapRecord: null` succeeds
 * instead of duplicating or failing.
 */
export function createdAtOf(recordKey: string): string {
  return new Date(Math.floor(TID.fromStr(recordKey).timestamp() / 1000)).toISOString();
}

async function upload(agent: AtpAgent, media: PublishMedia): Promise<BlobRef> {
  const response = await agent.uploadBlob(media.bytes, { encoding: media.mimeType });
  return response.data.blob;
}

function aspectRatio(media: PublishMedia): { width: number; height: number } | undefined {
  return media.width && media.height ? { width: media.width, height: media.height } : undefined;
}

async function embedFor(agent: AtpAgent, media: readonly PublishMedia[], card: PublishLinkCard | null): Promise<Record<string, unknown> | undefined> {
  if (media.length > 0) {
    const images = [];
    for (const item of media) {
      const ratio = aspectRatio(item);
      images.push({ image: await upload(agent, item), alt: item.altText ?? '', ...(ratio ? { aspectRatio: ratio } : {}) });
    }
    return { $type: 'app.bsky.embed.images', images };
  }
  if (card) {
    const thumb = card.thumbnail ? await upload(agent, card.thumbnail) : undefined;
    return { $type: 'app.bsky.embed.external', external: { uri: card.url, title: card.title, description: card.description, ...(thumb ? { thumb } : {}) } };
  }
  return undefined;
}

/**
 * RichText's own link pattern misses domains with a hyphen (`saint-etienne.fr/agenda`, common for French
 * towns): the links the composer detected (the shared rules) are added where RichText found nothing.
 */
export function withComposerLinks(text: string, facets: readonly AppBskyRichtextFacet.Main[]): AppBskyRichtextFacet.Main[] {
  const all = [...facets];
  for (const entity of detectEntities(text)) {
    if (entity.kind !== 'url') continue;
    const byteStart = utf8Length(text, 0, entity.start);
    const byteEnd = utf8Length(text, 0, entity.end);
    if (all.some((facet) => facet.index.byteStart < byteEnd && byteStart < facet.index.byteEnd)) continue;
    all.push({ $type: 'app.bsky.richtext.facet', index: { byteStart, byteEnd }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: entity.hasScheme ? entity.url : `https://${entity.text}` }] });
  }
  return all.sort((a, b) => a.index.byteStart - b.index.byteStart);
}

/** An `app.bsky.feed.post` record: facets resolved through the PDS (mentions to DIDs), media uploaded. */
export async function buildPostRecord(agent: AtpAgent, part: PublishPart, options: VariantOptions, reply: ReplyRefs | null): Promise<Record<string, unknown>> {
  const richText = new RichText({ text: part.text });
  await richText.detectFacets(agent);
  const facets = withComposerLinks(richText.text, richText.facets ?? []);
  const embed = await embedFor(agent, part.media, part.linkCard);
  const langs = options.languages?.filter((lang) => lang.trim() !== '').slice(0, 3);
  return {
    $type: POST_COLLECTION,
    text: richText.text,
    createdAt: createdAtOf(part.key),
    ...(facets.length > 0 ? { facets } : {}),
    ...(langs && langs.length > 0 ? { langs } : {}),
    ...(embed ? { embed } : {}),
    ...(reply ? { reply } : {}),
  };
}

/** Who may reply, as threadgate rules; null: everyone (no threadgate). */
export function threadgateRules(replyControl: VariantOptions['replyControl']): Record<string, string>[] | null {
  switch (replyControl) {
    case 'following':
      return [{ $type: 'app.bsky.feed.threadgate#followingRule' }];
    case 'mentioned':
      return [{ $type: 'app.bsky.feed.threadgate#mentionRule' }];
    case 'nobody':
      return [];
    default:
      return null;
  }
}

/** `at://did/collection/rkey` → its parts. */
export function parseAtUri(uri: string): { did: string; collection: string; rkey: string } {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  if (!match) throw new Error(`not an AT URI: ${uri}`);
  return { did: match[1], collection: match[2], rkey: match[3] };
}

export function postUrl(did: string, rkey: string): string {
  return `https://bsky.app/profile/${did}/post/${rkey}`;
}
