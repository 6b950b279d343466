import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig, assertVersion, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { MailOutbox } from '@parvis/api/notifications';
import { PostsRepositories, PostsService } from '@parvis/api/posts';
import { PostStatus } from '@parvis/shared/domain';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { memberActor } from '../services/actors';
import { PostMoves } from '../services/post-moves';
import type { CreateExternalReviewDto, ExternalReviewLinkDto, ExternalReviewLinkListDto } from './external-review.dto';
import { ExternalReviewErrorCode } from './external-review.errors';
import type { ExternalReviewLinkEntity } from './external-review-link.entity';
import { ExternalReviewLookup } from './external-review.repository';
import { invitationMail } from './external-review-mail';
import { linkState, linkToDto } from './external-review-state';
import { ExternalReviewTokens, type LinkBinding } from './external-review-tokens';

/** Links per post and round: enough for a cabinet, not a mailing list. */
export const MAX_LINKS_PER_ROUND = 20;
const LIST_LIMIT = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export const bindingOf = (link: ExternalReviewLinkEntity): LinkBinding => ({
  linkId: link.id,
  organizationId: link.organizationId,
  postId: link.postId,
  contentHash: link.contentHash,
  round: link.round,
  step: link.step,
  expiresAt: link.expiresAt,
});

/**
 * The editor's side of external approval: send a link (e-mailed through the outbox, and its URL
 * returned once so it can be copied), list a post's links, revoke one.
 */
@Injectable()
export class ExternalReviewService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly lookup: ExternalReviewLookup,
    private readonly tokens: ExternalReviewTokens,
    private readonly transactions: TransactionContext,
    private readonly moves: PostMoves,
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
    private readonly audit: AuditLog,
    private readonly mail: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Only while the post is in review at an external step; the link binds to its content now. */
  async create(scope: OrgScope, user: AuthenticatedUser, postId: string, body: CreateExternalReviewDto): Promise<ExternalReviewLinkDto> {
    return this.transactions.run(async () => {
      const post = await this.moves.lock(scope, postId);
      const review = await this.repositories.forOrg(scope).reviews.lockByPost(postId);
      const step = review?.currentStep === null || review?.currentStep === undefined ? undefined : review.steps[review.currentStep];
      if (post.status !== PostStatus.InReview || !review || review.currentStep === null || step?.approvers.kind !== 'external') {
        throw AppError.conflict(ExternalReviewErrorCode.NotExternalStep, 'Links are sent while the post is in review at an external step of its circuit');
      }
      const links = this.lookup.forOrg(scope);
      if ((await links.countForRound(postId, review.round)) >= MAX_LINKS_PER_ROUND) {
        throw AppError.conflict(ExternalReviewErrorCode.TooManyLinks, `At most ${MAX_LINKS_PER_ROUND} links per post and round`);
      }
      const { nonce, lookupHash } = this.tokens.mint();
      const name = body.name.trim();
      const email = body.email.trim().toLowerCase();
      const link = await links.insert({
        postId,
        lookupHash,
        round: review.round,
        step: review.currentStep,
        contentHash: post.contentHash,
        name,
        email,
        expiresAt: new Date(Date.now() + (body.expiresInDays ?? 7) * DAY_MS),
        createdByMembershipId: scope.membershipId,
      });
      const url = `${this.config.publicUrl}/validation-externe/${this.tokens.token(nonce, bindingOf(link))}`;
      const organizationName = await this.lookup.organizationName(scope);
      await this.mail.enqueue(scope, { to: email, toName: name, ...invitationMail({ organizationName, senderName: user.displayName, name, masterText: post.masterText, url, expiresAt: link.expiresAt, timeZone: scope.timeZone }) });
      await this.audit.record(scope, {
        actor: memberActor(scope, user),
        objectType: 'post',
        objectId: postId,
        action: 'post.external_review_sent',
        contentHashAfter: post.contentHash,
        details: { linkId: link.id, externalName: name, externalEmail: email, round: review.round, step: review.currentStep, stepName: step.name, expiresAt: link.expiresAt.toISOString() },
      });
      return { ...linkToDto(link, 'sent'), url, mailed: this.mail.enabled };
    });
  }

  /** The post's links, newest first, each with its state now. */
  async list(scope: OrgScope, postId: string): Promise<ExternalReviewLinkListDto> {
    await this.postsService.get(scope, postId);
    const { post, review } = await this.current(scope, postId);
    const now = new Date();
    const links = await this.lookup.forOrg(scope).forPost(postId, LIST_LIMIT);
    return { items: links.map((link) => linkToDto(link, linkState(link, post, review, now))) };
  }

  /** The link stops working at once (a used link stays used: its decision is a record). */
  async revoke(scope: OrgScope, user: AuthenticatedUser, postId: string, linkId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const post = await this.moves.lock(scope, postId);
      const links = this.lookup.forOrg(scope);
      const link = await links.forPostAndId(postId, linkId);
      if (!link) throw AppError.notFound(ExternalReviewErrorCode.LinkNotFound, 'External review link not found');
      const review = await this.repositories.forOrg(scope).reviews.findByPost(postId);
      await assertVersion(ifMatch, link.version, async () => linkToDto(link, linkState(link, post, review, new Date())));
      if (link.usedAt) throw AppError.conflict(ExternalReviewErrorCode.AlreadyUsed, 'A decision was already made through this link: it stays on record');
      if (link.revokedAt) return;
      await links.update(link.id, { revokedAt: new Date() });
      await this.audit.record(scope, {
        actor: memberActor(scope, user),
        objectType: 'post',
        objectId: postId,
        action: 'post.external_review_revoked',
        details: { linkId: link.id, externalName: link.name, externalEmail: link.email },
      });
    });
  }

  private async current(scope: OrgScope, postId: string) {
    const post = await this.posts.forOrg(scope).posts.findById(postId);
    if (!post) throw new Error(`Post ${postId} is readable but could not be read`);
    return { post, review: await this.repositories.forOrg(scope).reviews.findByPost(postId) };
  }
}
