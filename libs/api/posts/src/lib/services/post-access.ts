import { AppError, OrgScope } from '@parvis/api/core';
import { can, POST_RULES, PostAction, PostStatus } from '@parvis/shared/domain';
import type { PostEntity } from '../entities';
import type { PostsRepos } from '../repositories/posts-repositories';
import { PostsErrorCode } from './posts.errors';

/**
 * Statuses the composer edits: the state machine's edit move (an edit under review or after an
 * approval sends the post back to the first step: approvals' PostContentEvents listener does it).
 */
export const EDITABLE_STATUSES: readonly PostStatus[] = POST_RULES[PostAction.Edit].from;

/**
 * Editors (and readers: approvers, viewers) see every post; a contributor sees the posts they wrote
 * and those answering a brief assigned to them, nothing else (another post is "not found").
 */
export function seesEveryPost(scope: OrgScope): boolean {
  return can(scope.role, 'planning.edit') || !can(scope.role, 'post.draft');
}

export async function assertVisible(scope: OrgScope, repos: PostsRepos, postId: string): Promise<void> {
  if (seesEveryPost(scope)) return;
  if (!(await repos.posts.isVisibleTo(postId, scope.membershipId))) throw AppError.notFound(PostsErrorCode.PostNotFound, 'Post not found');
}

/** The caller may change this post now: theirs (or an editor's call), and still being written. */
export async function assertEditable(scope: OrgScope, repos: PostsRepos, post: PostEntity): Promise<void> {
  if (!can(scope.role, 'planning.edit') && !(await repos.posts.isVisibleTo(post.id, scope.membershipId))) {
    throw AppError.forbidden(PostsErrorCode.PostNotYours, 'Only its author, the assignee of its brief or an editor may change this post');
  }
  if (!EDITABLE_STATUSES.includes(post.status)) {
    throw AppError.conflict(PostsErrorCode.PostNotEditable, `A post in status ${post.status} is not edited in the composer`);
  }
}
