import type { INestApplicationContext } from '@nestjs/common';
import type { AuthenticatedUser, OrgScope } from '@parvis/api/core';
import { IdentityStore } from '@parvis/api/identity';
import { BriefsService } from '@parvis/api/planning';
import { PostsService } from '@parvis/api/posts';
import { Role } from '@parvis/shared/domain';

async function actor(app: INestApplicationContext, organizationId: string, timeZone: string, email: string, role: Role): Promise<{ scope: OrgScope; user: AuthenticatedUser } | null> {
  const identity = app.get(IdentityStore);
  const user = await identity.repos.users.findByEmail(email);
  const membership = user ? await identity.repos.memberships.findByUser(organizationId, user.id) : null;
  if (!user || !membership) return null;
  return {
    scope: { organizationId, membershipId: membership.id, role, timeZone, contentVersion: '0' },
    user: { id: user.id, email: user.email, displayName: user.displayName, isInstanceAdmin: false, sessionId: 'demo-seed' },
  };
}

/**
 * A few drafts in "Ville de Démo", written through the posts service like the composer does: the
 * agent drafts from the first brief assigned to them (its brief goes in progress), the editor
 * writes one from scratch with a Mastodon variant of its own.
 */
export async function seedDemoPosts(app: INestApplicationContext): Promise<void> {
  const city = (await app.get(IdentityStore).repos.organizations.listAllWithMemberCounts()).find((o) => o.organization.slug === 'ville-de-demo')?.organization;
  if (!city) return;
  const posts = app.get(PostsService);
  const agent = await actor(app, city.id, city.timeZone, 'agent@demo.parvis.fr', Role.Contributor);
  const editor = await actor(app, city.id, city.timeZone, 'editeur@demo.parvis.fr', Role.Editor);
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
