import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { APP_CONFIG, AppConfig, AppError, generateToken, hashToken, OrgScope } from '@parvis/api/core';
import { PlanningErrorCode } from './planning.errors';
import { CalendarFeedsRepository } from '../repositories/calendar-feeds.repository';
import { PlanningStore } from '../repositories/planning-store';

const PAST_DAYS = 90;
const FUTURE_DAYS = 400;

/** The iCalendar subscription (Outlook, Thunderbird) of a member's organisation calendar. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedsRepository,
    private readonly store: PlanningStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates or replaces the caller's secret URL (shown once). */
  async issue(scope: OrgScope): Promise<{ url: string }> {
    const token = generateToken();
    await this.feeds.replace(scope.organizationId, scope.membershipId, hashToken(token));
    return { url: `${this.config.publicUrl}/api/calendar-feeds/${token}.ics` };
  }

  async status(scope: OrgScope): Promise<{ active: boolean }> {
    return { active: await this.feeds.exists(scope.organizationId, scope.membershipId) };
  }

  async revoke(scope: OrgScope): Promise<void> {
    await this.feeds.revoke(scope.organizationId, scope.membershipId);
  }

  /** The feed's content: briefs from three months back to a year ahead, in the organisation's zone. */
  async render(token: string): Promise<string> {
    const feed = await this.feeds.findByTokenHash(hashToken(token));
    const organization = feed?.membership?.organization;
    if (!feed || !organization) throw AppError.notFound(PlanningErrorCode.CalendarFeedNotFound, 'This calendar link is not valid (revoked or replaced)');
    const now = Date.now();
    const briefs = await this.store.repos.briefs.search(
      organization.id,
      { from: new Date(now - PAST_DAYS * 86_400_000), to: new Date(now + FUTURE_DAYS * 86_400_000) },
      5000,
      null,
    );
    // Instants in UTC: every client shows them in its own zone, no VTIMEZONE needed.
    const calendar = ical({ name: `Parvis — ${organization.name}`, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Parvis', product: 'Parvis', language: 'FR' } });
    for (const brief of briefs) {
      calendar.createEvent({
        id: `${brief.id}@parvis`,
        start: brief.plannedAt,
        end: new Date(brief.plannedAt.getTime() + 30 * 60_000),
        summary: brief.title,
        description: [brief.body, brief.assigneeName ? `Rédaction : ${brief.assigneeName}` : '', `Statut : ${brief.status}`].filter(Boolean).join('\n\n'),
        url: `${this.config.publicUrl}/orgs/${organization.id}/briefs/${brief.id}`,
        lastModified: brief.updatedAt,
      });
    }
    return calendar.toString();
  }
}
