import { Inject, Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type AuthenticatedUser, type OrgScope, TransactionContext } from '@parvis/api/core';
import { PLATFORM_REGISTRY, PlatformRegistry, type ManualReport } from '@parvis/api/platform';
import { PostsRepositories, PostsService, seesEveryPost } from '@parvis/api/posts';
import { can, decidePostTransition, isLocalDate, localDaysToRange, PostAction, PostStatus } from '@parvis/shared/domain';
import type { PublicationDto, PublicationListDto, PublicationQueryDto, PublicationQueuePageDto } from '../dto/publication.dto';
import { PublicationState } from '../entities';
import { PublishingErrorCode } from '../publishing.errors';
import type { PublicationView } from '../repositories/publication-views';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import { outcomeChanges } from './publication-outcome';
import { PublicationEvents } from './publication-events';
import { PublicationViewMapper } from './publication-view';
import { PostStatusFollower } from './post-status-follower';

/** A post has one publication per channel: far fewer than this. */
const POST_PUBLICATIONS_LIMIT = 100;

function boundary(value: string, zone: string, side: 'from' | 'to'): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  if (!isLocalDate(value)) throw AppError.invalidField(side, `${side} must be an existing date YYYY-MM-DD or an ISO 8601 instant`);
  const range = localDaysToRange(value, value, zone);
  return side === 'from' ? range.from : range.to;
}

/**
 * The publications as people see and act on them: per post, the organisation's queue, « réessayer »
 * and the report on a manual publication. Every move locks the post first, then its publication
 * (the order every path on a post and its publications follows).
 */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly repositories: PublishingRepositories,
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
    private readonly mapper: PublicationViewMapper,
    private readonly follower: PostStatusFollower,
    private readonly events: PublicationEvents,
    private readonly transactions: TransactionContext,
    private readonly audit: AuditLog,
    @Inject(PLATFORM_REGISTRY) private readonly registry: PlatformRegistry,
  ) {}

  async forPost(scope: OrgScope, postId: string): Promise<PublicationListDto> {
    // The post's own rules decide who sees it (404 across organisations, contributors their own posts).
    await this.postsService.get(scope, postId);
    const views = await this.repositories.forOrg(scope).publications.views({ postId }, POST_PUBLICATIONS_LIMIT);
    return { items: views.map((view) => this.mapper.toDto(view)) };
  }

  /** The organisation's queue in due order: today's, what went out, what failed. */
  async page(scope: OrgScope, query: PublicationQueryDto): Promise<PublicationQueuePageDto> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filters = {
      from: query.from ? boundary(query.from, scope.timeZone, 'from') : undefined,
      to: query.to ? boundary(query.to, scope.timeZone, 'to') : undefined,
      state: query.state,
      visibleToMembershipId: seesEveryPost(scope) ? undefined : scope.membershipId,
    };
    const views = await this.repositories.forOrg(scope).publications.views(filters, limit + 1, after ? { dueAt: after.value, id: after.id } : null);
    const items = views.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((view) => this.mapper.toQueueItem(view)),
      nextCursor: views.length > limit && last ? encodeCursor({ value: new Date(last.dueAt).toISOString(), id: last.id }) : null,
    };
  }

  /** « Réessayer »: only where canRetry says it is safe; a lost answer is reconciled before any write. */
  async retry(scope: OrgScope, user: AuthenticatedUser, publicationId: string, ifMatch?: number): Promise<PublicationDto> {
    return this.transactions.run(async () => {
      const { view, post } = await this.lock(scope, publicationId);
      await assertVersion(ifMatch, view.version, async () => this.mapper.toDto(view));
      if (!this.mapper.canRetry(view)) {
        throw AppError.conflict(PublishingErrorCode.NotRetryable, this.whyNotRetryable(view));
      }
      if (post.status === PostStatus.Failed) {
        // A failed post's content is its approved content (an edit sends it back to review).
        const snapshot = { status: post.status, reviewStep: null, stepCount: 1, authorId: post.authorMembershipId ?? '', contentHash: post.contentHash, approvedContentHash: post.contentHash };
        const moved = decidePostTransition(snapshot, { kind: 'member', userId: scope.membershipId, role: scope.role, stepApprover: false }, { action: PostAction.Retry });
        if (!moved.ok) throw AppError.conflict(PublishingErrorCode.NotRetryable, `The post cannot be sent again (${moved.refusal})`);
        await this.posts.forOrg(scope).posts.update(post.id, { status: moved.status });
        if (post.briefId) await this.postsService.briefFollowsPosts(scope, post.briefId);
      }
      const reconcileFirst = view.state === PublicationState.UnknownOutcome;
      await this.repositories.forOrg(scope).publications.update(publicationId, {
        state: PublicationState.Pending,
        nextAttemptAt: new Date(),
        leaseUntil: null,
        ...(reconcileFirst ? { reconcileFirst: true } : {}),
      });
      await this.audit.record(scope, {
        actor: { membershipId: scope.membershipId, userId: user.id, label: user.displayName },
        objectType: 'post',
        objectId: view.postId,
        action: 'publication.retry',
        details: { publicationId, channelId: view.channelId, channelName: view.channelName, from: view.state, errorKind: view.lastErrorKind, reconcileFirst },
      });
      return this.dto(scope, publicationId);
    });
  }

  /** A manual publication's assignee (or an editor, an admin) says it is live, with its URL, or not done. */
  async manualReport(scope: OrgScope, user: AuthenticatedUser, publicationId: string, report: ManualReport): Promise<PublicationDto> {
    return this.transactions.run(async () => {
      const { view, post } = await this.lock(scope, publicationId);
      if (!can(scope.role, 'post.schedule') && post.authorMembershipId !== scope.membershipId) {
        throw AppError.forbidden(PublishingErrorCode.NotAssignee, 'Only the person it was handed to, an editor or an admin reports on this publication');
      }
      if (view.state !== PublicationState.HandedOver) {
        throw AppError.conflict(PublishingErrorCode.NotHandedOver, `This publication is ${view.state}: it does not wait for a report`);
      }
      const adapter = this.registry.get(view.connectionNetwork ?? view.network);
      if (!adapter.complete) throw AppError.conflict(PublishingErrorCode.NotHandedOver, 'This channel publishes by itself: it takes no report');
      const row = await this.repositories.forOrg(scope).publications.findById(publicationId);
      const key = row?.partKeys?.[0] ?? publicationId;
      const outcome = adapter.complete({ publicationId, parts: [{ key, text: '', media: [], linkCard: null }], options: {}, alreadyPublished: [] }, report);
      if (outcome.status === 'failed' && outcome.kind === 'invalid_content') throw AppError.invalidField('url', outcome.message);
      const { changes } = outcomeChanges(outcome, view.attempts, false);
      await this.repositories.forOrg(scope).publications.update(publicationId, { ...changes, leaseUntil: null });
      await this.audit.record(scope, {
        actor: { membershipId: scope.membershipId, userId: user.id, label: user.displayName },
        objectType: 'post',
        objectId: view.postId,
        action: 'publication.manual_done',
        details: report.done
          ? { publicationId, channelId: view.channelId, channelName: view.channelName, done: true, url: report.url }
          : { publicationId, channelId: view.channelId, channelName: view.channelName, done: false, reason: report.reason.trim() },
      });
      if (!report.done) await this.events.tellStopped(scope, view.postId, view.channelName, report.reason.trim());
      await this.follower.follow(scope, view.postId);
      return this.dto(scope, publicationId);
    });
  }

  /** Locks the post, then the publication (the one order), after checking the caller may see it. */
  private async lock(scope: OrgScope, publicationId: string) {
    const repos = this.repositories.forOrg(scope);
    const seen = await repos.publications.views({ publicationId, visibleToMembershipId: seesEveryPost(scope) ? undefined : scope.membershipId }, 1);
    if (!seen[0]) throw AppError.notFound(PublishingErrorCode.PublicationNotFound, 'Publication not found');
    const post = await this.posts.forOrg(scope).posts.lockById(seen[0].postId);
    const locked = await repos.publications.lockById(publicationId);
    const view = locked ? await repos.publications.view(publicationId) : null;
    if (!post || !view) throw AppError.notFound(PublishingErrorCode.PublicationNotFound, 'Publication not found');
    return { view, post };
  }

  private async dto(scope: OrgScope, publicationId: string): Promise<PublicationDto> {
    const view = await this.repositories.forOrg(scope).publications.view(publicationId);
    if (!view) throw AppError.notFound(PublishingErrorCode.PublicationNotFound, 'Publication not found');
    return this.mapper.toDto(view);
  }

  private whyNotRetryable(view: PublicationView): string {
    if (view.state === PublicationState.UnknownOutcome) return 'The network may have published it and cannot tell: check the channel before doing anything';
    if (view.lastErrorKind === 'invalid_content') return 'The network refused this content: edit the post (it goes back to review)';
    if (view.lastErrorKind === 'auth_expired' || view.lastErrorKind === 'reconnect_required') return 'Connect the channel again first, then retry';
    return `A publication that is ${view.state} (post ${view.postStatus}) is not sent again`;
  }
}
