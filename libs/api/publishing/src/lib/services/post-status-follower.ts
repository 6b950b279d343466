import { Injectable, Logger } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import { MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService, type NewNotification } from '@parvis/api/notifications';
import { PostsRepositories, PostsService, type PostEntity } from '@parvis/api/posts';
import { decidePostTransition, PostStatus, shortTitle } from '@parvis/shared/domain';
import { PublicationState } from '../entities';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import { followingAction } from '../rules/post-following';

const NOTIFICATION_TITLE_LENGTH = 200;

/**
 * The post's status follows its publications through the state machine's system actions: the first
 * one started → publishing; all published → published; one failed for good → failed; one whose
 * outcome cannot be known → unknown_outcome. The first move is the claim's (`statusOnceStarted`); the
 * others run inside the transaction recording an outcome, with the post row locked.
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
    await this.followLocked(scope, await this.posts.forOrg(scope).posts.lockManyByIds([postId]));
  }

  /** Posts the caller's transaction already locked: their publications read at once, each moved as they call for. */
  async followLocked(scope: OrgBound, locked: readonly PostEntity[]): Promise<void> {
    if (locked.length === 0) return;
    const states = await this.repositories.forOrg(scope).publications.statesOfPosts(locked.map((post) => post.id));
    const moved = new Map<PostStatus, PostEntity[]>();
    for (const post of locked) {
      const status = this.nextStatus(post, states.get(post.id) ?? []);
      if (status !== post.status) moved.set(status, [...(moved.get(status) ?? []), post]);
    }
    const posts = this.posts.forOrg(scope).posts;
    for (const [status, group] of moved) await posts.updateMany(group.map((post) => post.id), { status });
    const changed = [...moved.values()].flat();
    // The brief each post answers follows it (published when its posts are).
    for (const briefId of new Set(changed.flatMap((post) => (post.briefId ? [post.briefId] : [])))) await this.postsService.briefFollowsPosts(scope, briefId);
    await this.tellAuthors(scope, moved.get(PostStatus.Published) ?? []);
  }

  /** At most two moves: scheduled → publishing → published/failed when one tick did it all. */
  private nextStatus(post: PostEntity, states: PublicationState[]): PostStatus {
    let status = post.status;
    for (let move = 0; move < 2; move++) {
      const action = followingAction(status, states);
      if (!action) break;
      // A scheduled or publishing post's content is its approved content: any edit sent it back to review.
      const snapshot = { status, reviewStep: null, stepCount: 1, authorId: post.authorMembershipId ?? '', contentHash: post.contentHash, approvedContentHash: post.contentHash };
      const result = decidePostTransition(snapshot, { kind: 'system' }, { action });
      if (!result.ok) {
        this.logger.warn(`post ${post.id}: ${action} refused from ${status} (${result.refusal})`);
        break;
      }
      status = result.status;
    }
    return status;
  }

  /** Every channel has it: each post's author hears so. */
  private async tellAuthors(scope: OrgBound, published: readonly PostEntity[]): Promise<void> {
    const authors = new Map<string, string | null>();
    const notifications: NewNotification[] = [];
    for (const post of published) {
      if (!post.authorMembershipId) continue;
      if (!authors.has(post.authorMembershipId)) authors.set(post.authorMembershipId, (await this.members.find(scope, post.authorMembershipId))?.userId ?? null);
      const userId = authors.get(post.authorMembershipId);
      if (!userId) continue;
      notifications.push({ userId, kind: NotificationKind.PostPublished, title: shortTitle(post.masterText, NOTIFICATION_TITLE_LENGTH), link: `/orgs/${scope.organizationId}/posts/${post.id}`, actorUserId: null });
    }
    await this.notifications.notifyMany(scope, notifications);
  }
}
