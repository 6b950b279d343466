import { ManualChannelAdapter, PlatformRegistry } from '@parvis/api/platform';
import { PublicationState } from '../entities';
import type { PublicationView } from '../repositories/publication-views';
import { PublicationViewMapper } from './publication-view';

const view = (overrides: Partial<PublicationView> = {}): PublicationView => ({
  id: 'pub-1',
  version: 2,
  postId: 'post-1',
  channelId: 'ch-1',
  channelName: 'LinkedIn de la ville',
  network: 'linkedin',
  connectionNetwork: 'manual',
  connectionStatus: 'connected',
  state: PublicationState.Pending,
  attempts: 0,
  remoteUrl: null,
  lastErrorKind: null,
  lastError: null,
  nextAttemptAt: new Date('2030-03-01T09:00:00.000Z'),
  dueAt: new Date('2030-03-01T09:00:00.000Z'),
  publishedAt: null,
  handoverText: null,
  postStatus: 'scheduled',
  postVersion: 7,
  postAuthorMembershipId: null,
  masterText: 'La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de travaux de rénovation énergétique\nDétails',
  variantText: '',
  threadParts: null,
  ...overrides,
});

describe('PublicationViewMapper.toQueueItem', () => {
  const mapper = new PublicationViewMapper(new PlatformRegistry([new ManualChannelAdapter()]));

  it('carries the post’s version (the If-Match of « publier maintenant » and « annuler »), not the publication’s', () => {
    const item = mapper.toQueueItem(view());
    expect(item.postVersion).toBe(7);
    expect(item.version).toBe(2);
  });

  it('titles the item by the post’s first line cut after its last whole word', () => {
    expect(mapper.toQueueItem(view()).postTitle).toBe('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de…');
    expect(mapper.toQueueItem(view({ masterText: 'Piscine fermée\nce matin' })).postTitle).toBe('Piscine fermée');
  });
});
