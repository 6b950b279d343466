import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { APP_CONFIG, AppConfig, AppError, generateToken, hashToken, OrgScope, TransactionContext } from '@parvis/api/core';
import { CalendarFeedLookup } from '../repositories/calendar-feeds.repository';
import { PlanningRepositories } from '../repositories/planning-repositories';
import { BRIEF_STATUS_LABELS, NETWORK_LABELS } from './french-labels';
import { PlanningErrorCode } from './planning.errors';

const PAST_DAYS = 90;
const FUTURE_DAYS = 400;
/** A feed carries at most this many briefs (the earliest of the window); stated in the API description. */
export const FEED_MAX_EVENTS = 5000;

/** The iCalendar subscription (Outlook, Thunderbird) of a member's organisation calendar. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly lookup: CalendarFeedLookup,
    private readonly repositories: PlanningRepositories,
    private readonly transactions: TransactionContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates or replaces the caller's secret URL (shown once). */
  async issue(scope: OrgScope): Promise<{ url: string }> {
    const token = generateToken();
    await this.transactions.run(async () => {
      const feeds = this.repositories.forOrg(scope).feeds;
      await feeds.removeForMember(scope.membershipId);
      await feeds.insert({ membershipId: scope.membershipId, tokenHash: hashToken(token) });
    });
    return { url: `${this.config.publicUrl}/api/calendar-feeds/${token}.ics` };
  }

  async status(scope: OrgScope): Promise<{ active: boolean }> {
    return { active: await this.repositories.forOrg(scope).feeds.existsForMember(scope.membershipId) };
  }

  async revoke(scope: OrgScope): Promise<void> {
    await this.repositories.forOrg(scope).feeds.removeForMember(scope.membershipId);
  }

  /** The feed's content: briefs from three months back to a year ahead, in the organisation's zone. */
  async render(token: string): Promise<string> {
    const feed = await this.lookup.findByTokenHash(hashToken(token));
    const organization = feed?.membership?.organization;
    if (!feed || !organization) throw AppError.notFound(PlanningErrorCode.CalendarFeedNotFound, 'This calendar link is not valid (revoked or replaced)');
    const now = Date.now();
    const briefs = await this.repositories.forOrg({ organizationId: organization.id }).briefs.search(
      { from: new Date(now - PAST_DAYS * 86_400_000), to: new Date(now + FUTURE_DAYS * 86_400_000) },
      FEED_MAX_EVENTS,
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
        description: [
          brief.body,
          brief.assigneeName ? `Rédaction : ${brief.assigneeName}` : '',
          `Statut : ${BRIEF_STATUS_LABELS[brief.status]}`,
          brief.networks.length > 0 ? `Réseaux : ${brief.networks.map((n) => NETWORK_LABELS[n]).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        url: `${this.config.publicUrl}/orgs/${organization.id}/briefs/${brief.id}`,
        lastModified: brief.updatedAt,
      });
    }
    return calendar.toString();
  }
}
