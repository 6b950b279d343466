import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, OrgScope } from '@parvis/api/core';
import { PostEntity, PostsRepositories, PostsService } from '@parvis/api/posts';
import { ActionInput, decidePostTransition, PostActor, PostSnapshot, PostStatus, RefusalCode, TransitionResult } from '@parvis/shared/domain';
import type { PostReviewEntity } from '../entities';
import { ApprovalsErrorCode } from '../approvals.errors';

type Moved = Extract<TransitionResult, { ok: true }>;

/** The post as the state machine reads it, with its review (if it was ever submitted). */
export function snapshotOf(post: PostEntity, review: PostReviewEntity | null): PostSnapshot {
  return {
    status: post.status,
    reviewStep: review?.currentStep ?? null,
    stepCount: Math.max(1, review?.steps.length ?? 1),
    authorId: post.authorMembershipId ?? '',
    contentHash: post.contentHash,
    approvedContentHash: review?.approvedContentHash ?? null,
  };
}

/** A member as the state machine sees them (ids are membership ids throughout). */
export const memberPostActor = (scope: OrgScope, stepApprover: boolean): PostActor => ({ kind: 'member', userId: scope.membershipId, role: scope.role, stepApprover });

function refusalError(refusal: RefusalCode, decision: boolean): AppError {
  switch (refusal) {
    case 'not_allowed_in_state':
      return AppError.conflict(ApprovalsErrorCode.TransitionNotAllowed, 'This move is not possible in the post’s current status');
    case 'not_allowed_for_actor':
      return decision
        ? AppError.forbidden(ApprovalsErrorCode.NotStepApprover, 'You are not an approver of the post’s current step')
        : AppError.forbidden(ApprovalsErrorCode.TransitionNotAllowed, 'Your role does not allow this move on this post');
    case 'self_approval':
      return AppError.forbidden(ApprovalsErrorCode.SelfApproval, 'Nobody approves their own post');
    case 'comment_required':
      return AppError.invalidField('comment', 'comment is required: say what should change, or why');
    case 'justification_required':
      return AppError.invalidField('justification', 'justification is required: at least a sentence saying why it cannot wait');
    case 'content_changed':
    case 'content_changed_since_approval':
      return new AppError(ApprovalsErrorCode.ContentChanged, 'The post changed since you loaded it: read it again', HttpStatus.CONFLICT);
    case 'outcome_required':
      return AppError.invalidField('outcome', 'outcome is required');
  }
}

/** Locking, the state machine, and writing the new status: what every move on a post shares. */
@Injectable()
export class PostMoves {
  constructor(
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
  ) {}

  /** Locks the post row (every move on one post queues here), after checking the caller may see it. */
  async lock(scope: OrgScope, postId: string): Promise<PostEntity> {
    const post = await this.posts.forOrg(scope).posts.lockById(postId);
    // Absent or not visible to the caller: the composer's own 404 (POST_NOT_FOUND).
    await this.postsService.get(scope, postId);
    if (!post) throw new Error(`Post ${postId} is readable but could not be locked`);
    return post;
  }

  /** The state machine's answer, or the refusal as an API error. */
  decide(post: PostEntity, review: PostReviewEntity | null, actor: PostActor, input: ActionInput): Moved {
    const result = decidePostTransition(snapshotOf(post, review), actor, input);
    if (!result.ok) throw refusalError(result.refusal, ['approve', 'request_changes', 'reject'].includes(input.action));
    return result;
  }

  /** Writes the post's new status; the brief it answers follows. */
  async setStatus(scope: OrgScope, post: PostEntity, status: PostStatus): Promise<void> {
    if (status === post.status) return;
    await this.posts.forOrg(scope).posts.update(post.id, { status });
    if (post.briefId) await this.postsService.briefFollowsPosts(scope, post.briefId);
  }
}
