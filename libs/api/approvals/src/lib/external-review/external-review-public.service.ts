import { Injectable } from '@nestjs/common';
import { AppError, OrgScope, TransactionContext } from '@parvis/api/core';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { MediaService, PostEntity, PostsRepositories, PostsService } from '@parvis/api/posts';
import { PostStatus, quorumReached, Role, shortTitle } from '@parvis/shared/domain';
import type { PostReviewEntity } from '../entities';
import { ApprovalsRepos, ApprovalsRepositories } from '../repositories/approvals-repositories';
import { DecisionsService } from '../services/decisions.service';
import { PostMoves } from '../services/post-moves';
import { ReviewsService } from '../services/reviews.service';
import type { ExternalDecisionDto, ExternalDecisionResultDto, ExternalReviewPageDto, ExternalVariantDto } from './external-review.dto';
import { ExternalReviewErrorCode } from './external-review.errors';
import type { ExternalReviewLinkEntity } from './external-review-link.entity';
import { ExternalReviewLookup, type LinkLocation } from './external-review.repository';
import { bindingOf } from './external-review.service';
import { linkRefusal } from './external-review-state';
import { ExternalReviewTokens } from './external-review-tokens';

interface Opened {
  scope: OrgScope;
  location: LinkLocation;
  link: ExternalReviewLinkEntity;
}

/** The link acts for the organisation without a member: the system's scope (as the jobs use). */
const scopeOf = (location: LinkLocation): OrgScope => ({ organizationId: location.organizationId, membershipId: '', role: Role.Admin, timeZone: location.timeZone, contentVersion: '' });

const SAID = { approve: 'a validé', request_changes: 'demande des modifications sur' } as const;

/**
 * The public side: what the person sees through their link (the post's previews and nothing else
 * of the organisation), its media, and their decision — recorded through the members' decision path
 * (post and review rows locked, same quorum rules, same audit line) with the name, e-mail, link id
 * and client address given.
 */
@Injectable()
export class ExternalReviewPublicService {
  constructor(
    private readonly lookup: ExternalReviewLookup,
    private readonly tokens: ExternalReviewTokens,
    private readonly transactions: TransactionContext,
    private readonly repositories: ApprovalsRepositories,
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
    private readonly media: MediaService,
    private readonly moves: PostMoves,
    private readonly decisions: DecisionsService,
    private readonly reviews: ReviewsService,
    private readonly notifications: NotificationsService,
  ) {}

  async page(token: string): Promise<ExternalReviewPageDto> {
    const { scope, location, link } = await this.open(token);
    const { review } = await this.openable(scope, link);
    const post = await this.postsService.get(scope, link.postId);
    const kinds = new Map<string, 'image' | 'video'>();
    for (const id of new Set(post.variants.flatMap((v) => v.media.map((m) => m.mediaId)))) kinds.set(id, (await this.media.get(scope, id)).kind);
    const variants: ExternalVariantDto[] = post.variants.map((v) => ({
      network: v.network,
      channelName: v.channelName,
      text: v.publishedTextPreview,
      threadParts: v.threadParts,
      link: v.link,
      contentWarning: v.options.spoilerText?.trim() || null,
      media: v.media.map((m) => ({ mediaId: m.mediaId, kind: kinds.get(m.mediaId) ?? 'image', altText: m.altText, url: `/api/external-reviews/${token}/media/${m.mediaId}` })),
    }));
    return {
      organizationName: location.organizationName,
      timeZone: location.timeZone,
      stepName: review.steps[link.step]?.name ?? '',
      plannedAt: post.plannedAt,
      expiresAt: link.expiresAt.toISOString(),
      variants,
    };
  }

  /** A media file of the post (only of this post), while the link opens. */
  async mediaFile(token: string, mediaId: string): Promise<{ bytes: Buffer; mime: string }> {
    const { scope, link } = await this.open(token);
    await this.openable(scope, link);
    const post = await this.postsService.get(scope, link.postId);
    if (!post.variants.some((v) => v.media.some((m) => m.mediaId === mediaId))) throw AppError.notFound(ExternalReviewErrorCode.MediaNotFound, 'This media is not part of the post');
    return this.media.file(scope, mediaId);
  }

  async decide(token: string, body: ExternalDecisionDto, clientAddress: string): Promise<ExternalDecisionResultDto> {
    return this.transactions.run(async () => {
      const { scope, link: found } = await this.open(token);
      // The members' lock order: post, review, then the link (a second use waits here, then finds it used).
      const post = await this.moves.lock(scope, found.postId);
      const repos = this.repositories.forOrg(scope);
      const review = await repos.reviews.lockByPost(post.id);
      const links = this.lookup.forOrg(scope);
      const link = (await links.lockById(found.id)) ?? found;
      const now = new Date();
      const refusal = linkRefusal(link, post, review, now);
      if (refusal || !review) throw refusal ?? new Error('unreachable: a link that opens has a review');
      const completesStep = body.action !== 'approve' || (await this.quorumWith(links, review, link, now));
      const name = body.name.trim();
      const email = body.email.trim().toLowerCase();
      const label = `${name} (externe)`;
      const status = await this.decisions.applyDecision(scope, repos, post, review, {
        actor: { kind: 'external', stepApprover: true },
        auditActor: { membershipId: null, userId: null, label },
        action: body.action,
        step: link.step,
        comment: body.comment,
        seenContentHash: link.contentHash,
        completesStep,
        decider: { membershipId: null, onBehalfOfMembershipId: null, name: label },
        details: { external: true, linkId: link.id, externalName: name, externalEmail: email },
      });
      await links.update(link.id, { usedAt: now, decision: body.action, deciderName: name, deciderEmail: email, deciderAddress: clientAddress.slice(0, 64) });
      await this.tell(scope, repos, { ...post, status }, name, body.action);
      return { decision: body.action, decidedAt: now.toISOString() };
    });
  }

  /** The step's quorum over its links: each live link is one approver; this approval counts. */
  private async quorumWith(links: ReturnType<ExternalReviewLookup['forOrg']>, review: PostReviewEntity, link: ExternalReviewLinkEntity, now: Date): Promise<boolean> {
    const step = review.steps[link.step];
    if (!step) return true;
    const siblings = await links.forStep(link.postId, link.round, link.step);
    const eligible = siblings.filter((l) => !l.revokedAt && (l.usedAt !== null || l.expiresAt > now)).map((l) => l.id);
    const approvals = [...siblings.filter((l) => l.decision === 'approve' && l.id !== link.id).map((l) => l.id), link.id];
    return quorumReached(step.quorum, eligible, approvals.map((id) => ({ membershipId: id, onBehalfOfMembershipId: null })));
  }

  /** The author and the editors hear of it; the next step's approvers are asked when the post moves on. */
  private async tell(scope: OrgScope, repos: ApprovalsRepos, post: PostEntity, name: string, action: ExternalDecisionDto['action']): Promise<void> {
    const author = post.authorMembershipId ? await repos.directory.byIds([post.authorMembershipId]) : [];
    const editors = await repos.directory.withRoles([Role.Editor]);
    const title = `${name} (externe) ${SAID[action]} « ${shortTitle(post.masterText)} »`;
    for (const userId of new Set([...author, ...editors].map((m) => m.userId))) {
      await this.notifications.notify(scope, { userId, kind: NotificationKind.ExternalReviewDecided, title, link: `/orgs/${scope.organizationId}/posts/${post.id}`, actorUserId: null });
    }
    const review = await repos.reviews.findByPost(post.id);
    if (post.status === PostStatus.InReview && review) await this.reviews.askCurrentStep(scope, repos, post, review);
  }

  /** The token's link, its signature checked against the row (an edited or forged token: 404). */
  private async open(token: string): Promise<Opened> {
    const parsed = this.tokens.parse(token);
    const location = parsed ? await this.lookup.locate(parsed.lookupHash) : null;
    if (!parsed || !location) throw AppError.notFound(ExternalReviewErrorCode.LinkNotFound, 'This link does not exist');
    const scope = scopeOf(location);
    const link = await this.lookup.forOrg(scope).findById(location.linkId);
    if (!link) throw AppError.notFound(ExternalReviewErrorCode.LinkNotFound, 'This link does not exist');
    if (!this.tokens.verifies(parsed, bindingOf(link))) throw AppError.notFound(ExternalReviewErrorCode.SignatureInvalid, 'This link is not valid: its signature does not match');
    return { scope, location, link };
  }

  /** The link still opens: not revoked, not used, the post unchanged and still waiting at its step, not expired. */
  private async openable(scope: OrgScope, link: ExternalReviewLinkEntity): Promise<{ post: PostEntity; review: PostReviewEntity }> {
    const post = await this.posts.forOrg(scope).posts.findById(link.postId);
    const review = await this.repositories.forOrg(scope).reviews.findByPost(link.postId);
    if (!post) throw AppError.notFound(ExternalReviewErrorCode.LinkNotFound, 'This link does not exist');
    const refusal = linkRefusal(link, post, review, new Date());
    if (refusal || !review) throw refusal ?? new Error('unreachable: a link that opens has a review');
    return { post, review };
  }
}
