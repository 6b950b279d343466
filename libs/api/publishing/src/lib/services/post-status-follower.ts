import { Injectable, Logger } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import { MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { PostsRepositories, PostsService } from '@parvis/api/posts';
import { decidePostTransition, PostAction, PostStatus } from '@parvis/shared/domain';
import { PublicationState } from '../entities';
import { PublishingRepositories } from '../repositories/publishing-repositories';

/** The system action the post's publications call for now, if any (each variant keeps its own state). */
export function followingAction(status: PostStatus, states: PublicationState[]): PostAction | null {
  if (states.length === 0) return null;
  if (status === PostStatus.Scheduled) return states.some((state) => state !== PublicationState.Pending) ? PostAction.StartPublishing : null;
  if (status !== PostStatus.Publishing) return null;
  if (states.includes(PublicationState.Failed)) return PostAction.RecordFailed;
  if (states.includes(PublicationState.UnknownOutcome)) return PostAction.RecordUnknown;
  return states.every((state) => state === PublicationState.Published) ? PostAction.RecordPublished : null;
}

/**
 * The post's status follows its publications through the state machine's system actions: the first
 * one started → publishing; all published → published; one failed for good → failed; one whose
 * outcome cannot be known → unknown_outcome. Runs inside the caller's transaction (the claim's, or
 * the one recording an outcome), with the post row locked.
 */
@Injectable()
export class PostStatusFollower {
  private readonly logger = new Logger('PostStatusFollower');

  constructor(
    private readonly posts: PostsRepositories,
    private readonly postsService: PostsService,
    private readonly repositories: PublishingRepositories,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
  ) {}

  async follow(scope: OrgBound, postId: string): Promise<void> {
    const posts = this.posts.forOrg(scope).posts;
    const post = await posts.lockById(postId);
    if (!post) return;
    const states = (await this.repositories.forOrg(scope).publications.forPost(postId)).map((row) => row.state);
    let status = post.status;
    // At most two moves: scheduled → publishing → published/failed when one tick did it all.
    for (let move = 0; move < 2; move++) {
      const action = followingAction(status, states);
      if (!action) break;
      // A scheduled or publishing post's content is its approved content: any edit sent it back to review.
      const snapshot = { status, reviewStep: null, stepCount: 1, authorId: post.authorMembershipId ?? '', contentHash: post.contentHash, approvedContentHash: post.contentHash };
      const result = decidePostTransition(snapshot, { kind: 'system' }, { action });
      if (!result.ok) {
        this.logger.warn(`post ${postId}: ${action} refused from ${status} (${result.refusal})`);
        break;
      }
      status = result.status;
    }
    if (status === post.status) return;
    await posts.update(postId, { status });
    // The brief the post answers follows it (published when its posts are).
    if (post.briefId) await this.postsService.briefFollowsPosts(scope, post.briefId);
    if (status === PostStatus.Published && post.authorMembershipId) await this.tellAuthor(scope, postId, post.authorMembershipId, post.masterText);
  }

  /** Every channel has it: its author hears so. */
  private async tellAuthor(scope: OrgBound, postId: string, authorMembershipId: string, masterText: string): Promise<void> {
    const author = await this.members.find(scope, authorMembershipId);
    if (!author) return;
    const title = Array.from(masterText.trim().split('\n')[0] ?? '').slice(0, 200).join('');
    await this.notifications.notify(scope, { userId: author.userId, kind: NotificationKind.PostPublished, title, link: `/orgs/${scope.organizationId}/posts/${postId}`, actorUserId: null });
  }
}
