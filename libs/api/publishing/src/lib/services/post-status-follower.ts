import { Injectable, Logger } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import { MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService, type NewNotification } from '@parvis/api/notifications';
import { PostsRepositories, PostsService, type PostEntity } from '@parvis/api/posts';
import { BriefStatus, briefStatusFollowingPosts, decidePostTransition, PostAction, PostStatus, shortTitle } from '@parvis/shared/domain';

const NOTIFICATION_TITLE_LENGTH = 200;
import { PublicationState } from '../entities';
import { PublishingRepositories } from '../repositories/publishing-repositories';

/** Publications still on their way: waiting for a (next) attempt, calling, or with a person. */
const GOING_OUT: readonly PublicationState[] = [PublicationState.Pending, PublicationState.Publishing, PublicationState.HandedOver];

/**
 * The system action the post's publications call for now, if any (each variant keeps its own state).
 * A publishing post settles (failed, unknown, published) only once none is still going out: a post
 * that is no longer publishing sends nothing, so settling earlier would strand the other channels'
 * retries. The failure itself is told at once, per publication (PublicationEvents).
 */
export function followingAction(status: PostStatus, states: PublicationState[]): PostAction | null {
  if (states.length === 0) return null;
  if (status === PostStatus.Scheduled) return states.some((state) => state !== PublicationState.Pending) ? PostAction.StartPublishing : null;
  if (status !== PostStatus.Publishing) return null;
  if (states.some((state) => GOING_OUT.includes(state))) return null;
  if (states.includes(PublicationState.Failed)) return PostAction.RecordFailed;
  if (states.includes(PublicationState.UnknownOutcome)) return PostAction.RecordUnknown;
  return states.every((state) => state === PublicationState.Published) ? PostAction.RecordPublished : null;
}

/** A scheduled post as the state machine sees it for a system move (its content is its approved content). */
const SYSTEM_MOVE_OF_SCHEDULED = { status: PostStatus.Scheduled, reviewStep: null, stepCount: 1, authorId: '', contentHash: '', approvedContentHash: '' };

/** Whether a post starting to publish leaves its brief where it is, whatever the brief's status (what `started` relies on). */
export function startLeavesBriefs(): boolean {
  return Object.values(BriefStatus).every((brief) => [true, false].every((assigned) => briefStatusFollowingPosts(brief, [PostStatus.Scheduled], assigned) === briefStatusFollowingPosts(brief, [PostStatus.Publishing], assigned)));
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
    await this.followLocked(scope, await this.posts.forOrg(scope).posts.lockManyByIds([postId]));
  }

  /**
   * A claim's posts that were scheduled, now that one of their publications started: the claim locked
   * them and read their status, so they move without being read again. No brief moves: a brief sees a
   * scheduled post and a publishing one alike (`startLeavesBriefs`, checked by the spec).
   */
  async started(scope: OrgBound, postIds: readonly string[]): Promise<void> {
    if (postIds.length === 0) return;
    const action = followingAction(PostStatus.Scheduled, [PublicationState.Publishing]);
    const result = action ? decidePostTransition(SYSTEM_MOVE_OF_SCHEDULED, { kind: 'system' }, { action }) : null;
    if (!result?.ok) throw new Error('a scheduled post cannot start publishing (state machine)');
    await this.posts.forOrg(scope).posts.updateMany([...postIds], { status: result.status });
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
