import type { INestApplicationContext } from '@nestjs/common';
import { BriefsService } from '@parvis/api/planning';
import { PostsService } from '@parvis/api/posts';
import type { DemoIdentity } from './demo-seed';

/**
 * A few drafts in "Ville de Démo", written through the posts service like the composer does: the
 * agent drafts from the first brief assigned to them (its brief goes in progress), the editor
 * writes one from scratch with a Mastodon variant of its own.
 */
export async function seedDemoPosts(app: INestApplicationContext, identity: DemoIdentity): Promise<void> {
  const posts = app.get(PostsService);
  const agent = identity.cityActors.get('agent@demo.parvis.fr');
  const editor = identity.cityActors.get('editeur@demo.parvis.fr');
  if (agent) {
    const assigned = await app.get(BriefsService).page(agent.scope, { assignee: 'me', limit: 1 });
    const brief = assigned.items[0];
    if (brief) {
      await posts.create(agent.scope, agent.user, {
        briefId: brief.id,
        masterText: `${brief.title}. Toutes les informations sur ville-de-demo.fr/actualites, et n’hésitez pas à partager autour de vous.`,
      });
    }
  }
  if (!editor) return;
  const channels = (await app.get(BriefsService).page(editor.scope, { limit: 20 })).items.flatMap((b) => b.channelIds);
  const channelIds = [...new Set(channels)];
  if (channelIds.length === 0) return;
  const draft = await posts.create(editor.scope, editor.user, {
    masterText: 'Le marché de Noël ouvre ses portes place de la Mairie : 40 chalets, une patinoire et des animations pour toute la famille. Programme complet sur https://ville-de-demo.fr/noel',
    channelIds,
  });
  const mastodon = draft.variants.find((v) => v.network === 'mastodon');
  if (mastodon) {
    await posts.update(editor.scope, editor.user, draft.id, {
      variants: [{ channelId: mastodon.channelId, text: `${draft.masterText}\n\n#MarchéDeNoël #VilleDeDémo`, options: { visibility: 'public', language: 'fr' } }],
    });
  }
}
