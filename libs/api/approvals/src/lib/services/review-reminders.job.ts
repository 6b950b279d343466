import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRunner, OrgScope, ScheduledJob, TransactionContext } from '@parvis/api/core';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { PostsRepositories } from '@parvis/api/posts';
import { instantToWallClock, PostStatus, Role, shortTitle } from '@parvis/shared/domain';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { DueReview, DueReviewsRepository } from '../repositories/due-reviews.repository';
import { todayIn } from './review-view';
import { membersToAsk, stepStanding } from './step-approvers';

const BATCH = 200;

/** « 14/03 à 09:00 » in the organisation's zone. */
function localTime(instant: Date, zone: string): string {
  const wall = instantToWallClock(instant, zone);
  const [, month, day] = wall.date.split('-');
  return `${Number(day)}/${month} à ${wall.time}`;
}

/**
 * Every five minutes (one instance runs it: the job_run claim): a post still waiting at a step whose
 * deadline, or whose planned time, is within 24 h reminds the step's approvers who have not decided
 * yet — once per post, step and round (an edit starts a new round, which may be reminded again).
 */
@Injectable()
export class ReviewRemindersJob implements ScheduledJob, OnModuleInit {
  readonly name = 'approvals.review-reminders';
  readonly everySeconds = 300;

  constructor(
    private readonly runner: JobRunner,
    private readonly due: DueReviewsRepository,
    private readonly transactions: TransactionContext,
    private readonly posts: PostsRepositories,
    private readonly repositories: ApprovalsRepositories,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run(now = new Date()): Promise<string> {
    let reminded = 0;
    for (const candidate of await this.due.dueForReminder(now, BATCH)) reminded += await this.remind(candidate, now);
    return `${reminded} reminder(s) sent`;
  }

  /** In the post's organisation, under the review's lock: re-read, remind, and mark this round and step reminded. */
  private remind(candidate: DueReview, now: Date): Promise<number> {
    const scope: OrgScope = { organizationId: candidate.organizationId, membershipId: '', role: Role.Admin, timeZone: candidate.timeZone, contentVersion: '' };
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const review = await repos.reviews.lockByPost(candidate.postId);
      const post = await this.posts.forOrg(scope).posts.findById(candidate.postId);
      const step = review?.currentStep === null || !review ? undefined : review.steps[review.currentStep];
      // Decided, edited or reminded meanwhile (another run got here first): nothing to do.
      if (!review || !post || !step || post.status !== PostStatus.InReview || (review.remindedRound === review.round && review.remindedStep === review.currentStep)) return 0;
      await repos.reviews.update(review.id, { remindedRound: review.round, remindedStep: review.currentStep });
      const deadline = step.deadlineHours && review.stepStartedAt ? new Date(review.stepStartedAt.getTime() + step.deadlineHours * 3_600_000) : null;
      const when = [deadline, post.plannedAt].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? now;
      const decided = new Set((await repos.decisions.forStep(post.id, review.round, review.currentStep ?? 0)).map((d) => d.membershipId));
      const standing = await stepStanding(repos, step, post.authorMembershipId, todayIn(scope.timeZone));
      const members = (await membersToAsk(repos, standing)).filter((m) => !decided.has(m.membershipId));
      const title = `Rappel : « ${shortTitle(post.masterText)} » attend votre validation (${step.name}) avant le ${localTime(when, scope.timeZone)}`;
      for (const member of members) {
        await this.notifications.notify(scope, { userId: member.userId, kind: NotificationKind.PostReviewReminder, title, link: `/orgs/${scope.organizationId}/posts/${post.id}/review`, actorUserId: null });
      }
      return members.length;
    });
  }
}
