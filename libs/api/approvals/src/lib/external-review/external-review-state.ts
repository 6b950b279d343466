import { HttpStatus } from '@nestjs/common';
import { AppError } from '@parvis/api/core';
import type { PostEntity } from '@parvis/api/posts';
import { PostStatus } from '@parvis/shared/domain';
import type { PostReviewEntity } from '../entities';
import type { ExternalLinkState, ExternalReviewLinkDto } from './external-review.dto';
import type { ExternalReviewLinkEntity } from './external-review-link.entity';
import { ExternalReviewErrorCode } from './external-review.errors';

/** Why a link no longer opens (null: it does). Revoked and used win over the rest; then an edit; then the step; then the date. */
export function linkRefusal(link: ExternalReviewLinkEntity, post: PostEntity, review: PostReviewEntity | null, now: Date): AppError | null {
  const gone = (code: ExternalReviewErrorCode, message: string) => new AppError(code, message, HttpStatus.GONE);
  if (link.revokedAt) return gone(ExternalReviewErrorCode.Revoked, 'This link was revoked by the organisation');
  if (link.usedAt) return gone(ExternalReviewErrorCode.AlreadyUsed, 'A decision was already made through this link');
  if (post.contentHash !== link.contentHash) return gone(ExternalReviewErrorCode.Voided, 'The post was edited after this link was sent: ask for a new link');
  if (post.status !== PostStatus.InReview || !review || review.round !== link.round || review.currentStep !== link.step) {
    return gone(ExternalReviewErrorCode.Closed, 'This review no longer waits for a decision through this link');
  }
  if (link.expiresAt.getTime() <= now.getTime()) return gone(ExternalReviewErrorCode.Expired, 'This link has expired: ask for a new one');
  return null;
}

const STATE_OF: Partial<Record<ExternalReviewErrorCode, ExternalLinkState>> = {
  [ExternalReviewErrorCode.Revoked]: 'revoked',
  [ExternalReviewErrorCode.AlreadyUsed]: 'used',
  [ExternalReviewErrorCode.Expired]: 'expired',
};

export function linkState(link: ExternalReviewLinkEntity, post: PostEntity, review: PostReviewEntity | null, now: Date): ExternalLinkState {
  const refusal = linkRefusal(link, post, review, now);
  if (!refusal) return 'sent';
  return STATE_OF[refusal.code as ExternalReviewErrorCode] ?? 'voided';
}

export function linkToDto(link: ExternalReviewLinkEntity, state: ExternalLinkState): ExternalReviewLinkDto {
  return {
    id: link.id,
    version: link.version,
    name: link.name,
    email: link.email,
    expiresAt: link.expiresAt.toISOString(),
    state,
    createdAt: link.createdAt.toISOString(),
    round: link.round,
    step: link.step,
    decision: link.decision,
    usedAt: link.usedAt?.toISOString() ?? null,
    deciderName: link.deciderName,
  };
}
