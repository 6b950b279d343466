import { ManualChannelAdapter, MANUAL_NETWORK, PlatformRegistry, UnknownNetworkError, type PlatformAdapter, type PublishRequest } from '../src';

const request: PublishRequest = {
  publicationId: 'pub-1',
  parts: [
    { key: 'k1', text: 'Fête de la musique ce soir.', media: [], linkCard: null },
    { key: 'k2', text: 'Programme en mairie.', media: [], linkCard: null },
  ],
  options: {},
  alreadyPublished: [],
};

describe('PlatformRegistry', () => {
  it('finds adapters by network key and lists their capabilities', () => {
    const manual = new ManualChannelAdapter();
    const registry = new PlatformRegistry([manual]);
    expect(registry.get(MANUAL_NETWORK)).toBe(manual);
    expect(registry.has('elsewhere')).toBe(false);
    expect(() => registry.get('elsewhere')).toThrow(UnknownNetworkError);
    expect(registry.capabilities().map((c) => c.network)).toEqual([MANUAL_NETWORK]);
  });

  it('refuses two adapters for the same network', () => {
    const adapters: PlatformAdapter[] = [new ManualChannelAdapter(), new ManualChannelAdapter()];
    expect(() => new PlatformRegistry(adapters)).toThrow(/two adapters/);
  });
});

describe('ManualChannelAdapter', () => {
  const adapter = new ManualChannelAdapter();

  it('hands the publication over with the final text of every part', async () => {
    const outcome = await adapter.publish(request);
    expect(outcome).toEqual({ status: 'handed_over', instructions: '(1/2) Fête de la musique ce soir.\n\n(2/2) Programme en mairie.' });
  });

  it('records a done report with its live URL, and a not-done one with its reason', () => {
    expect(adapter.complete(request, { done: true, url: 'https://www.ville.fr/actu/fete' })).toMatchObject({
      status: 'published',
      url: 'https://www.ville.fr/actu/fete',
      parts: [{ key: 'k1' }],
    });
    expect(adapter.complete(request, { done: false, reason: 'Panneau en panne' })).toEqual({
      status: 'failed',
      kind: 'declined',
      message: 'Panneau en panne',
      parts: [],
    });
    expect(adapter.complete(request, { done: true, url: 'javascript:alert(1)' })).toMatchObject({ status: 'failed', kind: 'invalid_content' });
  });

  it('mints distinct part keys', () => {
    expect(adapter.mintPartKey()).not.toBe(adapter.mintPartKey());
  });
});
