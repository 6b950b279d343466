import { Network } from '../planning/networks';
import { detectEntities } from '../text/entities';
import { networkCapabilities } from './network-capabilities';
import { splitForChannel } from './network-thread';
import { measureText } from './text-length';
import { analyzeText } from '../text/text-analysis';
import { splitThread } from '../text/thread-split';
import { validatePost, validateVariant } from './validate-variant';
import type { ChannelRules, VariantContent, VariantMedia } from './variant';

const channel = (network: Network, channelId: string = network): ChannelRules => ({ channelId, network, capabilities: networkCapabilities(network) });
const variant = (text: string, extra: Partial<VariantContent> = {}): VariantContent => ({ channelId: 'bluesky', text, media: [], ...extra });
const image = (extra: Partial<VariantMedia> = {}): VariantMedia => ({
  contentHash: 'a'.repeat(64), kind: 'image', mimeType: 'image/jpeg', sizeBytes: 500_000, width: 1200, height: 1000, durationSeconds: null,
  altText: 'Le maire coupe le ruban devant la médiathèque', fileName: 'IMG_1234.jpg', ...extra,
});
const codes = (v: { violations: { code: string }[] }) => v.violations.map((x) => x.code);

const LONG_TEXT =
  'La médiathèque François-Mitterrand rouvre ses portes samedi\u202f! Après huit mois de travaux, les lecteurs découvriront « l’espace jeunesse », ' +
  'un fablab et une salle d’étude de quarante places. Programme complet sur https://www.ville.fr/mediatheque/reouverture-2025 et sur ville.fr/agenda. ' +
  'M. Dupont, adjoint à la culture, accueillera le public à 10\u00a0h. Merci à @alice@mastodon.social et à @mediatheque.bsky.social pour leur aide. ' +
  'Entrée libre, accès PMR, navette gratuite depuis la gare toutes les vingt minutes. Venez nombreux\u00a0! #Été2025 #CultureEnFête #Médiathèque';

describe('validateVariant', () => {
  it('gives the length, the limit and no violation for a valid Bluesky post', () => {
    expect(validateVariant(variant('Bonjour 🇫🇷'), channel(Network.Bluesky))).toMatchObject({ length: 9, limit: 300, unit: 'graphemes', violations: [] });
  });

  it('flags a text over the limit with the exact span to underline and the offer of a thread', () => {
    const text = `${'a'.repeat(300)}bcd`;
    const [v] = validateVariant(variant(text), channel(Network.Bluesky)).violations;
    expect(v).toEqual({ code: 'text_too_long', severity: 'error', target: { field: 'text' }, span: { start: 300, end: 303 }, messageKey: 'rules.text_too_long', params: { length: 303, limit: 300, unit: 'graphemes', canThread: 1 } });
  });

  it('flags Bluesky’s byte ceiling separately', () => {
    expect(codes(validateVariant(variant('👨‍👩‍👧‍👦'.repeat(121)), channel(Network.Bluesky), { checks: [] }))).toEqual(['text_too_many_bytes']);
  });

  it('refuses an empty post and an Instagram post without media', () => {
    expect(codes(validateVariant(variant('  '), channel(Network.Bluesky)))).toEqual(['text_empty']);
    expect(codes(validateVariant(variant('Bonjour', { channelId: 'instagram' }), channel(Network.Instagram)))).toEqual(['media_required']);
    expect(codes(validateVariant(variant('', { media: [image()] }), channel(Network.Bluesky)))).toEqual([]);
  });

  it('checks media count, type, size, duration and aspect per network', () => {
    const bluesky = channel(Network.Bluesky);
    expect(codes(validateVariant(variant('x', { media: [image(), image(), image(), image(), image()] }), bluesky))).toEqual(['too_many_media']);
    expect(codes(validateVariant(variant('x', { media: [image({ sizeBytes: 2_000_001 })] }), bluesky))).toEqual(['image_too_large']);
    expect(codes(validateVariant(variant('x', { media: [image({ sizeBytes: 2_000_000 })] }), bluesky))).toEqual([]);
    expect(codes(validateVariant(variant('x', { media: [image({ mimeType: 'image/tiff' })] }), bluesky))).toEqual(['media_type_not_supported']);
    const video = image({ kind: 'video', mimeType: 'video/mp4', durationSeconds: 181, hasCaptions: true });
    expect(codes(validateVariant(variant('x', { media: [video] }), bluesky))).toEqual(['video_too_long']);
    expect(codes(validateVariant(variant('x', { media: [image(), { ...video, durationSeconds: 30 }] }), bluesky))).toEqual(['mixed_media_not_supported']);
    const instagram = channel(Network.Instagram);
    expect(codes(validateVariant(variant('x', { media: [image({ width: 1080, height: 1350 })] }), instagram))).toEqual([]);
    expect(codes(validateVariant(variant('x', { media: [image({ width: 1080, height: 1920 })] }), instagram))).toEqual(['aspect_ratio_out_of_range']);
  });

  it('limits alt text to 2,000 on Bluesky and 1,500 on Mastodon', () => {
    const alt = 'é'.repeat(1501);
    expect(codes(validateVariant(variant('x', { media: [image({ altText: alt })] }), channel(Network.Bluesky)))).toEqual([]);
    const [v] = validateVariant(variant('x', { media: [image({ altText: alt })] }), channel(Network.Mastodon)).violations;
    expect(v).toMatchObject({ code: 'alt_text_too_long', target: { field: 'media', index: 0 }, params: { length: 1501, max: 1500 } });
  });

  it('applies Threads’ five links and its one visible hashtag', () => {
    const links = ['a.fr', 'b.fr', 'c.fr', 'd.fr', 'e.fr', 'f.fr'].join(' ');
    const result = validateVariant(variant(`${links} #un #deux`), channel(Network.Threads));
    expect(result.violations.map((v) => [v.code, v.severity])).toEqual([
      ['too_many_links', 'error'],
      ['too_many_hashtags', 'warning'],
    ]);
    expect(result.violations[0].span).toEqual({ start: 25, end: 29 });
  });

  it('validates each thread part, with the part’s own span', () => {
    const parts = ['Première partie 1/2', `${'b'.repeat(300)} 2/2`];
    const result = validateVariant(variant('', { threadParts: parts }), channel(Network.Bluesky));
    expect(result.parts.map((p) => p.counters[0].value)).toEqual([19, 304]);
    expect(result).toMatchObject({ length: 304, limit: 300 });
    expect(result.violations).toEqual([expect.objectContaining({ code: 'text_too_long', target: { field: 'thread_part', index: 1 }, span: { start: 300, end: 304 } })]);
  });

  it('refuses a thread where the network has none, and a link that is not http(s)', () => {
    expect(codes(validateVariant(variant('x', { threadParts: ['a', 'b'] }), channel(Network.LinkedIn)))).toEqual(['thread_not_supported']);
    expect(codes(validateVariant(variant('x', { link: 'javascript:alert(1)' }), channel(Network.Bluesky)))).toEqual(['link_invalid']);
    expect(codes(validateVariant(variant('x', { link: 'https://ville.fr', media: [image()] }), channel(Network.Bluesky)))).toEqual(['link_card_hidden_by_media']);
  });
});

describe('validatePost', () => {
  it('validates every variant against its own channel and refuses unknown channels', () => {
    const channels = [channel(Network.Bluesky, 'b1'), channel(Network.Mastodon, 'm1'), channel(Network.LinkedIn, 'l1')];
    const post = { variants: [LONG_TEXT, LONG_TEXT, LONG_TEXT, 'x'].map((text, i) => variant(text, { channelId: ['b1', 'm1', 'l1', 'zz'][i] })) };
    const result = validatePost(post, channels);
    expect(result.valid).toBe(false);
    expect(result.variants.map((v) => [v.channelId, v.violations.map((x) => x.code)])).toEqual([
      ['b1', ['text_too_long']],
      ['m1', ['text_too_long']],
      ['l1', []],
    ]);
    expect(result.violations).toEqual([expect.objectContaining({ code: 'unknown_channel', params: { channelId: 'zz' } })]);
  });
});

describe('thread splitting', () => {
  const fitsEverywhere = (rules: ChannelRules, parts: string[]) =>
    parts.every((part) => measureText(analyzeText(part), rules.capabilities).every((c) => c.value <= c.limit));

  it.each([Network.Bluesky, Network.X, Network.Threads])('splits a long text into numbered parts that each fit %s', (network) => {
    const rules = channel(network);
    const { parts, sources } = splitForChannel(LONG_TEXT, rules);
    expect(parts.length).toBeGreaterThan(1);
    expect(fitsEverywhere(rules, parts)).toBe(true);
    parts.forEach((part, i) => expect(part.endsWith(` ${i + 1}/${parts.length}`)).toBe(true));
    // Nothing lost, nothing reordered: the sources cover the text, only breaking spaces between them.
    for (let i = 1; i < sources.length; i++) expect(LONG_TEXT.slice(sources[i - 1].end, sources[i].start)).toMatch(/^[ \n]+$/);
  });

  it('never cuts a word, a link, a mention or a hashtag, nor at a non-breaking space', () => {
    const entities = detectEntities(LONG_TEXT);
    for (const network of [Network.Bluesky, Network.X, Network.Threads]) {
      for (const { end } of splitForChannel(LONG_TEXT, channel(network)).sources.slice(0, -1)) {
        expect(LONG_TEXT[end]).toBe(' ');
        expect(LONG_TEXT[end - 1]).not.toBe(' ');
        expect(entities.some((e) => end > e.start && end < e.end)).toBe(false);
        expect(LONG_TEXT.slice(end - 1, end + 2)).not.toMatch(/[«]\s|\s[»:;!?]/);
      }
    }
  });

  it('prefers sentence ends to word breaks, and "M. Dupont" is not a sentence end', () => {
    const { parts } = splitForChannel(LONG_TEXT, channel(Network.Bluesky));
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/[.!?] \d\/\d$/);
    expect(parts[0]).toMatch(/ville\.fr\/agenda\. 1\/\d$/);
    expect(parts.some((p) => /M\. \d\/\d$/.test(p))).toBe(false);
  });

  it('never breaks at a non-breaking space, nor inside « guillemets » typed with plain spaces', () => {
    const x = 'x'.repeat(291);
    expect(splitForChannel(`${x} mot\u00a0! ${'y'.repeat(50)}`, channel(Network.Bluesky)).parts[0]).toBe(`${x} 1/2`);
    expect(splitForChannel(`${x} 10\u00a0000 habitants`, channel(Network.Bluesky)).parts[0]).toBe(`${x} 1/2`);
    expect(splitForChannel(`${x} « oui » ${'y'.repeat(50)}`, channel(Network.Bluesky)).parts[0]).toBe(`${x} 1/2`);
  });

  it('keeps a caller’s protected span whole', () => {
    const fits = (part: string) => part.length <= 20;
    expect(splitThread('un deux trois quatre cinq six', fits, { numbering: 'none' }).parts[0]).toBe('un deux trois quatre');
    expect(splitThread('un deux trois quatre cinq six', fits, { numbering: 'none', protectedSpans: [{ start: 8, end: 25 }] }).parts[0]).toBe('un deux');
  });

  it('returns a text that fits whole and unnumbered', () => {
    expect(splitForChannel('  Court.  ', channel(Network.Bluesky))).toEqual({ parts: ['Court.'], sources: [{ start: 2, end: 8 }] });
  });

  it('keeps a word longer than a post whole (the validation then flags that part)', () => {
    const word = 'x'.repeat(320);
    const { parts } = splitForChannel(`Début ${word} fin`, channel(Network.Bluesky));
    expect(parts).toEqual(['Début 1/3', `${word} 2/3`, 'fin 3/3']);
  });

  it('numbers with two digits when the thread reaches ten parts', () => {
    const text = Array.from({ length: 80 }, (_, i) => `Phrase numéro ${i} un peu longue pour remplir le fil.`).join(' ');
    const { parts } = splitForChannel(text, channel(Network.Bluesky), { numbering: 'start' });
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(parts[0].startsWith(`1/${parts.length} `)).toBe(true);
    expect(fitsEverywhere(channel(Network.Bluesky), parts)).toBe(true);
  });
});
