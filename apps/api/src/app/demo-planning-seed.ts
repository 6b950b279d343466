import type { INestApplicationContext } from '@nestjs/common';
import { BriefsService, EditorialLineService, KeyDatesService } from '@parvis/api/planning';
import { Network } from '@parvis/shared/domain';
import { seedDemoPosts } from './demo-posts-seed';
import type { DemoIdentity } from './demo-seed';

/** YYYY-MM-DD, `days` after today (UTC date). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A lived-in editorial line for "Ville de Démo" on first start, created by its editor through the
 * planning services (so the demo obeys every rule, and assignments notify the agent): themes,
 * audiences, a campaign, two channels not yet connected, key dates and briefs around today.
 */
export async function seedDemoPlanning(app: INestApplicationContext, identity: DemoIdentity): Promise<void> {
  const editorActor = identity.cityActors.get('editeur@demo.parvis.fr');
  if (!editorActor) return;
  const { scope, user: editor } = editorActor;
  const agentMembership = identity.cityActors.get('agent@demo.parvis.fr')?.scope.membershipId;
  const line = app.get(EditorialLineService);
  const briefs = app.get(BriefsService);

  const theme = (name: string, color: string, objectives: string) => line.saveTheme(scope, null, { name, color, objectives });
  const audience = (name: string, description: string) => line.saveAudience(scope, null, { name, description });
  const culture = await theme('Culture et patrimoine', '#6A6AF4', 'Faire connaître la saison culturelle et le patrimoine de la ville');
  const works = await theme('Travaux et mobilité', '#B34000', 'Prévenir des chantiers et des changements de circulation');
  const solidarity = await theme('Solidarités', '#18753C', 'Faire connaître les aides et les services aux habitants');
  const everyone = await audience('Grand public', 'Toutes les habitantes et tous les habitants');
  const families = await audience('Parents', 'Familles avec enfants scolarisés');
  const youth = await audience('Jeunes (15-25 ans)', 'Lycéens, étudiants, jeunes actifs');
  const season = await line.saveCampaign(scope, null, {
    name: 'Fêtes de fin d’année',
    objective: 'Faire venir au marché de Noël et aux animations',
    themeId: culture.id,
    startsOn: dayFromNow(0),
    endsOn: dayFromNow(45),
    audienceIds: [everyone.id, families.id],
  });
  const bluesky = await line.createChannel(scope, { network: Network.Bluesky, handle: 'ville-de-demo.bsky.social', displayName: 'Ville de Démo sur Bluesky', audienceIds: [everyone.id, youth.id] });
  const mastodon = await line.createChannel(scope, { network: Network.Mastodon, handle: '@villededemo@social.example', displayName: 'Ville de Démo sur Mastodon', audienceIds: [everyone.id] });
  for (const [label, date] of [
    ['Journées européennes du patrimoine', '2026-09-19'],
    ['Fête de la ville', '2026-06-27'],
  ] as const) {
    await app.get(KeyDatesService).save(scope, null, { label, date, recurringYearly: true });
  }
  const planned: [string, number, string, string, string[], string[], boolean][] = [
    ['Travaux rue Victor-Hugo : déviation', 2, '08:30', works.id, [everyone.id], [bluesky.id, mastodon.id], true],
    ['Marché de Noël : ouverture', 5, '10:00', culture.id, [everyone.id, families.id], [bluesky.id, mastodon.id], true],
    ['Inscriptions au centre de loisirs', 9, '12:00', solidarity.id, [families.id], [mastodon.id], false],
    ['Conseil municipal des jeunes', 12, '17:00', solidarity.id, [youth.id], [bluesky.id], false],
    ['Concert du Nouvel An', 30, '18:00', culture.id, [everyone.id], [bluesky.id, mastodon.id], false],
  ];
  for (const [title, inDays, time, themeId, audienceIds, channelIds, assigned] of planned) {
    await briefs.create(scope, editor, {
      title,
      plannedDate: dayFromNow(inDays),
      plannedTime: time,
      themeId,
      campaignId: themeId === culture.id ? season.id : undefined,
      audienceIds,
      channelIds,
      ...(assigned && agentMembership ? { assigneeMembershipId: agentMembership, draftDueDate: dayFromNow(inDays - 1) } : {}),
    });
  }
  await seedDemoPosts(app, identity);
}
