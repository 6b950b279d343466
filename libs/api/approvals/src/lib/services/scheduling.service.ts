import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { POST_PUBLICATIONS, PostsService, type PostPublicationsPort } from '@parvis/api/posts';
import { PostAction } from '@parvis/shared/domain';
import type { ReviewDto } from '../dto/review.dto';
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

  private move(
    scope: OrgScope,
    user: AuthenticatedUser,
    postId: string,
    ifMatch: number | undefined,
    action: PostAction.Schedule | PostAction.Unschedule,
    queue: (post: { plannedAt: Date | null }) => Promise<Record<string, unknown>>,
  ): Promise<ReviewDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.moves.lock(scope, postId);
      await assertVersion(ifMatch, post.version, () => this.postsService.get(scope, postId));
      const review = await repos.reviews.lockByPost(postId);
      const moved = this.moves.decide(post, review, memberPostActor(scope, false), { action });
      // Only an approved (reviewed) post gets this far: the state machine wants its approved hash.
      if (!review) throw new Error(`Post ${postId} moved to ${moved.status} without a review`);
      const details = await queue(post);
      await this.moves.setStatus(scope, post, moved.status);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'post', objectId: postId, action: `post.${action}`, contentHashAfter: post.contentHash, details: { from: post.status, ...details } });
      return this.view.toDto(scope, repos, { ...post, status: moved.status }, review);
    });
  }
}
