import { HttpStatus, Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig, AppError, OrgScope } from '@parvis/api/core';
import { classifyTransportError, findRefusal, OutboundLimitError, SafeHttpClient } from '@parvis/api/http';
import type { LinkPreviewDto } from '../dto/link-preview.dto';
import type { LinkPreviewEntity } from '../entities';
import { MediaService } from '../media/media.service';
import { PostsRepositories } from '../repositories/posts-repositories';
import { PostsErrorCode } from '../services/posts.errors';
import { parseOpenGraph } from './open-graph';

/** A page is read up to 1 MB in 8 s; its image up to 8 MB in 10 s. */
const PAGE_MAX_BYTES = 1024 * 1024;
const PAGE_TIMEOUT_MS = 8_000;
const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
const IMAGE_TIMEOUT_MS = 10_000;
const HEADERS = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'Parvis-LinkPreview/1.0 (+https://parvis.fr)' };

const toDto = (row: LinkPreviewEntity): LinkPreviewDto => ({
  url: row.url,
  finalUrl: row.finalUrl,
  title: row.title,
  description: row.description,
  siteName: row.siteName,
  imageMediaId: row.imageMediaId,
});

/**
 * Link cards, fetched server-side through the SSRF-safe client (every address and redirect checked,
 * size and time capped; OUTBOUND_ALLOW_LIST for tests and local demos), cached per URL and organisation.
 */
@Injectable()
export class LinkPreviewService implements OnModuleDestroy {
  private readonly logger = new Logger(LinkPreviewService.name);
  private readonly http: SafeHttpClient;

  constructor(
    private readonly repositories: PostsRepositories,
    private readonly media: MediaService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.http = new SafeHttpClient({ allowList: config.outboundAllowList, maxResponseBytes: PAGE_MAX_BYTES, totalTimeoutMs: PAGE_TIMEOUT_MS });
  }

  async onModuleDestroy(): Promise<void> {
    await this.http.close();
  }

  async preview(scope: OrgScope, rawUrl: string): Promise<LinkPreviewDto> {
    const url = rawUrl.trim();
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw AppError.invalidField('url', 'url must be an http(s) address');
    const urlHash = createHash('sha256').update(url).digest('hex');
    const repos = this.repositories.forOrg(scope);
    const cached = await repos.linkPreviews.findByUrlHash(urlHash);
    if (cached) return toDto(cached);

    const page = await this.fetch(url, PAGE_MAX_BYTES, PAGE_TIMEOUT_MS);
    const type = page.headers.get('content-type') ?? '';
    if (!/text\/html|application\/xhtml\+xml/i.test(type)) {
      throw new AppError(PostsErrorCode.LinkPreviewFailed, `The page is not HTML (${type || 'no type'})`, HttpStatus.UNPROCESSABLE_ENTITY);
    }
    const card = parseOpenGraph(page.body.toString('utf8'), page.url);
    const imageMediaId = card.imageUrl ? await this.storeImage(scope, card.imageUrl, card.title) : null;
    try {
      return toDto(await repos.linkPreviews.insert({ urlHash, url, finalUrl: page.url, title: card.title, description: card.description, siteName: card.siteName, imageMediaId }));
    } catch (error) {
      // Asked twice at once: the other request's card won the unique index.
      const winner = await repos.linkPreviews.findByUrlHash(urlHash);
      if (winner) return toDto(winner);
      throw error;
    }
  }

  private async fetch(url: string, maxBytes: number, timeoutMs: number): Promise<{ status: number; headers: Headers; url: string; body: Buffer }> {
    let response;
    try {
      response = await this.http.getLimited(url, { maxBytes, timeoutMs, headers: HEADERS });
    } catch (error) {
      const refusal = findRefusal(error);
      if (refusal) {
        throw new AppError(PostsErrorCode.LinkPreviewRefused, `This address cannot be previewed (${refusal.reason})`, HttpStatus.BAD_REQUEST, [
          { field: 'url', messages: [`url is refused: ${refusal.reason === 'forbidden_address' ? 'a private, loopback or link-local address' : refusal.reason}`] },
        ]);
      }
      if (error instanceof OutboundLimitError) {
        throw new AppError(PostsErrorCode.LinkPreviewFailed, `The page could not be read: ${error.message}`, HttpStatus.UNPROCESSABLE_ENTITY);
      }
      if (classifyTransportError(error)) throw new AppError(PostsErrorCode.LinkPreviewFailed, 'The site did not answer', HttpStatus.BAD_GATEWAY);
      throw error;
    }
    if (response.status >= 400) throw new AppError(PostsErrorCode.LinkPreviewFailed, `The site answered ${response.status}`, HttpStatus.BAD_GATEWAY);
    return response;
  }

  /** The card's image as a media of the organisation; a missing or unusable image only leaves the card without one. */
  private async storeImage(scope: OrgScope, imageUrl: string, title: string | null): Promise<string | null> {
    try {
      const image = await this.fetch(imageUrl, IMAGE_MAX_BYTES, IMAGE_TIMEOUT_MS);
      const name = decodeURIComponent(new URL(image.url).pathname.split('/').pop() || 'apercu');
      return (await this.media.store(scope, { buffer: image.body, originalname: name }, title ?? undefined)).id;
    } catch (error) {
      this.logger.warn(`Link preview image ${imageUrl} not stored: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
