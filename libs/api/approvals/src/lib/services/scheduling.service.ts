import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { POST_PUBLICATIONS, PostsService, type PostPublicationsPort } from '@parvis/api/posts';
import { PostAction } from '@parvis/shared/domain';
import type { ReviewDto } from '../dto/review.dto';
import { ApprovalsErrorCode } from '../approvals.errors';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { memberActor } from './actors';
import { memberPostActor, PostMoves } from './post-moves';
import { ReviewView } from './review-view';

/** The publication queue, or a clear error when this instance was started without publishing. */
export function requirePublications(port: PostPublicationsPort | undefined): PostPublicationsPort {
  if (!port) throw new Error('The publishing module is not loaded: nothing can be scheduled in this instance');
  return port;
}

/**
 * Schedule and unschedule: an editor or admin puts an approved post in the queue for its planned
 * time (one publication per variant), or takes it out. The status, the publications and the audit
 * row commit together.
 */
@Injectable()
export class SchedulingService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly transactions: TransactionContext,
    private readonly moves: PostMoves,
    private readonly view: ReviewView,
    private readonly postsService: PostsService,
    private readonly audit: AuditLog,
    @Optional() @Inject(POST_PUBLICATIONS) private readonly publications?: PostPublicationsPort,
  ) {}

  schedule(scope: OrgScope, user: AuthenticatedUser, postId: string, ifMatch?: number): Promise<ReviewDto> {
    return this.move(scope, user, postId, ifMatch, PostAction.Schedule, async (post) => {
      if (!post.plannedAt) throw AppError.invalidField('plannedAt', 'plannedAt is required to schedule: set the post’s planned time first');
      await requirePublications(this.publications).ensureFor(scope, postId, post.plannedAt);
      return { plannedAt: post.plannedAt.toISOString() };
    });
  }

  unschedule(scope: OrgScope, user: AuthenticatedUser, postId: string, ifMatch?: number): Promise<ReviewDto> {
    return this.move(scope, user, postId, ifMatch, PostAction.Unschedule, async () => ({ cancelled: await requirePublications(this.publications).cancelNotStarted(scope, postId) }));
  }

  /** « Publier maintenant »: an approved (or scheduled) post's publications are due at once. */
  publishNow(scope: OrgScope, user: AuthenticatedUser, postId: string, ifMatch?: number): Promise<ReviewDto> {
    return this.move(scope, user, postId, ifMatch, PostAction.PublishNow, async () => {
      await requirePublications(this.publications).ensureFor(scope, postId, new Date());
      return { dueNow: true };
    });
  }

  /** The post will not go out: what was never attempted is dropped; attempted rows stay, held (a cancelled post is never sent). */
  cancel(scope: OrgScope, user: AuthenticatedUser, postId: string, ifMatch?: number): Promise<ReviewDto> {
    return this.move(scope, user, postId, ifMatch, PostAction.Cancel, async () => ({ cancelled: await requirePublications(this.publications).cancelNotStarted(scope, postId) }));
  }

  /** Locks the post first, then its review, then its publications: the order every path on a post follows. */
  private move(
    scope: OrgScope,
    user: AuthenticatedUser,
    postId: string,
    ifMatch: number | undefined,
    action: PostAction.Schedule | PostAction.Unschedule | PostAction.PublishNow | PostAction.Cancel,
    queue: (post: { plannedAt: Date | null }) => Promise<Record<string, unknown>>,
  ): Promise<ReviewDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.moves.lock(scope, postId);
      await assertVersion(ifMatch, post.version, () => this.postsService.get(scope, postId));
      const review = await repos.reviews.lockByPost(postId);
      // A draft never submitted has no review to answer with: it is deleted, not cancelled.
      if (!review) throw AppError.conflict(ApprovalsErrorCode.TransitionNotAllowed, 'This post was never submitted: delete the draft instead');
      const moved = this.moves.decide(post, review, memberPostActor(scope, false), { action });
      const details = await queue(post);
      await this.moves.setStatus(scope, post, moved.status);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'post', objectId: postId, action: `post.${action}`, contentHashAfter: post.contentHash, details: { from: post.status, ...details } });
      return this.view.toDto(scope, repos, { ...post, status: moved.status }, review);
    });
  }
}
