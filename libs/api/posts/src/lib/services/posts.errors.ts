import { defineErrorCodes } from '@parvis/api/core';

/** The posts module's closed set of error codes (composer, media library, link previews). */
export const PostsErrorCode = defineErrorCodes('posts', {
  PostNotFound: 'POST_NOT_FOUND',
  PostVersionNotFound: 'POST_VERSION_NOT_FOUND',
  /** Only drafts and posts sent back for changes are edited here (approvals move the others). */
  PostNotEditable: 'POST_NOT_EDITABLE',
  /** Only a draft may be deleted. */
  PostNotDraft: 'POST_NOT_DRAFT',
  /** A contributor changed a post that is neither theirs nor from a brief assigned to them. */
  PostNotYours: 'POST_NOT_YOURS',
  /** A contributor wrote from a brief that is not assigned to them. */
  BriefNotAssigned: 'POST_BRIEF_NOT_ASSIGNED',
  /** An error-severity rule is broken: details.violations lists each, with its channel. */
  PostRulesViolated: 'POST_RULES_VIOLATED',
  MediaNotFound: 'MEDIA_NOT_FOUND',
  MediaInUse: 'MEDIA_IN_USE',
  /** The bytes are not an image or video we accept (whatever the name or header say), or are damaged. */
  MediaTypeRefused: 'MEDIA_TYPE_REFUSED',
  MediaQuotaExceeded: 'MEDIA_QUOTA_EXCEEDED',
  LinkPreviewRefused: 'LINK_PREVIEW_REFUSED',
  LinkPreviewFailed: 'LINK_PREVIEW_FAILED',
});

export type PostsErrorCode = (typeof PostsErrorCode)[keyof typeof PostsErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    posts: typeof PostsErrorCode;
  }
}
