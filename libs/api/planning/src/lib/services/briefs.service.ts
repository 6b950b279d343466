import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuthenticatedUser, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgScope, TransactionContext } from '@parvis/api/core';
import { MemberRef, MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import {
  BriefStatus,
  can,
  frenchPublicHolidays,
  instantToWallClock,
  isLocalDate,
  localDaysToRange,
  moveToDateKeepingWallClock,
  intendedWallClockTime,
  wallClockToInstant,
} from '@parvis/shared/domain';
import type { QueryDeepPartialEntity } from 'typeorm';
import { BriefDto, BriefFilterFieldsDto, BriefFiltersDto, BriefPageDto, CalendarDto, CalendarQueryDto, CommentDto, CreateBriefDto, UpdateBriefDto } from '../dto/brief.dto';
import { BriefEntity } from '../entities';
import { BriefFilters, BriefRow } from '../repositories/briefs.repository';
import { PlanningRepos, PlanningRepositories } from '../repositories/planning-repositories';
import { assertContributorChange, nextStatus } from './brief-access';
import { KeyDatesService } from './key-dates.service';
import { PlanningErrorCode } from './planning.errors';
import { assertOwned, assertOwnedAll } from './references';

const CALENDAR_MAX_DAYS = 100;
const CALENDAR_MAX_ITEMS = 2000;
/** A brief shows its first 500 comments (stated in the API description). */
export const COMMENTS_LIMIT = 500;

type References = Pick<CreateBriefDto, 'audienceIds' | 'channelIds'> & { themeId?: string | null; campaignId?: string | null };

@Injectable()
export class BriefsService {
  constructor(
    private readonly repositories: PlanningRepositories,
    private readonly transactions: TransactionContext,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly keyDates: KeyDatesService,
  ) {}

  /** An editor plans a brief; a contributor proposes one (an idea, assigned to themself, editors told). */
  async create(scope: OrgScope, user: AuthenticatedUser, body: CreateBriefDto): Promise<BriefDto> {
    const id = await this.transactions.run(() => this.insert(scope, user, body));
    return this.get(scope, id);
  }

  /** Creates all the briefs or none (one transaction): the CSV import. */
  async createAll(scope: OrgScope, user: AuthenticatedUser, bodies: (CreateBriefDto & { status?: BriefStatus })[]): Promise<number> {
    return this.transactions.run(async () => {
      for (const body of bodies) await this.insert(scope, user, body, body.status);
      return bodies.length;
    });
  }

  private async insert(scope: OrgScope, user: AuthenticatedUser, body: CreateBriefDto, status?: BriefStatus): Promise<string> {
    const zone = scope.timeZone;
    this.assertDate('plannedDate', body.plannedDate);
    const proposal = !can(scope.role, 'planning.edit');
    if (proposal && body.assigneeMembershipId !== undefined && body.assigneeMembershipId !== scope.membershipId) {
      throw AppError.invalidField('assigneeMembershipId', 'a proposal is assigned to its author', PlanningErrorCode.ProposalAssigneeNotSelf);
    }
    const repos = this.repositories.forOrg(scope);
    await this.assertReferences(repos, body);
    const assignee = proposal ? null : await this.assignee(scope, body.assigneeMembershipId);
    const brief = await repos.briefs.insert({
      title: body.title.trim(),
      body: body.body ?? '',
      status: status ?? (assignee ? BriefStatus.Assigned : BriefStatus.Idea),
      createdByUserId: user.id,
      plannedAt: wallClockToInstant({ date: body.plannedDate, time: body.plannedTime }, zone),
      plannedTime: body.plannedTime,
      draftDueAt: this.dueAt(body.draftDueDate, zone),
      themeId: body.themeId ?? null,
      campaignId: body.campaignId ?? null,
      assigneeMembershipId: proposal ? scope.membershipId : (assignee?.membershipId ?? null),
    });
    await this.writeLinks(repos, brief.id, body);
    if (assignee) await this.tellAssignee(scope, user, brief, assignee);
    if (proposal) await this.tellPlanners(scope, user, brief);
    return brief.id;
  }

  async get(scope: OrgScope, briefId: string): Promise<BriefDto> {
    const row = await this.repositories.forOrg(scope).briefs.findRow(briefId);
    if (!row) throw AppError.notFound(PlanningErrorCode.BriefNotFound, 'Brief not found');
    return this.toDto(row, scope.timeZone);
  }

  /**
   * Writes only the fields sent. The brief's row is locked first, so concurrent changes of one
   * brief queue (no deadlock, no lost field); with `ifMatch`, a stale version is a 412.
   */
  async update(scope: OrgScope, user: AuthenticatedUser, briefId: string, body: UpdateBriefDto, ifMatch?: number): Promise<BriefDto> {
    const zone = scope.timeZone;
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const brief = await this.lock(repos, briefId);
      await assertVersion(ifMatch, brief.version, () => this.get(scope, briefId));
      assertContributorChange(scope, brief, body);
      await this.assertReferences(repos, body);
      const changes: QueryDeepPartialEntity<BriefEntity> = {
        title: body.title?.trim(),
        body: body.body,
        themeId: body.themeId,
        campaignId: body.campaignId,
      };
      if (body.plannedDate !== undefined || body.plannedTime !== undefined) {
        const current = instantToWallClock(brief.plannedAt, zone);
        if (body.plannedDate !== undefined) this.assertDate('plannedDate', body.plannedDate);
        changes.plannedAt =
          body.plannedTime === undefined && body.plannedDate !== undefined
            ? moveToDateKeepingWallClock(brief.plannedAt, zone, body.plannedDate, brief.plannedTime)
            : wallClockToInstant({ date: body.plannedDate ?? current.date, time: body.plannedTime ?? intendedWallClockTime(brief.plannedAt, zone, brief.plannedTime) }, zone);
        if (body.plannedTime !== undefined) changes.plannedTime = body.plannedTime;
      }
      if (body.draftDueDate !== undefined) changes.draftDueAt = this.dueAt(body.draftDueDate ?? undefined, zone);
      const reassigned = body.assigneeMembershipId !== undefined && body.assigneeMembershipId !== brief.assigneeMembershipId;
      const assignee = reassigned ? await this.assignee(scope, body.assigneeMembershipId) : null;
      if (reassigned) changes.assigneeMembershipId = assignee?.membershipId ?? null;
      const status = nextStatus(brief.status, body.status, !reassigned ? 'unchanged' : assignee ? 'assigned' : 'unassigned');
      if (status !== brief.status) changes.status = status;
      await repos.briefs.update(briefId, changes);
      await this.writeLinks(repos, briefId, body);
      if (assignee) await this.tellAssignee(scope, user, { id: briefId, title: body.title?.trim() ?? brief.title }, assignee);
    });
    return this.get(scope, briefId);
  }

  async remove(scope: OrgScope, briefId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const brief = await this.lock(repos, briefId);
      await assertVersion(ifMatch, brief.version, () => this.get(scope, briefId));
      await repos.briefs.delete(briefId);
    });
  }

  /** A copy to plan again: same text, references and time; an idea, not assigned. */
  async duplicate(scope: OrgScope, user: AuthenticatedUser, briefId: string): Promise<BriefDto> {
    const source = await this.get(scope, briefId);
    const id = await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const copy = await repos.briefs.insert({
        title: `${source.title} (copie)`.slice(0, 200),
        body: source.body,
        status: BriefStatus.Idea,
        createdByUserId: user.id,
        plannedAt: new Date(source.plannedAt),
        draftDueAt: null,
        themeId: source.themeId,
        campaignId: source.campaignId,
        assigneeMembershipId: null,
      });
      await this.writeLinks(repos, copy.id, source);
      return copy.id;
    });
    return this.get(scope, id);
  }

  async page(scope: OrgScope, query: BriefFiltersDto): Promise<BriefPageDto> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repositories.forOrg(scope).briefs.search(this.filtersOf(scope, query), limit + 1, after);
    const zone = scope.timeZone;
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((b) => this.toDto(b, zone)),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.plannedAt.toISOString(), id: last.id }) : null,
    };
  }

  /** One range query for the calendar: the briefs planned in [from, to] (local days) and the key days. */
  async calendar(scope: OrgScope, query: CalendarQueryDto): Promise<CalendarDto> {
    const { zone, items, truncated } = await this.inRange(scope, query, CALENDAR_MAX_DAYS);
    const years = new Set([Number(query.from.slice(0, 4)), Number(query.to.slice(0, 4))]);
    const holidays = [...years]
      .flatMap((year) => frenchPublicHolidays(year))
      .filter((day) => day.date >= query.from && day.date <= query.to)
      .map((day) => ({ ...day, kind: 'public_holiday' }));
    const own = (await this.keyDates.occurrences(scope, query.from, query.to)).map((day) => ({ ...day, kind: 'key_date' }));
    const keyDays = [...holidays, ...own].sort((a, b) => a.date.localeCompare(b.date));
    return { timeZone: zone, items, keyDays, truncated };
  }

  /** The briefs planned between two local days (inclusive), at most `maxDays` apart. */
  async inRange(scope: OrgScope, query: CalendarQueryDto, maxDays: number): Promise<{ zone: string; items: BriefDto[]; truncated: boolean }> {
    this.assertDate('from', query.from);
    this.assertDate('to', query.to);
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (days < 0) throw AppError.invalidField('to', 'to must not be before from');
    if (days > maxDays) throw AppError.invalidField('to', `the range must not exceed ${maxDays} days`, PlanningErrorCode.RangeTooLong);
    const zone = scope.timeZone;
    const range = localDaysToRange(query.from, query.to, zone);
    const rows = await this.repositories.forOrg(scope).briefs.search({ ...this.filtersOf(scope, query), ...range }, CALENDAR_MAX_ITEMS + 1, null);
    return { zone, items: rows.slice(0, CALENDAR_MAX_ITEMS).map((b) => this.toDto(b, zone)), truncated: rows.length > CALENDAR_MAX_ITEMS };
  }

  async comments(scope: OrgScope, briefId: string): Promise<CommentDto[]> {
    const repos = this.repositories.forOrg(scope);
    await this.find(repos, briefId);
    return (await repos.comments.listForBrief(briefId, COMMENTS_LIMIT)).map((c) => ({
      id: c.id,
      body: c.body,
      authorName: c.author?.displayName ?? null,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  async addComment(scope: OrgScope, briefId: string, user: AuthenticatedUser, body: string): Promise<CommentDto> {
    const repos = this.repositories.forOrg(scope);
    await this.find(repos, briefId);
    const comment = await repos.comments.insert({ briefId, authorUserId: user.id, body: body.trim() });
    return { id: comment.id, body: comment.body, authorName: user.displayName, createdAt: comment.createdAt.toISOString() };
  }

  private filtersOf(scope: OrgScope, query: BriefFilterFieldsDto): BriefFilters {
    return {
      themeId: query.themeId,
      campaignId: query.campaignId,
      audienceId: query.audienceId,
      channelId: query.channelId,
      network: query.network,
      status: query.status,
      assigneeMembershipId: query.assignee === 'me' ? scope.membershipId : query.assignee,
    };
  }

  private async assertReferences(repos: PlanningRepos, body: References): Promise<void> {
    await assertOwned(repos.themes, body.themeId, 'themeId');
    await assertOwned(repos.campaigns, body.campaignId, 'campaignId');
    await assertOwnedAll(repos.audiences, body.audienceIds, 'audienceIds');
    await assertOwnedAll(repos.channels, body.channelIds, 'channelIds');
  }

  private async writeLinks(repos: PlanningRepos, briefId: string, body: Pick<References, 'audienceIds' | 'channelIds'>): Promise<void> {
    if (body.audienceIds !== undefined) await repos.briefs.setAudiences(briefId, body.audienceIds);
    if (body.channelIds !== undefined) await repos.briefs.setChannels(briefId, body.channelIds);
  }

  /** The member a brief is given to: of this organisation, in a role that writes. */
  private async assignee(scope: OrgScope, membershipId: string | null | undefined): Promise<MemberRef | null> {
    if (!membershipId) return null;
    const member = await this.members.find(scope, membershipId);
    if (!member) throw AppError.invalidField('assigneeMembershipId', 'assigneeMembershipId is not a member of this organisation');
    if (!can(member.role, 'brief.write-assigned')) {
      throw AppError.invalidField('assigneeMembershipId', `assigneeMembershipId is a member whose role (${member.role}) does not write briefs`);
    }
    return member;
  }

  /** Told through the notification centre, in the same transaction as the assignment. */
  private async tellAssignee(scope: OrgScope, actor: AuthenticatedUser, brief: Pick<BriefEntity, 'id' | 'title'>, assignee: MemberRef): Promise<void> {
    if (assignee.userId === actor.id) return;
    await this.notifications.notify(scope, {
      userId: assignee.userId,
      kind: NotificationKind.BriefAssigned,
      title: brief.title,
      link: `/orgs/${scope.organizationId}/briefs/${brief.id}`,
      actorUserId: actor.id,
    });
  }

  private async tellPlanners(scope: OrgScope, actor: AuthenticatedUser, brief: Pick<BriefEntity, 'id' | 'title'>): Promise<void> {
    const planners = (await this.members.directory(scope)).filter((m) => can(m.role, 'planning.edit') && m.userId !== actor.id);
    for (const planner of planners) {
      await this.notifications.notify(scope, {
        userId: planner.userId,
        kind: NotificationKind.BriefProposed,
        title: brief.title,
        link: `/orgs/${scope.organizationId}/briefs/${brief.id}`,
        actorUserId: actor.id,
      });
    }
  }

  private async lock(repos: PlanningRepos, briefId: string): Promise<BriefEntity> {
    const brief = await repos.briefs.lockById(briefId);
    if (!brief) throw AppError.notFound(PlanningErrorCode.BriefNotFound, 'Brief not found');
    return brief;
  }

  private async find(repos: PlanningRepos, briefId: string): Promise<BriefEntity> {
    const brief = await repos.briefs.findById(briefId);
    if (!brief) throw AppError.notFound(PlanningErrorCode.BriefNotFound, 'Brief not found');
    return brief;
  }

  private assertDate(field: string, value: string): void {
    if (!isLocalDate(value)) throw AppError.invalidField(field, `${field} must be an existing date YYYY-MM-DD`);
  }

  private dueAt(date: string | undefined, zone: string): Date | null {
    if (date === undefined) return null;
    this.assertDate('draftDueDate', date);
    return wallClockToInstant({ date, time: '18:00' }, zone);
  }

  private toDto(brief: BriefRow, zone: string): BriefDto {
    return {
      id: brief.id,
      version: brief.version,
      title: brief.title,
      body: brief.body,
      status: brief.status,
      themeId: brief.themeId,
      themeColor: brief.themeColor,
      campaignId: brief.campaignId,
      audienceIds: brief.audienceIds,
      channelIds: brief.channelIds,
      networks: brief.networks,
      plannedAt: brief.plannedAt.toISOString(),
      plannedLocal: instantToWallClock(brief.plannedAt, zone),
      draftDueDate: brief.draftDueAt ? instantToWallClock(brief.draftDueAt, zone).date : null,
      assignee: brief.assigneeMembershipId ? { membershipId: brief.assigneeMembershipId, displayName: brief.assigneeName ?? '' } : null,
      updatedAt: brief.updatedAt.toISOString(),
    };
  }
}
