import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppError, AuthenticatedUser, OrgScope } from '@parvis/api/core';
import { MembersService } from '@parvis/api/identity';
import { CHANNEL_CONNECTIONS, type ChannelConnectionSummary, type ChannelConnectionsPort } from '@parvis/api/planning';
import { instantToWallClock, postContentHash, shortTitle } from '@parvis/shared/domain';
import type { PostDto } from '../dto/post.dto';
import type { MediaEntity, PostEntity } from '../entities';
import type { PostsRepos } from '../repositories/posts-repositories';
import { PostsRepositories } from '../repositories/posts-repositories';
import type { VariantRow } from '../repositories/variants.repository';
import { PostsErrorCode } from './posts.errors';
import { UtmTaggingService } from './utm-tagging.service';
import { toVariantDto, variantContent, variantHash, type VariantState } from './variant-content';

/** A variant state with the row it came from (absent: a new channel of the post). */
export type StoredVariant = VariantState & { id?: string; contentHash?: string };

/** The hash covers what is published; the rest of a variant's stored fields are compared one by one. */
function unchanged(previous: StoredVariant, state: VariantState, contentHash: string): boolean {
  return (
    previous.contentHash === contentHash &&
    previous.text === state.text &&
    previous.followsMaster === state.followsMaster &&
    previous.link === state.link &&
    JSON.stringify(previous.threadParts) === JSON.stringify(state.threadParts) &&
    JSON.stringify(previous.options) === JSON.stringify(state.options)
  );
}

/** A post's title in lists: its first line, cut at its last whole word with « … » past 80 graphemes. */
export const firstLineTitle = (text: string): string => shortTitle(text);

/**
 * Reads a post with its variants and media into the API's shape, and writes a computed set of
 * variants back: the one place that knows how a post is spread over its tables.
 */
@Injectable()
export class PostAssembler {
  constructor(
    private readonly repositories: PostsRepositories,
    private readonly utm: UtmTaggingService,
    private readonly members: MembersService,
    // Publishing provides the channels' own limits (a Mastodon instance's characters); absent: the defaults.
    @Optional() @Inject(CHANNEL_CONNECTIONS) private readonly connections?: ChannelConnectionsPort,
  ) {}

  async find(repos: PostsRepos, postId: string, lock = false): Promise<PostEntity> {
    const post = lock ? await repos.posts.lockById(postId) : await repos.posts.findById(postId);
    if (!post) throw AppError.notFound(PostsErrorCode.PostNotFound, 'Post not found');
    return post;
  }

  async states(repos: PostsRepos, postId: string): Promise<StoredVariant[]> {
    const rows = await repos.variants.forPost(postId);
    const links = await repos.variants.mediaOf(rows.map((r) => r.id));
    return rows.map((row: VariantRow) => ({
      id: row.id,
      contentHash: row.contentHash,
      channelId: row.channelId,
      network: row.network,
      channelName: row.channelName,
      text: row.text,
      followsMaster: row.followsMaster,
      threadParts: row.threadParts,
      media: links.filter((l) => l.variantId === row.id).map((l) => ({ mediaId: l.mediaId, altText: l.altText })),
      link: row.link,
      options: row.options,
    }));
  }

  async mediaOf(repos: PostsRepos, states: readonly VariantState[]): Promise<Map<string, MediaEntity>> {
    const ids = [...new Set(states.flatMap((s) => s.media.map((m) => m.mediaId)))];
    return new Map((await repos.media.findManyByIds(ids)).map((m) => [m.id, m]));
  }

  postHash(states: readonly VariantState[], media: ReadonlyMap<string, MediaEntity>): string {
    return postContentHash(states.map((s) => variantContent(s, media)));
  }

  /** Writes the variants as computed: removed channels go, new ones are inserted, the others updated. */
  async writeVariants(repos: PostsRepos, postId: string, before: readonly StoredVariant[], after: readonly StoredVariant[], media: ReadonlyMap<string, MediaEntity>): Promise<void> {
    const kept = new Set(after.map((s) => s.channelId));
    await repos.variants.removeChannels(postId, before.filter((s) => !kept.has(s.channelId)).map((s) => s.channelId));
    for (const state of after) {
      const fields = {
        text: state.text,
        followsMaster: state.followsMaster,
        threadParts: state.threadParts,
        link: state.link,
        options: state.options,
        contentHash: variantHash(state, media),
      };
      const previous = before.find((s) => s.channelId === state.channelId);
      let variantId = previous?.id;
      if (!variantId) {
        variantId = (await repos.variants.insert({ postId, channelId: state.channelId, ...fields })).id;
      } else if (previous && !unchanged(previous, state, fields.contentHash)) {
        await repos.variants.update(variantId, fields);
      }
      if (!previous || JSON.stringify(previous.media) !== JSON.stringify(state.media)) await repos.variants.setMedia(variantId, state.media);
    }
  }

  async authorName(scope: OrgScope, membershipId: string | null): Promise<string> {
    if (!membershipId) return '';
    return (await this.members.find(scope, membershipId))?.displayName ?? '';
  }

  async toDto(scope: OrgScope, post: PostEntity): Promise<PostDto> {
    const repos = this.repositories.forOrg(scope);
    const states = await this.states(repos, post.id);
    const media = await this.mediaOf(repos, states);
    const utm = await this.utm.tagsFor(scope, post.campaignId);
    const connections = this.connections && states.length > 0 ? await this.connections.summaries(scope, states.map((s) => s.channelId)) : new Map<string, ChannelConnectionSummary>();
    return {
      id: post.id,
      version: post.version,
      status: post.status,
      briefId: post.briefId,
      masterText: post.masterText,
      themeId: post.themeId,
      campaignId: post.campaignId,
      audienceIds: await repos.posts.audienceIds(post.id),
      plannedAt: post.plannedAt ? post.plannedAt.toISOString() : null,
      plannedLocal: post.plannedLocal,
      author: { membershipId: post.authorMembershipId, name: await this.authorName(scope, post.authorMembershipId) },
      variants: states.map((s) => toVariantDto(s, media, utm, connections.get(s.channelId)?.limits ?? null)),
      contentHash: post.contentHash,
      createdAt: post.createdAt.toISOString(),
      updatedAt: post.updatedAt.toISOString(),
    };
  }

  async load(scope: OrgScope, postId: string): Promise<PostDto> {
    return this.toDto(scope, await this.find(this.repositories.forOrg(scope), postId));
  }

  /** Appends the post as it is now to its history, in the save's transaction. */
  async recordVersion(scope: OrgScope, user: AuthenticatedUser, postId: string): Promise<void> {
    const dto = await this.load(scope, postId);
    await this.repositories.forOrg(scope).versions.insert({
      postId,
      number: dto.version,
      snapshot: dto,
      contentHash: dto.contentHash,
      variantHashes: Object.fromEntries(dto.variants.map((v) => [v.channelId, v.contentHash])),
      authorMembershipId: scope.membershipId,
      authorName: user.displayName.slice(0, 120),
    });
  }
}

/** The wall-clock an instant shows in the organisation's zone ("2026-03-29T09:00"). */
export function plannedLocalOf(plannedAt: Date | null, zone: string): string | null {
  if (!plannedAt) return null;
  const local = instantToWallClock(plannedAt, zone);
  return `${local.date}T${local.time}`;
}
