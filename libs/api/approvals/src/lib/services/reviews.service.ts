import { HttpStatus, Inject, Injectable, Optional } from '@nestjs/common';
import { AppError, assertVersion, AuditActor, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { POST_PUBLICATIONS, PostEntity, PostsService, SubmissionService, type PostPublicationsPort } from '@parvis/api/posts';
import { missingNeutralityCriteria, PostAction, PostStatus, Role, routePost, shortTitle, type Network } from '@parvis/shared/domain';
import type { ReviewDto, SubmitPostDto, UrgentPublicationDto, WithdrawPostDto } from '../dto/review.dto';
import type { PostReviewEntity } from '../entities';
import { ApprovalsRepos, ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { memberActor } from './actors';
import { CircuitsService, toDefinition } from './circuits.service';
import { ElectionsService, reserveStep } from './elections.service';
import { assertNoSponsoredDuringReserve } from './electoral-reserve-guard';
import { memberPostActor, PostMoves } from './post-moves';
import { ReviewView, todayIn } from './review-view';
import { membersToAsk, stepStanding } from './step-approvers';

/** What the composer tells approvals after a save (PostsService calls it in the save's transaction). */
export interface PostContentChange {
  postId: string;
  previousHash: string;
  newHash: string;
  actor: AuditActor;
}

/** Submission, withdrawal, the urgent path, and what an edit does to a review. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly transactions: TransactionContext,
    private readonly moves: PostMoves,
    private readonly view: ReviewView,
    private readonly circuits: CircuitsService,
    private readonly elections: ElectionsService,
    private readonly submission: SubmissionService,
    private readonly postsService: PostsService,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationsService,
    @Optional() @Inject(POST_PUBLICATIONS) private readonly publications?: PostPublicationsPort,
  ) {}

  /**
   * Routes the post by the circuits in force now (their steps are copied onto the review) and puts
   * it at the first step. During a réserve électorale: the neutrality checklist, no sponsored
   * option, and each election's extra step.
   */
  async submit(scope: OrgScope, user: AuthenticatedUser, postId: string, body: SubmitPostDto, ifMatch?: number): Promise<ReviewDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.moves.lock(scope, postId);
      await assertVersion(ifMatch, post.version, () => this.postsService.get(scope, postId));
      const existing = await repos.reviews.lockByPost(postId);
      const moved = this.moves.decide(post, existing, memberPostActor(scope, false), { action: PostAction.Submit });
      await this.submission.assertReady(scope, postId);
      const dto = await this.postsService.get(scope, postId);
      const reserve = await this.elections.inReserveAt(scope, post.plannedAt ?? new Date());
      const neutrality = body.neutrality ?? {};
      if (reserve.length > 0) {
        const missing = missingNeutralityCriteria(neutrality);
        if (missing.length > 0) {
          throw new AppError(ApprovalsErrorCode.NeutralityChecklistIncomplete, `During the réserve électorale confirm: ${missing.join(', ')}`, HttpStatus.BAD_REQUEST, [
            { field: 'neutrality', messages: missing.map((m) => `neutrality.${m} must be confirmed`) },
          ]);
        }
      }
      assertNoSponsoredDuringReserve(dto.variants, reserve.length > 0);
      const routing = routePost((await this.circuits.definitions(scope)).map(toDefinition), {
        themeId: dto.themeId,
        networks: [...new Set(dto.variants.map((v) => v.network as Network))],
        channelIds: dto.variants.map((v) => v.channelId),
        sensitive: body.sensitive ?? false,
        inElectoralReserve: reserve.length > 0,
      });
      const fields = {
        circuitName: routing.circuitName.slice(0, 300),
        steps: [...routing.steps, ...reserve.map(reserveStep)],
        currentStep: moved.reviewStep,
        stepStartedAt: new Date(),
        approvedContentHash: null,
        sensitive: body.sensitive ?? false,
        urgent: false,
        neutrality,
      };
      const review = await this.startRound(repos, postId, existing, fields);
      await this.moves.setStatus(scope, post, moved.status);
      await this.audit.record(scope, {
        actor: memberActor(scope, user),
        objectType: 'post',
        objectId: postId,
        action: 'post.submit',
        contentHashAfter: post.contentHash,
        details: { circuit: review.circuitName, steps: review.steps.length, round: review.round, electoralReserve: reserve.map((e) => e.id), sensitive: review.sensitive },
      });
      await this.askCurrentStep(scope, repos, post, review);
      return this.view.toDto(scope, repos, { ...post, status: moved.status }, review);
    });
  }

  async withdraw(scope: OrgScope, user: AuthenticatedUser, postId: string, body: WithdrawPostDto, ifMatch?: number): Promise<ReviewDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.moves.lock(scope, postId);
      await assertVersion(ifMatch, post.version, () => this.postsService.get(scope, postId));
      const review = await repos.reviews.lockByPost(postId);
      const moved = this.moves.decide(post, review, memberPostActor(scope, false), { action: PostAction.Withdraw });
      if (!review) throw AppError.notFound(ApprovalsErrorCode.ReviewNotFound, 'This post was never submitted for review');
      await repos.reviews.update(review.id, { currentStep: null, approvedContentHash: null });
      await this.moves.setStatus(scope, post, moved.status);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'post', objectId: postId, action: 'post.withdraw', justification: body.comment ?? null, contentHashAfter: post.contentHash });
      return this.view.toDto(scope, repos, { ...post, status: moved.status }, await this.reload(repos, postId));
    });
  }

  /**
   * Admin or editor, with a written justification: the post goes to publishing at once (the
   * scheduler sends it) and is routed for review afterwards; the audit log marks it urgent.
   */
  async publishUrgently(scope: OrgScope, user: AuthenticatedUser, postId: string, body: UrgentPublicationDto, ifMatch?: number): Promise<ReviewDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.moves.lock(scope, postId);
      await assertVersion(ifMatch, post.version, () => this.postsService.get(scope, postId));
      const existing = await repos.reviews.lockByPost(postId);
      const moved = this.moves.decide(post, existing, memberPostActor(scope, false), { action: PostAction.PublishNowUrgent, justification: body.justification });
      const routing = routePost((await this.circuits.definitions(scope)).map(toDefinition), { themeId: post.themeId, networks: [], channelIds: [], sensitive: false, inElectoralReserve: false });
      // Reviewed afterwards: the circuit's steps wait on the review, the content it binds to is what went out.
      const fields = { urgent: true, approvedContentHash: post.contentHash, circuitName: routing.circuitName, steps: routing.steps, currentStep: 0, stepStartedAt: new Date() };
      const review = await this.startRound(repos, postId, existing, fields);
      await this.moves.setStatus(scope, post, moved.status);
      // Due now: the next tick sends it (unless paused). An instance without publishing only records the move.
      await this.publications?.ensureFor(scope, postId, new Date());
      await this.audit.record(scope, {
        actor: memberActor(scope, user),
        objectType: 'post',
        objectId: postId,
        action: 'post.publish_urgent',
        justification: body.justification.trim(),
        contentHashAfter: post.contentHash,
        details: { urgent: true, from: post.status },
      });
      await this.askCurrentStep(scope, repos, post, review);
      return this.view.toDto(scope, repos, { ...post, status: moved.status }, review);
    });
  }

  /**
   * Called by the composer inside its save: every content change is logged (before/after hash);
   * an edit under review or after an approval voids the approvals and starts again at step 1
   * (a new round); a withdrawn or missed post edited becomes a draft again.
   */
  async onPostContentChanged(scope: OrgScope, post: PostEntity, change: PostContentChange): Promise<void> {
    this.transactions.requireActive('A post content change');
    if (change.previousHash !== change.newHash) {
      await this.audit.record(scope, { actor: change.actor, objectType: 'post', objectId: post.id, action: 'post.edit', contentHashBefore: change.previousHash, contentHashAfter: change.newHash });
    }
    const resets = [PostStatus.InReview, PostStatus.Approved, PostStatus.Scheduled].includes(post.status);
    if (resets && change.previousHash === change.newHash) return;
    if (post.status === PostStatus.Withdrawn || post.status === PostStatus.Missed) return this.moves.setStatus(scope, post, PostStatus.Draft);
    if (!resets) return;
    const repos = this.repositories.forOrg(scope);
    const review = await repos.reviews.lockByPost(post.id);
    if (!review) return;
    await repos.reviews.update(review.id, { round: review.round + 1, currentStep: 0, stepStartedAt: new Date(), approvedContentHash: null });
    // A scheduled post edited leaves the queue: what was never attempted goes (attempted rows stay held).
    if (post.status === PostStatus.Scheduled && this.publications) await this.publications.cancelNotStarted(scope, post.id);
    await this.moves.setStatus(scope, post, PostStatus.InReview);
    await this.audit.record(scope, {
      actor: change.actor,
      objectType: 'post',
      objectId: post.id,
      action: 'post.review_reset',
      contentHashBefore: change.previousHash,
      contentHashAfter: change.newHash,
      details: { from: post.status, fromStep: review.currentStep, round: review.round + 1 },
    });
    await this.askCurrentStep(scope, repos, post, await this.reload(repos, post.id));
  }

  /** Tells the current step's approvers (or their substitutes) that the post waits for them. */
  async askCurrentStep(scope: OrgScope, repos: ApprovalsRepos, post: PostEntity, review: PostReviewEntity): Promise<void> {
    const step = review.currentStep === null ? undefined : review.steps[review.currentStep];
    if (!step) return;
    const standing = await stepStanding(repos, step, post.authorMembershipId, todayIn(scope.timeZone));
    // An external step is decided through the links an editor sends (external-review): the editors are asked to send one.
    const external = step.approvers.kind === 'external';
    const waits = external ? 'attend l’envoi d’un lien de validation externe' : 'attend votre validation';
    const title = `« ${shortTitle(post.masterText)} » ${waits} (${step.name})`;
    for (const member of external ? await repos.directory.withRoles([Role.Editor]) : await membersToAsk(repos, standing)) {
      await this.notifications.notify(scope, { userId: member.userId, kind: NotificationKind.PostReviewRequested, title, link: `/orgs/${scope.organizationId}/posts/${post.id}`, actorUserId: null });
    }
  }

  /** A first review, or a new round of the existing one (earlier decisions stay, for the record, and no longer count). */
  private async startRound(repos: ApprovalsRepos, postId: string, existing: PostReviewEntity | null, fields: Partial<PostReviewEntity>): Promise<PostReviewEntity> {
    if (!existing) return repos.reviews.insert({ ...fields, postId, round: 1 });
    await repos.reviews.update(existing.id, { ...fields, round: existing.round + 1 });
    return this.reload(repos, postId);
  }

  private async reload(repos: ApprovalsRepos, postId: string): Promise<PostReviewEntity> {
    const review = await repos.reviews.findByPost(postId);
    if (!review) throw AppError.notFound(ApprovalsErrorCode.ReviewNotFound, 'Review not found');
    return review;
  }
}
