import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditLog, JobRunner, OrgScope, ScheduledJob, TransactionContext } from '@parvis/api/core';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { PostsRepositories } from '@parvis/api/posts';
import { PostAction, Role, shortTitle } from '@parvis/shared/domain';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { DuePost, DuePostsRepository, MISSABLE_STATUSES } from '../repositories/due-posts.repository';
import { PostMoves } from './post-moves';

const BATCH = 200;

/**
 * Every minute: a submitted post not approved (or approved but not scheduled) by its planned time
 * does not go out. It becomes `missed`, logged as the system's move, and its author and the
 * organisation's editors are told.
 */
@Injectable()
export class MissedPostsJob implements ScheduledJob, OnModuleInit {
  readonly name = 'approvals.missed-posts';
  readonly everySeconds = 60;

  constructor(
    private readonly runner: JobRunner,
    private readonly due: DuePostsRepository,
    private readonly transactions: TransactionContext,
    private readonly posts: PostsRepositories,
    private readonly repositories: ApprovalsRepositories,
    private readonly moves: PostMoves,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run(now = new Date()): Promise<string> {
    let missed = 0;
    for (const candidate of await this.due.overdue(now, BATCH)) if (await this.markMissed(candidate, now)) missed++;
    return `${missed} post(s) marked missed`;
  }

  private markMissed(candidate: DuePost, now: Date): Promise<boolean> {
    // The system acts for the organisation: a scope with no member (the brief's status follows its posts).
    const scope: OrgScope = { organizationId: candidate.organizationId, membershipId: '', role: Role.Admin, timeZone: candidate.timeZone, contentVersion: '' };
    return this.transactions.run(async () => {
      const post = await this.posts.forOrg(scope).posts.lockById(candidate.postId);
      // Re-read under the lock: approved, rescheduled or edited meanwhile means not missed.
      if (!post || !MISSABLE_STATUSES.includes(post.status) || !post.plannedAt || post.plannedAt > now) return false;
      const repos = this.repositories.forOrg(scope);
      const review = await repos.reviews.lockByPost(post.id);
      const moved = this.moves.decide(post, review, { kind: 'system' }, { action: PostAction.MarkMissed });
      if (review) await repos.reviews.update(review.id, { currentStep: null });
      await this.moves.setStatus(scope, post, moved.status);
      await this.audit.record(scope, { actor: 'system', objectType: 'post', objectId: post.id, action: 'post.missed', contentHashAfter: post.contentHash, details: { from: post.status, plannedAt: post.plannedAt.toISOString() } });
      const editors = await repos.directory.withRoles([Role.Editor]);
      const author = post.authorMembershipId ? await repos.directory.byIds([post.authorMembershipId]) : [];
      const title = `« ${shortTitle(post.masterText)} » n’a pas été validée à temps : elle ne sera pas publiée`;
      for (const userId of new Set([...author, ...editors].map((m) => m.userId))) {
        await this.notifications.notify(scope, { userId, kind: NotificationKind.PostMissed, title, link: `/orgs/${scope.organizationId}/posts/${post.id}`, actorUserId: null });
      }
      return true;
    });
  }
}
