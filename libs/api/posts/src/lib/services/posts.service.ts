import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgBound, OrgScope, TransactionContext } from '@parvis/api/core';
import { assertOwned, assertOwnedAll, BriefRow, PlanningRepos, PlanningRepositories } from '@parvis/api/planning';
import { briefStatusFollowingPosts, can, isLocalDate, localDaysToRange, PostStatus } from '@parvis/shared/domain';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { CreatePostDto, PostQueryDto, UpdatePostDto, VariantInputDto } from '../dto/post-input.dto';
import type { PostDto, PostPageDto } from '../dto/post.dto';
import type { PostEntity } from '../entities';
import { PostsRepos, PostsRepositories } from '../repositories/posts-repositories';
import { PostFilters } from '../repositories/posts.repository';
import { firstLineTitle, PostAssembler, plannedLocalOf, StoredVariant } from './post-assembler';
import { assertEditable, assertVisible, seesEveryPost } from './post-access';
import { PostsErrorCode } from './posts.errors';
import { assertOptionsFor } from './variant-content';
import { PostContentEvents } from './post-content-events';

type References = { themeId?: string | null; campaignId?: string | null; audienceIds?: string[] };

/** The composer's posts: one master text, one variant per channel, a version kept on every save. */
@Injectable()
export class PostsService {
  constructor(
    private readonly repositories: PostsRepositories,
    private readonly planning: PlanningRepositories,
    private readonly transactions: TransactionContext,
    private readonly assembler: PostAssembler,
    private readonly contentEvents: PostContentEvents,
    private readonly audit: AuditLog,
  ) {}

  /** From scratch, or from a brief (a contributor's must be assigned to them): omitted fields come from the brief. */
  async create(scope: OrgScope, user: AuthenticatedUser, body: CreatePostDto): Promise<PostDto> {
    const id = await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const planning = this.planning.forOrg(scope);
      const brief = body.briefId ? await this.briefToAnswer(scope, planning, body.briefId) : null;
      const refs = {
        themeId: body.themeId ?? brief?.themeId ?? null,
        campaignId: body.campaignId ?? brief?.campaignId ?? null,
        audienceIds: body.audienceIds ?? brief?.audienceIds ?? [],
      };
      await this.assertReferences(planning, refs);
      const plannedAt = body.plannedAt !== undefined ? new Date(body.plannedAt) : (brief?.plannedAt ?? null);
      const variants = await this.newVariants(planning, body.channelIds ?? brief?.channelIds ?? [], body.masterText, 'channelIds');
      const post = await repos.posts.insert({
        status: PostStatus.Draft,
        masterText: body.masterText,
        briefId: brief?.id ?? null,
        themeId: refs.themeId,
        campaignId: refs.campaignId,
        authorMembershipId: scope.membershipId,
        plannedAt,
        plannedLocal: plannedLocalOf(plannedAt, scope.timeZone),
        contentHash: this.assembler.postHash(variants, new Map()),
      });
      await repos.posts.setAudiences(post.id, refs.audienceIds);
      await this.assembler.writeVariants(repos, post.id, [], variants, new Map());
      await this.assembler.recordVersion(scope, user, post.id);
      // The timeline starts at the creation, logged in the same transaction as the post.
      await this.audit.record(scope, {
        actor: { membershipId: scope.membershipId, userId: user.id, label: user.displayName },
        objectType: 'post',
        objectId: post.id,
        action: 'post.create',
        contentHashAfter: post.contentHash,
        details: brief ? { briefId: brief.id } : {},
      });
      if (brief) await this.briefFollowsPosts(scope, brief.id);
      return post.id;
    });
    return this.get(scope, id);
  }

  async get(scope: OrgScope, postId: string): Promise<PostDto> {
    const repos = this.repositories.forOrg(scope);
    const post = await this.assembler.find(repos, postId);
    await assertVisible(scope, repos, postId);
    return this.assembler.toDto(scope, post);
  }

  /**
   * Writes the fields sent; variants that follow the master text follow it. The post's row is
   * locked first (concurrent saves queue); a stale If-Match is a 412. The new state is appended to
   * the post's history in the same transaction.
   */
  async update(scope: OrgScope, user: AuthenticatedUser, postId: string, body: UpdatePostDto, ifMatch?: number): Promise<PostDto> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const planning = this.planning.forOrg(scope);
      const post = await this.lockForChange(scope, repos, postId, ifMatch);
      await this.assertReferences(planning, body);
      const masterText = body.masterText ?? post.masterText;
      const before = await this.assembler.states(repos, postId);
      let after: StoredVariant[] = before.map((s) => ({ ...s, media: [...s.media] }));
      if (body.channelIds !== undefined) {
        const added = body.channelIds.filter((id) => !before.some((s) => s.channelId === id));
        after = [...after.filter((s) => body.channelIds?.includes(s.channelId)), ...(await this.newVariants(planning, added, masterText, 'channelIds'))];
      }
      for (const state of after) if (state.followsMaster) state.text = masterText;
      (body.variants ?? []).forEach((input, index) => applyVariantInput(after, input, masterText, index));
      const media = await this.assembler.mediaOf(repos, after);
      assertMediaKnown(after, media, body.variants ?? []);
      const contentHash = this.assembler.postHash(after, media);
      const changes: QueryDeepPartialEntity<PostEntity> = {
        masterText: body.masterText,
        themeId: body.themeId,
        campaignId: body.campaignId,
        contentHash,
      };
      if (body.plannedAt !== undefined) {
        const plannedAt = body.plannedAt === null ? null : new Date(body.plannedAt);
        changes.plannedAt = plannedAt;
        changes.plannedLocal = plannedLocalOf(plannedAt, scope.timeZone);
      }
      await this.assembler.writeVariants(repos, postId, before, after, media);
      if (body.audienceIds !== undefined) await repos.posts.setAudiences(postId, body.audienceIds);
      await repos.posts.update(postId, changes);
      await this.assembler.recordVersion(scope, user, postId);
      // Approvals log the edit and, after an approval, send the post back to the first step.
      const actor = { membershipId: scope.membershipId, userId: user.id, label: user.displayName };
      await this.contentEvents.changed(scope, post, { postId, previousHash: post.contentHash, newHash: contentHash, actor });
    });
    return this.get(scope, postId);
  }

  /** Drafts only; the brief it answered follows its remaining posts. */
  async remove(scope: OrgScope, postId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.lockForChange(scope, repos, postId, ifMatch);
      if (post.status !== PostStatus.Draft) throw AppError.conflict(PostsErrorCode.PostNotDraft, 'Only a draft may be deleted');
      await repos.posts.delete(postId);
      if (post.briefId) await this.briefFollowsPosts(scope, post.briefId);
    });
  }

  async page(scope: OrgScope, query: PostQueryDto): Promise<PostPageDto> {
    const after = query.cursor ? decodeCursor(query.cursor, 'text') : null;
    if (query.cursor && (!after || (after.value !== 'infinity' && Number.isNaN(Date.parse(after.value))))) {
      throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    }
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filters: PostFilters = {
      from: query.from ? boundary(query.from, scope.timeZone, 'start') : undefined,
      to: query.to ? boundary(query.to, scope.timeZone, 'end') : undefined,
      status: query.status,
      briefId: query.briefId,
      authorMembershipId: query.mine === 'true' ? scope.membershipId : undefined,
      network: query.network,
      visibleToMembershipId: seesEveryPost(scope) ? undefined : scope.membershipId,
    };
    const rows = await this.repositories.forOrg(scope).posts.search(filters, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        id: row.id,
        version: row.version,
        status: row.status,
        title: firstLineTitle(row.masterText),
        plannedAt: row.plannedAt ? row.plannedAt.toISOString() : null,
        networks: row.networks,
        channelIds: row.channelIds,
        themeId: row.themeId,
        briefId: row.briefId,
        author: { membershipId: row.authorMembershipId, name: row.authorName ?? '' },
        updatedAt: row.updatedAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.plannedAt?.toISOString() ?? 'infinity', id: last.id }) : null,
    };
  }

  /** The brief's status follows its posts (briefStatusFollowingPosts); approvals call it as posts move. */
  async briefFollowsPosts(scope: OrgBound, briefId: string): Promise<void> {
    const planning = this.planning.forOrg(scope);
    const brief = await planning.briefs.lockById(briefId);
    if (!brief) return;
    const statuses = await this.repositories.forOrg(scope).posts.statusesForBrief(briefId);
    const next = briefStatusFollowingPosts(brief.status, statuses, brief.assigneeMembershipId !== null);
    if (next !== brief.status) await planning.briefs.update(briefId, { status: next });
  }

  private async lockForChange(scope: OrgScope, repos: PostsRepos, postId: string, ifMatch: number | undefined): Promise<PostEntity> {
    const post = await this.assembler.find(repos, postId, true);
    await assertVisible(scope, repos, postId);
    await assertVersion(ifMatch, post.version, () => this.get(scope, postId));
    await assertEditable(scope, repos, post);
    return post;
  }

  private async briefToAnswer(scope: OrgScope, planning: PlanningRepos, briefId: string): Promise<BriefRow> {
    const brief = await planning.briefs.findRow(briefId);
    if (!brief) throw AppError.invalidField('briefId', 'briefId is unknown in this organisation');
    if (!can(scope.role, 'planning.edit') && brief.assigneeMembershipId !== scope.membershipId) {
      throw AppError.forbidden(PostsErrorCode.BriefNotAssigned, 'This brief is not assigned to you: write from your own briefs, or from scratch');
    }
    return brief;
  }

  private async assertReferences(planning: PlanningRepos, body: References): Promise<void> {
    await assertOwned(planning.themes, body.themeId, 'themeId');
    await assertOwned(planning.campaigns, body.campaignId, 'campaignId');
    await assertOwnedAll(planning.audiences, body.audienceIds, 'audienceIds');
  }

  /** A variant following the master text for each channel (of this organisation). */
  private async newVariants(planning: PlanningRepos, channelIds: string[], masterText: string, field: string): Promise<StoredVariant[]> {
    const channels = await planning.channels.findManyByIds(channelIds);
    if (channels.length !== channelIds.length) throw AppError.invalidField(field, `${field} contains an id unknown in this organisation`);
    return channelIds.map((id) => {
      const channel = channels.find((c) => c.id === id);
      if (!channel) throw AppError.invalidField(field, `${field} contains an id unknown in this organisation`);
      return { channelId: id, network: channel.network, channelName: channel.displayName, text: masterText, followsMaster: true, threadParts: null, media: [], link: null, options: {} };
    });
  }
}

/** A calendar bound: a local day is read in the organisation's zone (`to` includes that whole day); an instant as it is. */
function boundary(value: string, zone: string, side: 'start' | 'end'): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  if (!isLocalDate(value)) throw AppError.invalidField(side === 'start' ? 'from' : 'to', 'must be an existing date YYYY-MM-DD or an ISO 8601 instant');
  const range = localDaysToRange(value, value, zone);
  return side === 'start' ? range.from : range.to;
}

/** One variant's edit: a text sent detaches it from the master; followsMaster: true resets it. */
function applyVariantInput(states: StoredVariant[], input: VariantInputDto, masterText: string, index: number): void {
  const field = `variants.${index}`;
  const state = states.find((s) => s.channelId === input.channelId);
  if (!state) throw AppError.invalidField(`${field}.channelId`, 'channelId is not one of the channels of this post (add it to channelIds)');
  if (input.followsMaster === true) {
    state.followsMaster = true;
    state.text = masterText;
  } else if (input.text !== undefined || input.followsMaster === false) {
    state.followsMaster = false;
    state.text = input.text ?? state.text;
  }
  if (input.threadParts !== undefined) state.threadParts = input.threadParts && input.threadParts.length > 0 ? input.threadParts : null;
  if (input.media !== undefined) state.media = input.media.map((m) => ({ mediaId: m.mediaId, altText: m.altText ?? null }));
  if (input.link !== undefined) state.link = input.link?.trim() || null;
  if (input.options !== undefined) {
    const options = Object.fromEntries(Object.entries(input.options).filter(([, value]) => value !== undefined));
    assertOptionsFor(state.network, options, `${field}.options`);
    state.options = options;
  }
}

function assertMediaKnown(states: readonly StoredVariant[], media: ReadonlyMap<string, unknown>, inputs: readonly VariantInputDto[]): void {
  inputs.forEach((input, index) => {
    const missing = (input.media ?? []).findIndex((m) => !media.has(m.mediaId));
    if (missing >= 0) throw AppError.invalidField(`variants.${index}.media.${missing}.mediaId`, 'mediaId is unknown in this organisation');
  });
  if (states.some((s) => s.media.some((m) => !media.has(m.mediaId)))) throw AppError.invalidField('variants', 'a variant refers to a media that no longer exists');
}
