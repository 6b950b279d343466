import { Injectable } from '@nestjs/common';
import { AppError, OrgScope } from '@parvis/api/core';
import { PostEntity, PostsRepositories, PostsService } from '@parvis/api/posts';
import { APPROVING_ROLES, instantToWallClock, PostStatus, type NeutralityCriterion } from '@parvis/shared/domain';
import type { DecisionDto, NeutralityDto, ReviewDto } from '../dto/review.dto';
import type { PostDecisionEntity, PostReviewEntity } from '../entities';
import { ApprovalsRepos, ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { stepToDto } from './circuits.service';
import { ElectionsService } from './elections.service';
import { stepStanding, type StepStanding } from './step-approvers';

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

const neutralityOf = (confirmed: Partial<Record<NeutralityCriterion, boolean>>): NeutralityDto => ({
  anteriority: confirmed.anteriority === true,
  regularity: confirmed.regularity === true,
  identity: confirmed.identity === true,
  neutrality: confirmed.neutrality === true,
});

/**
 * Whether the caller may decide at the review's current step now: the post waits there (under review,
 * or published urgently and reviewed afterwards), the step names them or an absent approver they
 * stand in for, it is not their post, and they have not decided at this step in this round.
 */
export function callerMayDecide(scope: OrgScope, post: PostEntity, review: PostReviewEntity, standing: StepStanding | undefined, decisions: readonly PostDecisionEntity[]): boolean {
  const me = scope.membershipId;
  if (review.currentStep === null || !standing || !(post.status === PostStatus.InReview || review.urgent)) return false;
  if (me === post.authorMembershipId || !APPROVING_ROLES.includes(scope.role)) return false;
  if (!standing.eligible.includes(me) && !standing.substitutes.has(me)) return false;
  return !decisions.some((d) => d.round === review.round && d.step === review.currentStep && d.membershipId === me);
}

/** The review as the review page shows it: the steps, who decides now, and every decision. */
@Injectable()
export class ReviewView {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
    private readonly elections: ElectionsService,
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
    const standings = await Promise.all(review.steps.map((step) => stepStanding(repos, step, post.authorMembershipId, today)));
    const steps = review.steps.map((step, index) => {
      const standing = standings[index] ?? { eligible: [], substitutes: new Map<string, string[]>() };
      const approvals = decisions.filter((d) => d.round === review.round && d.step === index && d.kind === 'approve').length;
      return { ...stepToDto(step), approverMembershipIds: [...standing.eligible, ...standing.substitutes.keys()], approvals };
    });
    const approvals = decisions.filter((d) => d.kind === 'approve');
    // What the caller approved last, else what any step approved last: the review page diffs against it.
    const approvedHash = (approvals.filter((d) => d.membershipId === scope.membershipId).pop() ?? approvals[approvals.length - 1])?.contentHash;
    const versions = this.posts.forOrg(scope).versions;
    const reserve = await this.elections.inReserveAt(scope, post.plannedAt ?? new Date());
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
      approvedVersionNumber: approvedHash ? await versions.newestWithHash(post.id, approvedHash) : null,
      latestVersionNumber: await versions.newestWithHash(post.id, post.contentHash),
      callerMayDecide: callerMayDecide(scope, post, review, review.currentStep === null ? undefined : standings[review.currentStep], decisions),
      neutralityRequired: reserve.length > 0,
      neutrality: neutralityOf(review.neutrality),
    };
  }
}
