import { Injectable } from '@nestjs/common';
import { AuditLog, type OrgBound } from '@parvis/api/core';
import { MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { PlanningRepositories } from '@parvis/api/planning';
import type { PublishOutcome, ReconcileOutcome } from '@parvis/api/platform';
import { PostsRepositories } from '@parvis/api/posts';
import { can } from '@parvis/shared/domain';
import { PublicationState } from '../entities';

/** What the events need of the attempt whose outcome was recorded. */
export interface RecordedAttempt {
  publicationId: string;
  postId: string;
  channelId: string;
  attempt: number;
  /** The channel's name when the caller read it already (else it is read here). */
  channelName?: string;
}

/** One recorded outcome, as the events take it. */
export interface RecordedOutcomeEvent {
  attempt: RecordedAttempt;
  outcome: PublishOutcome | ReconcileOutcome;
  state: PublicationState;
}

const TITLE_LENGTH = 300;
const MESSAGE_LENGTH = 1000;

const titled = (text: string): string => {
  const graphemes = Array.from(text.replace(/\s+/g, ' ').trim());
  return graphemes.length > TITLE_LENGTH ? `${graphemes.slice(0, TITLE_LENGTH - 1).join('')}…` : graphemes.join('');
};

/** The audit action of a recorded outcome, by the state it left the publication in. */
export function auditActionOf(outcome: PublishOutcome | ReconcileOutcome, state: PublicationState): string {
  if (outcome.status === 'published') return 'publication.published';
  if (outcome.status === 'handed_over') return 'publication.handed_over';
  if (state === PublicationState.Failed) return 'publication.failed';
  if (state === PublicationState.UnknownOutcome) return 'publication.unknown_outcome';
  // Not sent this time and tried again later (transient, rate limited, an answer to reconcile, nothing found).
  return 'publication.attempt';
}

/**
 * What an attempt's outcome tells people, in the outcome's own transaction: the audit line (object:
 * the post, so the post's timeline shows it), the hand-over of a manual publication to its assignee,
 * and the failures that stop to the author and the editors.
 */
@Injectable()
export class PublicationEvents {
  constructor(
    private readonly audit: AuditLog,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
    private readonly planning: PlanningRepositories,
    private readonly posts: PostsRepositories,
  ) {}

  /** Outcomes of one organisation: their audit lines in one statement, then whom each one concerns. */
  async outcomesRecorded(scope: OrgBound, recorded: readonly RecordedOutcomeEvent[]): Promise<void> {
    if (recorded.length === 0) return;
    const unnamed = recorded.filter((entry) => entry.attempt.channelName === undefined).map((entry) => entry.attempt.channelId);
    const names = new Map((await this.planning.forOrg(scope).channels.findManyByIds([...new Set(unnamed)])).map((channel) => [channel.id, channel.displayName]));
    const named = recorded.map((entry) => ({ ...entry, channelName: entry.attempt.channelName ?? names.get(entry.attempt.channelId) ?? '' }));
    await this.audit.recordMany(
      scope,
      named.map(({ attempt, outcome, state, channelName }) => ({
        actor: 'system' as const,
        objectType: 'post',
        objectId: attempt.postId,
        action: auditActionOf(outcome, state),
        details: {
          publicationId: attempt.publicationId,
          channelId: attempt.channelId,
          channelName,
          attempt: attempt.attempt,
          ...(outcome.status === 'published' ? { url: outcome.url } : {}),
          ...(outcome.status === 'failed' ? { errorKind: outcome.kind, message: outcome.message.slice(0, MESSAGE_LENGTH) } : {}),
        },
      })),
    );
    for (const { attempt, outcome, state, channelName } of named) {
      if (outcome.status === 'handed_over') await this.handOver(scope, attempt, channelName, outcome.instructions);
      if (outcome.status === 'failed' && (state === PublicationState.Failed || state === PublicationState.UnknownOutcome)) {
        await this.tellStopped(scope, attempt.postId, channelName, outcome.message);
      }
    }
  }

  /** A manual publication is due: its assignee (the post's author) gets the final text to copy. */
  private async handOver(scope: OrgBound, attempt: RecordedAttempt, channelName: string, instructions: string): Promise<void> {
    const post = await this.posts.forOrg(scope).posts.findById(attempt.postId);
    const author = post?.authorMembershipId ? await this.members.find(scope, post.authorMembershipId) : null;
    // An author who left: the editors take it.
    const recipients = author ? [author.userId] : await this.planners(scope);
    for (const userId of recipients) {
      await this.notifications.notify(scope, {
        userId,
        kind: NotificationKind.PublicationHandedOver,
        title: titled(`${channelName} : ${instructions}`),
        link: `/orgs/${scope.organizationId}/posts/${attempt.postId}`,
        actorUserId: null,
      });
    }
  }

  /** A publication stopped (the platform's words, or an outcome nobody can know): the author and the editors act. */
  async tellStopped(scope: OrgBound, postId: string, channelName: string, message: string): Promise<void> {
    const post = await this.posts.forOrg(scope).posts.findById(postId);
    const author = post?.authorMembershipId ? await this.members.find(scope, post.authorMembershipId) : null;
    const recipients = new Set([...(author ? [author.userId] : []), ...(await this.planners(scope))]);
    for (const userId of recipients) {
      await this.notifications.notify(scope, {
        userId,
        kind: NotificationKind.PublicationFailed,
        title: titled(`${channelName} : ${message}`),
        link: `/orgs/${scope.organizationId}/posts/${postId}`,
        actorUserId: null,
      });
    }
  }

  private async planners(scope: OrgBound): Promise<string[]> {
    return (await this.members.directory(scope)).filter((member) => can(member.role, 'post.schedule')).map((member) => member.userId);
  }
}
