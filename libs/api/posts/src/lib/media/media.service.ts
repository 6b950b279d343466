import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, AppError, assertVersion, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgScope, TransactionContext } from '@parvis/api/core';
import type { MediaDto, MediaPageDto, UpdateMediaDto } from '../dto/media.dto';
import type { MediaEntity, MediaRendition } from '../entities';
import { PostsRepositories } from '../repositories/posts-repositories';
import { firstLineTitle } from '../services/post-assembler';
import { PostsErrorCode } from '../services/posts.errors';
import { MEDIA_STORAGE, MediaStorage } from './media-storage';
import { MediaRefusal, processUpload, type ProcessedMedia } from './media-processor';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

/** File names are shown, never used as paths: control characters out, length capped. */
const cleanFileName = (name: string): string =>
  (Array.from(name).filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && c !== '/' && c !== '\\').join('').trim() || 'fichier').slice(0, 255);

/** The organisation's media library: checked, re-encoded uploads stored whole or not at all. */
@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly repositories: PostsRepositories,
    private readonly transactions: TransactionContext,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(scope: OrgScope, file: UploadedFile | undefined, altText: string | undefined): Promise<MediaDto> {
    if (!file || file.buffer.length === 0) throw AppError.invalidField('file', 'file is required (multipart/form-data, field "file")');
    return this.toDto(scope, await this.store(scope, file, altText));
  }

  /** Checks, re-encodes and stores a file (an upload, a link preview's image); a refused file is a 400 on `file`. */
  async store(scope: OrgScope, file: UploadedFile, altText: string | undefined): Promise<MediaEntity> {
    let processed: ProcessedMedia;
    try {
      processed = await processUpload(file.buffer);
    } catch (error) {
      if (error instanceof MediaRefusal) throw AppError.badRequest(PostsErrorCode.MediaTypeRefused, `file refused: ${error.message}`, [{ field: 'file', messages: [error.message] }]);
      throw error;
    }
    const id = randomUUID();
    const key = (name: string) => `${scope.organizationId}/${id}/${name}`;
    const files: [string, Buffer][] = [[key(`original.${processed.extension}`), processed.bytes], ...processed.renditions.map((r): [string, Buffer] => [key(`${r.network}.jpg`), r.bytes])];
    const renditions: MediaRendition[] = processed.renditions.map((r) => ({ network: r.network, storageKey: key(`${r.network}.jpg`), mime: r.mime, bytes: r.bytes.length, width: r.width, height: r.height }));
    const total = files.reduce((sum, [, bytes]) => sum + bytes.length, 0);
    const written: string[] = [];
    try {
      const media = await this.transactions.run(async () => {
        const repos = this.repositories.forOrg(scope);
        // The organisation's row is the quota's lock: two uploads of one organisation queue here.
        await this.transactions.manager.query('SELECT 1 FROM organization WHERE id = $1 FOR UPDATE', [scope.organizationId]);
        const used = await repos.media.storedBytes();
        if (used + total > this.config.mediaQuotaBytes) {
          throw new AppError(PostsErrorCode.MediaQuotaExceeded, `The organisation's media quota (${this.config.mediaQuotaBytes} bytes) would be exceeded`, HttpStatus.PAYLOAD_TOO_LARGE, {
            quotaBytes: this.config.mediaQuotaBytes,
            usedBytes: used,
          });
        }
        for (const [path, bytes] of files) {
          await this.storage.put(path, bytes);
          written.push(path);
        }
        return repos.media.insert({
          id,
          kind: processed.kind,
          mime: processed.mime,
          width: processed.width,
          height: processed.height,
          durationMs: processed.durationMs,
          bytes: processed.bytes.length,
          contentHash: processed.contentHash,
          altText: altText?.trim() || null,
          fileName: cleanFileName(file.originalname),
          storageKey: files[0]?.[0] ?? key('original'),
          renditions,
          uploadedByMembershipId: scope.membershipId,
        });
      });
      return media;
    } catch (error) {
      // Nothing of a failed upload stays: the row rolled back, the files go.
      await Promise.all(written.map((path) => this.storage.delete(path)));
      throw error;
    }
  }

  async page(scope: OrgScope, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<MediaPageDto> {
    const after = cursor ? decodeCursor(cursor) : null;
    if (cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const rows = await this.repositories.forOrg(scope).media.page(limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map((m) => this.toDto(scope, m)), nextCursor: rows.length > limit && last ? encodeCursor({ value: last.createdAt.toISOString(), id: last.id }) : null };
  }

  async get(scope: OrgScope, mediaId: string): Promise<MediaDto> {
    return this.toDto(scope, await this.find(scope, mediaId));
  }

  /** The stored bytes (a network's rendition when asked and made). */
  async file(scope: OrgScope, mediaId: string, network?: string): Promise<{ bytes: Buffer; mime: string; fileName: string }> {
    const media = await this.find(scope, mediaId);
    const rendition = network ? media.renditions.find((r) => r.network === network) : undefined;
    const bytes = await this.storage.get(rendition?.storageKey ?? media.storageKey);
    if (!bytes) throw AppError.notFound(PostsErrorCode.MediaNotFound, 'The media file is missing from the storage');
    return { bytes, mime: rendition?.mime ?? media.mime, fileName: media.fileName };
  }

  async update(scope: OrgScope, mediaId: string, body: UpdateMediaDto, ifMatch?: number): Promise<MediaDto> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const media = await repos.media.lockById(mediaId);
      if (!media) throw AppError.notFound(PostsErrorCode.MediaNotFound, 'Media not found');
      await assertVersion(ifMatch, media.version, () => this.get(scope, mediaId));
      if (body.altText !== undefined) await repos.media.update(mediaId, { altText: body.altText?.trim() || null });
    });
    return this.get(scope, mediaId);
  }

  /** Refused while a post uses it (409 naming the posts); the files go once the row is gone. */
  async remove(scope: OrgScope, mediaId: string, ifMatch?: number): Promise<void> {
    const media = await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const row = await repos.media.lockById(mediaId);
      if (!row) throw AppError.notFound(PostsErrorCode.MediaNotFound, 'Media not found');
      await assertVersion(ifMatch, row.version, () => this.get(scope, mediaId));
      const uses = await repos.media.usedBy(mediaId);
      if (uses.length > 0) {
        throw AppError.conflict(PostsErrorCode.MediaInUse, `This media is used by ${uses.length} post(s)`, {
          posts: uses.map((p) => ({ id: p.id, title: firstLineTitle(p.masterText) })),
        });
      }
      await repos.media.delete(mediaId);
      return row;
    });
    for (const path of [media.storageKey, ...media.renditions.map((r) => r.storageKey)]) {
      await this.storage.delete(path).catch((error: unknown) => this.logger.warn(`Media file ${path} not deleted: ${String(error)}`));
    }
  }

  private async find(scope: OrgScope, mediaId: string): Promise<MediaEntity> {
    const media = await this.repositories.forOrg(scope).media.findById(mediaId);
    if (!media) throw AppError.notFound(PostsErrorCode.MediaNotFound, 'Media not found');
    return media;
  }

  private toDto(scope: OrgScope, m: MediaEntity): MediaDto {
    return {
      id: m.id,
      version: m.version,
      kind: m.kind,
      mime: m.mime,
      width: m.width,
      height: m.height,
      durationMs: m.durationMs,
      bytes: m.bytes,
      contentHash: m.contentHash,
      altText: m.altText,
      fileName: m.fileName,
      url: `/api/orgs/${scope.organizationId}/media/${m.id}/file`,
      renditions: m.renditions.map((r) => ({ network: r.network, mime: r.mime, bytes: r.bytes, width: r.width, height: r.height })),
      createdAt: m.createdAt.toISOString(),
    };
  }
}
