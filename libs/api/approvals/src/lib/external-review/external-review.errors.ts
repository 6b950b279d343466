import { defineErrorCodes } from '@parvis/api/core';

/** The external approver's links: sending them, and the public page reached through them. */
export const ExternalReviewErrorCode = defineErrorCodes('approvals', {
  /** No link has this id (organisation routes) or this token (public routes). */
  LinkNotFound: 'EXTERNAL_REVIEW_LINK_NOT_FOUND',
  /** The token's signature does not match its link (edited, forged, or signed with another key). */
  SignatureInvalid: 'EXTERNAL_REVIEW_SIGNATURE_INVALID',
  /** 410: the link's expiry passed. */
  Expired: 'EXTERNAL_REVIEW_EXPIRED',
  /** 410: a decision was already made through this link (single use). */
  AlreadyUsed: 'EXTERNAL_REVIEW_USED',
  /** 410: the editor revoked the link. */
  Revoked: 'EXTERNAL_REVIEW_REVOKED',
  /** 410: the post was edited after the link was sent (its content hash changed). */
  Voided: 'EXTERNAL_REVIEW_VOIDED',
  /** 410: the review moved on (decided, withdrawn, another round): the link's step no longer waits. */
  Closed: 'EXTERNAL_REVIEW_CLOSED',
  /** Links are sent only while the post is in review at an external step. */
  NotExternalStep: 'EXTERNAL_REVIEW_NOT_EXTERNAL_STEP',
  /** At most this many links per post and round. */
  TooManyLinks: 'EXTERNAL_REVIEW_TOO_MANY_LINKS',
  /** The media is not one of the post's. */
  MediaNotFound: 'EXTERNAL_REVIEW_MEDIA_NOT_FOUND',
});

export type ExternalReviewErrorCode = (typeof ExternalReviewErrorCode)[keyof typeof ExternalReviewErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    externalReview: typeof ExternalReviewErrorCode;
  }
}
