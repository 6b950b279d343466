import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import type { PublishLinkCard, PublishMedia, PublishRequest } from '@parvis/api/platform';
import { MEDIA_STORAGE, PostsRepositories, publishedText, utmTagsOf, type MediaEntity, type MediaStorage } from '@parvis/api/posts';
import type { VariantOptions } from '@parvis/shared/domain';
import type { ClaimedPublication } from '../repositories/publication-claims.repository';
import { PublishingRepositories } from '../repositories/publishing-repositories';

/** How the channel goes out: its network (UTM source, renditions) and whether its adapter sends a card. */
export interface RequestTarget {
  network: string;
  linkCard: boolean;
  mint: () => string;
}

/** The key the composer's link previews are stored under (the URL as asked). */
const previewKey = (url: string): string => createHash('sha256').update(url).digest('hex');

/**
 * A publication's variant (read with the claim) as the plain request an adapter gets: the texts UTM-tagged as sent, the part
 * keys minted at the first attempt and stored before any call, the media as bytes, and the variant's
 * link: a card (with the composer's preview and its thumbnail) where the adapter sends one, else the
 * URL in the text (the network builds its own card from it).
 */
@Injectable()
export class PublishRequestBuilder {
  constructor(
    private readonly repositories: PublishingRepositories,
    private readonly posts: PostsRepositories,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async build(scope: OrgBound, row: ClaimedPublication, target: RequestTarget): Promise<PublishRequest> {
    const { source } = row;
    const utm = utmTagsOf(source.utmTagging, source.campaignName);
    // Tagged here, at publication only: the content hash (what approval binds to) stays on the author's untagged text.
    const tag = (text: string) => publishedText(text, target.network, utm);
    const link = source.link?.trim() || null;
    const sources = source.threadParts && source.threadParts.length > 0 ? [...source.threadParts] : [source.variantText];
    if (link && !target.linkCard && !sources.some((text) => text.includes(link))) sources[0] = `${sources[0] ?? ''}\n\n${link}`.trim();
    const texts = sources.map(tag);
    // Minted and stored by the claim; a row claimed without them (no adapter then) gets them here, before any call.
    const keys = row.partKeys ?? (await this.repositories.forOrg(scope).publications.keepPartKeysOf([{ id: row.id, keys: texts.map(() => target.mint()) }])).get(row.id) ?? [];
    const media = source.mediaCount > 0 ? await this.media(scope, row.variantId, target.network) : [];
    const card = link && target.linkCard ? await this.linkCard(scope, link, tag(link), target.network) : null;
    const stored = source.options;
    const languages = stored.languages ?? (stored.language ? [stored.language] : null);
    const options: VariantOptions = {
      ...(stored.visibility ? { visibility: stored.visibility } : {}),
      ...(stored.spoilerText ? { contentWarning: stored.spoilerText } : {}),
      ...(languages ? { languages } : {}),
      ...(stored.replyControl ? { replyControl: stored.replyControl } : {}),
    };
    return {
      publicationId: row.id,
      // The media and the card go with the first part (the composer's thread split leaves them there).
      parts: texts.map((text, index) => ({ key: keys[index] ?? target.mint(), text, media: index === 0 ? media : [], linkCard: index === 0 ? card : null })),
      options,
      alreadyPublished: row.publishedParts,
    };
  }

  /** The composer's preview of the link (title, description, its image as the thumbnail), or the bare URL. */
  private async linkCard(scope: OrgBound, link: string, taggedUrl: string, network: string): Promise<PublishLinkCard> {
    const repos = this.posts.forOrg(scope);
    const preview = await repos.linkPreviews.findByUrlHash(previewKey(link));
    const image = preview?.imageMediaId ? await repos.media.findById(preview.imageMediaId) : null;
    return {
      url: taggedUrl,
      title: preview?.title ?? preview?.siteName ?? new URL(link).hostname,
      description: preview?.description ?? '',
      thumbnail: image ? await this.bytesOf(image, network, image.altText) : null,
    };
  }

  /** The variant's media in order, as bytes (the network's rendition when one was made), with their alt text. */
  private async media(scope: OrgBound, variantId: string, network: string): Promise<PublishMedia[]> {
    const repos = this.posts.forOrg(scope);
    const links = await repos.variants.mediaOf([variantId]);
    const rows = new Map((await repos.media.findManyByIds(links.map((link) => link.mediaId))).map((row) => [row.id, row]));
    const media: PublishMedia[] = [];
    for (const link of links) {
      const row = rows.get(link.mediaId);
      if (!row) throw new Error(`media ${link.mediaId} no longer exists`);
      media.push(await this.bytesOf(row, network, link.altText ?? row.altText));
    }
    return media;
  }

  private async bytesOf(row: MediaEntity, network: string, altText: string | null): Promise<PublishMedia> {
    const rendition = row.renditions.find((candidate) => candidate.network === network);
    const bytes = await this.storage.get(rendition?.storageKey ?? row.storageKey);
    if (!bytes) throw new Error(`the file of media ${row.id} is missing from the storage`);
    return { bytes, mimeType: rendition?.mime ?? row.mime, altText, width: rendition?.width ?? row.width, height: rendition?.height ?? row.height };
  }
}
