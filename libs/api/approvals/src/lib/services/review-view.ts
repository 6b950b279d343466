import { Injectable } from '@nestjs/common';
import { AppError, OrgScope } from '@parvis/api/core';
import { PostEntity, PostsRepositories, PostsService } from '@parvis/api/posts';
import { instantToWallClock } from '@parvis/shared/domain';
import type { DecisionDto, ReviewDto } from '../dto/review.dto';
import type { PostDecisionEntity, PostReviewEntity } from '../entities';
import { ApprovalsRepos, ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { stepToDto } from './circuits.service';
import { stepStanding } from './step-approvers';

/** A post keeps at most this many decisions in its history (rounds included). */
export const DECISIONS_LIMIT = 500;

export const todayIn = (zone: string): string => instantToWallClock(new Date(), zone).date;

const decisionDto = (d: PostDecisionEntity): DecisionDto => ({
  id: d.id,
  round: d.round,
  step: d.step,
  kind: d.kind,
  membershipId: d.membershipId,
  deciderName: d.deciderName,
  onBehalfOfMembershipId: d.onBehalfOfMembershipId,
  comment: d.comment,
  contentHash: d.contentHash,
  createdAt: d.createdAt.toISOString(),
});

/** The review as the review page shows it: the steps, who decides now, and every decision. */
@Injectable()
export class ReviewView {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
  ) {}

  async get(scope: OrgScope, postId: string): Promise<ReviewDto> {
    // Absent or not visible to the caller: the composer's own 404 (POST_NOT_FOUND).
    await this.postsService.get(scope, postId);
    const post = await this.posts.forOrg(scope).posts.findById(postId);
    if (!post) throw new Error(`Post ${postId} is readable but could not be read`);
    const repos = this.repositories.forOrg(scope);
    const review = await repos.reviews.findByPost(postId);
    if (!review) throw AppError.notFound(ApprovalsErrorCode.ReviewNotFound, 'This post was never submitted for review');
    return this.toDto(scope, repos, post, review);
  }

  async toDto(scope: OrgScope, repos: ApprovalsRepos, post: PostEntity, review: PostReviewEntity): Promise<ReviewDto> {
    const decisions = await repos.decisions.forPost(post.id, DECISIONS_LIMIT);
    const today = todayIn(scope.timeZone);
    const steps = await Promise.all(
      review.steps.map(async (step, index) => {
        const standing = await stepStanding(repos, step, post.authorMembershipId, today);
        const approvals = decisions.filter((d) => d.round === review.round && d.step === index && d.kind === 'approve').length;
        return { ...stepToDto(step), approverMembershipIds: [...standing.eligible, ...standing.substitutes.keys()], approvals };
      }),
    );
    const current = review.currentStep === null ? undefined : review.steps[review.currentStep];
    const deadline = current?.deadlineHours && review.stepStartedAt ? new Date(review.stepStartedAt.getTime() + current.deadlineHours * 3_600_000).toISOString() : null;
    return {
      postId: post.id,
      version: review.version,
      status: post.status,
      postVersion: post.version,
      contentHash: post.contentHash,
      approvedContentHash: review.approvedContentHash,
      circuitName: review.circuitName,
      currentStep: review.currentStep,
      stepDeadline: deadline,
      round: review.round,
      urgent: review.urgent,
      sensitive: review.sensitive,
      steps,
      decisions: decisions.map(decisionDto),
    };
  }
}
