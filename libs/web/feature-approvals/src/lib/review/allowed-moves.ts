import type { Membership } from '@parvis/web/data-access';
import type { Post } from '@parvis/web/feature-composer';
import { allowedPostActions, isPostStatus, isRole, PostAction, type PostSnapshot, type Requirement } from '@parvis/shared/domain';
import type { Review } from '../data/approval-types';

/**
 * The moves the shared state machine allows this member on this post now (the API re-checks each).
 * Members are identified by membership on both sides: the post names its author's membership.
 */
export type AllowedMoves = ReadonlyMap<PostAction, readonly Requirement[]>;

export function allowedMoves(post: Post, review: Review | undefined, membership: Membership | undefined): AllowedMoves {
  if (!membership || !isPostStatus(post.status) || !isRole(membership.role)) return new Map();
  const snapshot: PostSnapshot = {
    status: post.status,
    reviewStep: review?.currentStep ?? null,
    stepCount: Math.max(review?.steps.length ?? 1, 1),
    authorId: post.author.membershipId ?? '',
    contentHash: post.contentHash,
    approvedContentHash: review?.approvedContentHash ?? null,
  };
  const actor = { kind: 'member', userId: membership.membershipId, role: membership.role, stepApprover: review?.callerMayDecide ?? false } as const;
  return new Map(allowedPostActions(snapshot, actor).map((allowed) => [allowed.action, allowed.requires]));
}

export { PostAction };
