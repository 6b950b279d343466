import { IdentityStore } from '@parvis/api/identity';
import { NotificationsService } from '@parvis/api/notifications';
import {
  AudienceEntity,
  BriefEntity,
  CampaignEntity,
  ChannelEntity,
  KeyDateEntity,
  PlanningStore,
  ThemeEntity,
} from '@parvis/api/planning';
import {
  BriefStatus,
  ChannelStatus,
  Network,
  wallClockToInstant,
} from '@parvis/shared/domain';

const ZONE = 'Europe/Paris';

/** YYYY-MM-DD, `days` after today (UTC date). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A lived-in editorial line for "Ville de Démo" on first start: themes, audiences, a campaign, two
 * channels not yet connected, key dates and a few briefs around today, some assigned to the agent.
 */
export async function seedDemoPlanning(
  planning: PlanningStore,
  identity: IdentityStore,
  notifications: NotificationsService,
): Promise<void> {
  const city = (
    await identity.repos.organizations.listAllWithMemberCounts()
  ).find((o) => o.organization.slug === 'ville-de-demo')?.organization;
  if (!city) return;
  const repos = planning.repos;
  const agent = await identity.repos.users.findByEmail('agent@demo.parvis.fr');
  const agentMembership = agent
    ? await identity.repos.memberships.findByUser(city.id, agent.id)
    : null;
  const organizationId = city.id;
  const theme = (name: string, color: string, objectives: string) =>
    repos.themes.save(
      Object.assign(new ThemeEntity(), {
        organizationId,
        name,
        color,
        objectives,
      }),
    );
  const audience = (name: string, description: string) =>
    repos.audiences.save(
      Object.assign(new AudienceEntity(), {
        organizationId,
        name,
        description,
      }),
    );
  const culture = await theme(
    'Culture et patrimoine',
    '#6A6AF4',
    'Faire connaître la saison culturelle et le patrimoine de la ville',
  );
  const works = await theme(
    'Travaux et mobilité',
    '#B34000',
    'Prévenir des chantiers et des changements de circulation',
  );
  const solidarity = await theme(
    'Solidarités',
    '#18753C',
    'Faire connaître les aides et les services aux habitants',
  );
  const everyone = await audience(
    'Grand public',
    'Toutes les habitantes et tous les habitants',
  );
  const families = await audience(
    'Parents',
    'Familles avec enfants scolarisés',
  );
  const youth = await audience(
    'Jeunes (15-25 ans)',
    'Lycéens, étudiants, jeunes actifs',
  );
  const season = await repos.campaigns.save(
    Object.assign(new CampaignEntity(), {
      organizationId,
      name: 'Fêtes de fin d’année',
      objective: 'Faire venir au marché de Noël et aux animations',
      themeId: culture.id,
      startsOn: dayFromNow(0),
      endsOn: dayFromNow(45),
      audiences: [everyone, families],
    }),
  );
  const channel = (
    network: Network,
    handle: string,
    displayName: string,
    audiences: AudienceEntity[],
  ) =>
    repos.channels.save(
      Object.assign(new ChannelEntity(), {
        organizationId,
        network,
        handle,
        displayName,
        status: ChannelStatus.NotConnected,
        audiences,
      }),
    );
  const bluesky = await channel(
    Network.Bluesky,
    'ville-de-demo.bsky.social',
    'Ville de Démo sur Bluesky',
    [everyone, youth],
  );
  const mastodon = await channel(
    Network.Mastodon,
    '@villededemo@social.example',
    'Ville de Démo sur Mastodon',
    [everyone],
  );
  for (const [label, date, recurringYearly] of [
    ['Journées européennes du patrimoine', '2026-09-19', true],
    ['Fête de la ville', '2026-06-27', true],
  ] as const) {
    await repos.keyDates.save(
      Object.assign(new KeyDateEntity(), {
        organizationId,
        label,
        date,
        recurringYearly,
      }),
    );
  }
  const briefs: [
    string,
    number,
    string,
    ThemeEntity,
    AudienceEntity[],
    ChannelEntity[],
    boolean,
  ][] = [
    [
      'Travaux rue Victor-Hugo : déviation',
      2,
      '08:30',
      works,
      [everyone],
      [bluesky, mastodon],
      true,
    ],
    [
      'Marché de Noël : ouverture',
      5,
      '10:00',
      culture,
      [everyone, families],
      [bluesky, mastodon],
      true,
    ],
    [
      'Inscriptions au centre de loisirs',
      9,
      '12:00',
      solidarity,
      [families],
      [mastodon],
      false,
    ],
    [
      'Conseil municipal des jeunes',
      12,
      '17:00',
      solidarity,
      [youth],
      [bluesky],
      false,
    ],
    [
      'Concert du Nouvel An',
      30,
      '18:00',
      culture,
      [everyone],
      [bluesky, mastodon],
      false,
    ],
  ];
  for (const [
    title,
    inDays,
    time,
    briefTheme,
    audiences,
    channels,
    assigned,
  ] of briefs) {
    const brief = await repos.briefs.save(
      Object.assign(new BriefEntity(), {
        organizationId,
        title,
        body: '',
        themeId: briefTheme.id,
        campaignId: briefTheme === culture ? season.id : null,
        plannedAt: wallClockToInstant({ date: dayFromNow(inDays), time }, ZONE),
        draftDueAt: assigned
          ? wallClockToInstant(
              { date: dayFromNow(inDays - 1), time: '18:00' },
              ZONE,
            )
          : null,
        assigneeMembershipId:
          assigned && agentMembership ? agentMembership.id : null,
        status:
          assigned && agentMembership ? BriefStatus.Assigned : BriefStatus.Idea,
        createdByUserId: null,
        audiences,
        channels,
      }),
    );
    if (assigned && agent && agentMembership) {
      await notifications.notify(organizationId, {
        userId: agent.id,
        kind: 'brief_assigned',
        title,
        link: `/orgs/${organizationId}/briefs/${brief.id}`,
      });
    }
  }
}
