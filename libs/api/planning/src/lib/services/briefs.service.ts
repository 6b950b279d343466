import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, AuthenticatedUser, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgScope } from '@parvis/api/core';
import { NotificationsService } from '@parvis/api/notifications';
import {
  BriefStatus,
  canMoveBrief,
  frenchPublicHolidays,
  instantToWallClock,
  isLocalDate,
  localDaysToRange,
  moveToDateKeepingWallClock,
  Role,
  wallClockToInstant,
} from '@parvis/shared/domain';
import { BriefDto, BriefFilterFieldsDto, BriefFiltersDto, BriefPageDto, CalendarDto, CalendarQueryDto, CommentDto, CreateBriefDto, UpdateBriefDto } from '../dto/brief.dto';
import { BriefEntity } from '../entities';
import { BriefFilters, BriefRow } from '../repositories/briefs.repository';
import { PlanningRepositories, PlanningStore } from '../repositories/planning-store';
import { KeyDatesService } from './key-dates.service';
import { PlanningErrorCode } from './planning.errors';
import { loadOwned, loadOwnedOne } from './references';

const CALENDAR_MAX_DAYS = 100;
const CALENDAR_MAX_ITEMS = 2000;
/** A contributor may only move their own brief along these steps. */
const ASSIGNEE_STATUSES: readonly BriefStatus[] = [BriefStatus.InProgress, BriefStatus.DraftSubmitted];

@Injectable()
export class BriefsService {
  constructor(
    private readonly store: PlanningStore,
    private readonly notifications: NotificationsService,
    private readonly keyDates: KeyDatesService,
  ) {}

  async create(scope: OrgScope, user: AuthenticatedUser, body: CreateBriefDto): Promise<BriefDto> {
    const zone = scope.timeZone;
    this.assertDate('plannedDate', body.plannedDate);
    const id = await this.store.transaction(async (repos) => {
      const brief = Object.assign(new BriefEntity(), {
        organizationId: scope.organizationId,
        title: body.title.trim(),
        body: body.body ?? '',
        status: BriefStatus.Idea,
        createdByUserId: user.id,
        plannedAt: wallClockToInstant({ date: body.plannedDate, time: body.plannedTime }, zone),
        draftDueAt: this.dueAt(body.draftDueDate, zone),
        themeId: null,
        campaignId: null,
        assigneeMembershipId: null,
        audiences: [],
        channels: [],
      });
      await this.applyReferences(repos, scope.organizationId, brief, body);
      const saved = await repos.briefs.save(brief);
      if (body.assigneeMembershipId) await this.assign(repos, scope.organizationId, saved, body.assigneeMembershipId);
      return saved.id;
    });
    return this.get(scope, id);
  }

  async get(scope: OrgScope, briefId: string): Promise<BriefDto> {
    const row = await this.store.repos.briefs.findRow(scope.organizationId, briefId);
    if (!row) throw AppError.notFound(PlanningErrorCode.BriefNotFound, 'Brief not found');
    return this.toDto(row, scope.timeZone);
  }

  async update(scope: OrgScope, briefId: string, body: UpdateBriefDto): Promise<BriefDto> {
    const zone = scope.timeZone;
    await this.store.transaction(async (repos) => {
      const brief = await this.find(repos, scope.organizationId, briefId);
      if (scope.role === Role.Contributor) this.assertAssigneeChange(scope, brief, body);
      if (body.title !== undefined) brief.title = body.title.trim();
      if (body.body !== undefined) brief.body = body.body;
      if (body.plannedDate !== undefined || body.plannedTime !== undefined) {
        const current = instantToWallClock(brief.plannedAt, zone);
        if (body.plannedDate !== undefined) this.assertDate('plannedDate', body.plannedDate);
        brief.plannedAt =
          body.plannedTime === undefined && body.plannedDate !== undefined
            ? moveToDateKeepingWallClock(brief.plannedAt, zone, body.plannedDate)
            : wallClockToInstant({ date: body.plannedDate ?? current.date, time: body.plannedTime ?? current.time }, zone);
      }
      if (body.draftDueDate !== undefined) brief.draftDueAt = this.dueAt(body.draftDueDate ?? undefined, zone);
      await this.applyReferences(repos, scope.organizationId, brief, body);
      if (body.status !== undefined && body.status !== brief.status) {
        if (!canMoveBrief(brief.status, body.status)) {
          throw new AppError(PlanningErrorCode.InvalidTransition, `A brief cannot go from ${brief.status} to ${body.status}`, HttpStatus.CONFLICT, [
            { field: 'status', messages: [`status cannot go from ${brief.status} to ${body.status}`] },
          ]);
        }
        brief.status = body.status;
      }
      const saved = await repos.briefs.save(brief);
      if (body.assigneeMembershipId !== undefined && body.assigneeMembershipId !== brief.assigneeMembershipId) {
        if (body.assigneeMembershipId === null) {
          await this.unassign(repos, saved);
        } else {
          await this.assign(repos, scope.organizationId, saved, body.assigneeMembershipId);
        }
      }
    });
    return this.get(scope, briefId);
  }

  async remove(organizationId: string, briefId: string): Promise<void> {
    await this.find(this.store.repos, organizationId, briefId);
    await this.store.repos.briefs.remove(organizationId, briefId);
  }

  async page(scope: OrgScope, query: BriefFiltersDto): Promise<BriefPageDto> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.store.repos.briefs.search(scope.organizationId, this.filtersOf(scope, query), limit + 1, after);
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
    const own = (await this.keyDates.occurrences(scope.organizationId, query.from, query.to)).map((day) => ({ ...day, kind: 'key_date' }));
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
    const rows = await this.store.repos.briefs.search(scope.organizationId, { ...this.filtersOf(scope, query), ...range }, CALENDAR_MAX_ITEMS + 1, null);
    return { zone, items: rows.slice(0, CALENDAR_MAX_ITEMS).map((b) => this.toDto(b, zone)), truncated: rows.length > CALENDAR_MAX_ITEMS };
  }

  async comments(organizationId: string, briefId: string): Promise<CommentDto[]> {
    await this.find(this.store.repos, organizationId, briefId);
    return (await this.store.repos.listComments(organizationId, briefId)).map((c) => ({
      id: c.id,
      body: c.body,
      authorName: c.author?.displayName ?? null,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  async addComment(organizationId: string, briefId: string, user: AuthenticatedUser, body: string): Promise<CommentDto> {
    await this.find(this.store.repos, organizationId, briefId);
    const comment = await this.store.repos.addComment(organizationId, briefId, user.id, body.trim());
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

  private assertAssigneeChange(scope: OrgScope, brief: BriefEntity, body: UpdateBriefDto): void {
    const fields = Object.keys(body).filter((key) => body[key as keyof UpdateBriefDto] !== undefined);
    const onlyStatus = fields.length === 1 && fields[0] === 'status' && body.status !== undefined && ASSIGNEE_STATUSES.includes(body.status);
    if (brief.assigneeMembershipId !== scope.membershipId || !onlyStatus) {
      throw AppError.forbidden(PlanningErrorCode.NotAssignee, 'A contributor may only move the status of a brief assigned to them');
    }
  }

  private async applyReferences(repos: PlanningRepositories, organizationId: string, brief: BriefEntity, body: CreateBriefDto | UpdateBriefDto): Promise<void> {
    const theme = await loadOwnedOne(repos.themes, organizationId, body.themeId, 'themeId');
    if (theme !== undefined) Object.assign(brief, { themeId: theme?.id ?? null, theme });
    const campaign = await loadOwnedOne(repos.campaigns, organizationId, body.campaignId, 'campaignId');
    if (campaign !== undefined) Object.assign(brief, { campaignId: campaign?.id ?? null, campaign });
    const audiences = await loadOwned(repos.audiences, organizationId, body.audienceIds, 'audienceIds');
    if (audiences !== undefined) brief.audiences = audiences;
    const channels = await loadOwned(repos.channels, organizationId, body.channelIds, 'channelIds');
    if (channels !== undefined) brief.channels = channels;
  }

  /** Assigns and tells the assignee through the notification centre, in the same transaction. */
  private async assign(repos: PlanningRepositories, organizationId: string, brief: BriefEntity, membershipId: string): Promise<void> {
    const membership = await repos.findMembership(organizationId, membershipId);
    if (!membership) throw AppError.invalidField('assigneeMembershipId', 'assigneeMembershipId is not a member of this organisation');
    brief.assigneeMembershipId = membership.id;
    brief.assignee = membership;
    if (brief.status === BriefStatus.Idea) brief.status = BriefStatus.Assigned;
    await repos.briefs.save(brief);
    await this.notifications.notify(
      organizationId,
      { userId: membership.userId, kind: 'brief_assigned', title: brief.title, link: `/orgs/${organizationId}/briefs/${brief.id}` },
      repos.entityManager,
    );
  }

  private async unassign(repos: PlanningRepositories, brief: BriefEntity): Promise<void> {
    brief.assigneeMembershipId = null;
    brief.assignee = null;
    if (brief.status === BriefStatus.Assigned) brief.status = BriefStatus.Idea;
    await repos.briefs.save(brief);
  }

  private async find(repos: PlanningRepositories, organizationId: string, briefId: string): Promise<BriefEntity> {
    const brief = await repos.briefs.findById(organizationId, briefId);
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
