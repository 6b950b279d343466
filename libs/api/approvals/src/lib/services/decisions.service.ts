import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditActor, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { PostEntity, PostsRepositories } from '@parvis/api/posts';
import { PostAction, PostActor, PostStatus, quorumReached, shortTitle } from '@parvis/shared/domain';
import type { DecisionInputDto, ReviewDto } from '../dto/review.dto';
import type { PostReviewEntity } from '../entities';
import { ApprovalsRepos, ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { memberActor } from './actors';
import { ElectionsService } from './elections.service';
import { assertNoSponsoredDuringReserve } from './electoral-reserve-guard';
import { memberPostActor, PostMoves } from './post-moves';
import { ReviewsService } from './reviews.service';
import { ReviewView, todayIn } from './review-view';
import { stepStanding } from './step-approvers';

/** A decision checked against its step, ready to record (see DecisionsService.applyDecision). */
export interface DecisionToApply {
  actor: PostActor;
  auditActor: AuditActor;
  action: DecisionInputDto['action'];
  step: number;
  comment?: string;
  seenContentHash?: string;
  completesStep: boolean;
  /** Who decided, as the decision row keeps it (an external approver has no membership). */
  decider: { membershipId: string | null; onBehalfOfMembershipId: string | null; name: string };
  /** Added to the audit line's details (a substitute's absent approver, an external link's id…). */
  details: Record<string, string | number | boolean | null>;
}

const ACTIONS = { approve: PostAction.Approve, request_changes: PostAction.RequestChanges, reject: PostAction.Reject } as const;

/**
 * An approver's decision at the current step. The review row is locked first: decisions on one post
 * run one after the other, so two approvers racing for a quorum of one cannot both complete it
 * (the second finds the step moved on: 409, or 412 with If-Match).
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly transactions: TransactionContext,
    private readonly moves: PostMoves,
    private readonly view: ReviewView,
    private readonly reviews: ReviewsService,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationsService,
    private readonly elections: ElectionsService,
    private readonly posts: PostsRepositories,
  ) {}

  async decide(scope: OrgScope, user: AuthenticatedUser, postId: string, body: DecisionInputDto, ifMatch?: number): Promise<ReviewDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.moves.lock(scope, postId);
      const review = await repos.reviews.lockByPost(postId);
      if (!review) throw AppError.notFound(ApprovalsErrorCode.ReviewNotFound, 'This post was never submitted for review');
      await assertVersion(ifMatch, review.version, () => this.view.toDto(scope, repos, post, review));
      if ((post.status === PostStatus.InReview || review.urgent) && review.currentStep !== body.step) {
        throw AppError.conflict(ApprovalsErrorCode.StepChanged, 'The review moved on since you loaded it', { currentStep: review.currentStep });
      }
      const step = review.steps[review.currentStep ?? 0];
      if (!step) throw AppError.conflict(ApprovalsErrorCode.TransitionNotAllowed, 'This post is not under review');
      const standing = await stepStanding(repos, step, post.authorMembershipId, todayIn(scope.timeZone));
      const me = scope.membershipId;
      const standsInFor = (standing.substitutes.get(me) ?? []).filter((absent) => absent !== me);
      const direct = standing.eligible.includes(me) || (me === post.authorMembershipId && standing.authorIsApprover);
      const earlier = await repos.decisions.forStep(postId, review.round, body.step);
      if (earlier.some((d) => d.membershipId === me)) throw AppError.conflict(ApprovalsErrorCode.AlreadyDecided, 'You already decided at this step');
      const covered = new Set(earlier.flatMap((d) => [d.membershipId, d.onBehalfOfMembershipId]));
      const onBehalfOf = direct ? null : (standsInFor.find((absent) => !covered.has(absent)) ?? standsInFor[0] ?? null);
      const approvals = [...earlier.filter((d) => d.kind === 'approve'), { membershipId: me, onBehalfOfMembershipId: onBehalfOf }];
      const completesStep = body.action !== 'approve' || quorumReached(step.quorum, standing.eligible, approvals.map((a) => ({ membershipId: a.membershipId ?? '', onBehalfOfMembershipId: a.onBehalfOfMembershipId })));
      const moved = await this.applyDecision(scope, repos, post, review, {
        actor: memberPostActor(scope, direct || onBehalfOf !== null),
        auditActor: memberActor(scope, user),
        action: body.action,
        step: body.step,
        comment: body.comment,
        seenContentHash: body.contentHash,
        completesStep,
        decider: { membershipId: me, onBehalfOfMembershipId: onBehalfOf, name: user.displayName },
        details: { onBehalfOf },
      });
      const saved = (await repos.reviews.findByPost(postId)) ?? review;
      const after = { ...post, status: moved };
      await this.tell(scope, repos, after, saved, body.action, user.id);
      return this.view.toDto(scope, repos, after, saved);
    });
  }

  /**
   * Records a decision the caller has already checked against the step, inside the caller's
   * transaction with the post and review rows locked: the state machine's move, the decision row,
   * the review's step, the post's status and the audit line. Members' decisions and external
   * approvers' links (external-review.service) both go through it.
   *
   * A post published through the urgent path is reviewed after the fact: the same rules (the state
   * machine's, as if it were under review), the same decision rows and audit lines, but the post
   * itself does not move — only the review's step does, and a request for changes or a rejection
   * closes the review on record.
   */
  async applyDecision(scope: OrgScope, repos: ApprovalsRepos, post: PostEntity, review: PostReviewEntity, decision: DecisionToApply): Promise<PostStatus> {
    this.transactions.requireActive('A decision');
    const step = review.steps[decision.step];
    if (decision.action === 'approve' && (await this.elections.inReserveAt(scope, post.plannedAt ?? new Date())).length > 0) {
      assertNoSponsoredDuringReserve(await this.posts.forOrg(scope).variants.forPost(post.id), true);
    }
    const afterTheFact = review.urgent && post.status !== PostStatus.InReview;
    const reviewed = afterTheFact ? { ...post, status: PostStatus.InReview } : post;
    const moved = this.moves.decide(reviewed, review, decision.actor, {
      action: ACTIONS[decision.action],
      comment: decision.comment,
      seenContentHash: decision.seenContentHash,
      completesStep: decision.completesStep,
    });
    const comment = decision.comment?.trim() || null;
    await repos.decisions.insert({
      postId: post.id,
      round: review.round,
      step: decision.step,
      kind: decision.action,
      membershipId: decision.decider.membershipId,
      onBehalfOfMembershipId: decision.decider.onBehalfOfMembershipId,
      deciderName: decision.decider.name.slice(0, 200),
      comment,
      contentHash: post.contentHash,
    });
    if (moved.status !== reviewed.status || moved.reviewStep !== review.currentStep) {
      await repos.reviews.update(review.id, {
        currentStep: moved.reviewStep,
        stepStartedAt: new Date(),
        // After the fact, the approved hash stays what went out.
        approvedContentHash: afterTheFact ? review.approvedContentHash : moved.status === PostStatus.Approved ? post.contentHash : null,
      });
    }
    const status = afterTheFact ? post.status : moved.status;
    await this.moves.setStatus(scope, post, status);
    await this.audit.record(scope, {
      actor: decision.auditActor,
      objectType: 'post',
      objectId: post.id,
      action: `post.${decision.action}`,
      justification: comment,
      contentHashAfter: post.contentHash,
      details: { round: review.round, step: decision.step, stepName: step?.name ?? null, completesStep: decision.completesStep, status, ...(afterTheFact ? { afterTheFact: true, verdict: moved.status } : {}), ...decision.details },
    });
    return status;
  }

  /** The next step's approvers when the post moves on; the author when it is sent back, rejected or approved. */
  private async tell(scope: OrgScope, repos: ApprovalsRepos, post: PostEntity, review: PostReviewEntity, action: DecisionInputDto['action'], actorUserId: string): Promise<void> {
    if (post.status === PostStatus.InReview || (review.urgent && review.currentStep !== null)) return this.reviews.askCurrentStep(scope, repos, post, review);
    const [author] = post.authorMembershipId ? await repos.directory.byIds([post.authorMembershipId]) : [];
    if (!author) return;
    const said = { approve: 'a été validée', request_changes: 'doit être modifiée', reject: 'a été refusée' }[action];
    await this.notifications.notify(scope, {
      userId: author.userId,
      kind: NotificationKind.PostDecided,
      title: `Votre publication « ${shortTitle(post.masterText)} » ${said}`,
      link: `/orgs/${scope.organizationId}/posts/${post.id}`,
      actorUserId,
    });
  }
}
