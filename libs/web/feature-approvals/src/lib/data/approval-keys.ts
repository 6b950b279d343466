import { postKeys } from '@parvis/web/feature-composer/calendar';

export { approvalKeys } from '@parvis/web/data-access';

/** A post's review and timeline, under the post (cleared with it). */
export const reviewKeys = {
  review: (orgId: string, postId: string) => [...postKeys.detail(orgId, postId), 'review'] as const,
  timeline: (orgId: string, postId: string) => [...postKeys.detail(orgId, postId), 'timeline'] as const,
};
