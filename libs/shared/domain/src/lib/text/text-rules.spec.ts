import { detectEntities } from './entities';
import { emojiSpans, isEmojiCluster } from './emoji';
import { countGraphemes, graphemeBoundaries, utf8Length } from './graphemes';
import { sentenceSpans } from './sentences';
import { analyzeText, sliceAnalysis } from './text-analysis';

const segmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });
const reference = (text: string): number[] => [...[...segmenter.segment(text)].map((s) => s.index), text.length];

describe('graphemes', () => {
  it.each([
    ['family (ZWJ sequence)', '👨‍👩‍👧‍👦', 1],
    ['rainbow flag (ZWJ + VS16)', '🏳️‍🌈', 1],
    ['two flags', '🇫🇷🇪🇺', 2],
    ['skin tone', '👍🏽', 1],
    ['keycap', '1️⃣', 1],
    ['combining accents', 'e\u0301te\u0301', 3],
    ['precomposed accents', 'été', 3],
    ['CR LF is one cluster', 'a\r\nb', 3],
    ['ZWJ before a Latin-1 pictograph', '👨‍©', 1],
    ['French spacing', 'Bonjour\u202f! «\u00a0Oui\u00a0»', 17],
  ])('%s', (_label, text, expected) => {
    expect(countGraphemes(text)).toBe(expected);
    expect(graphemeBoundaries(text)).toEqual(reference(text));
  });

  it('agrees with Intl.Segmenter on mixed text, wherever the complex runs fall', () => {
    const pieces = ['a', ' ', 'é', 'e\u0301', '👨‍👩‍👧', '🇫🇷', '\r\n', '\u202f!', '«', '©\ufe0f', 'ก่', '한국', '\u0300', 'x', '🎉', '🇫', '👍🏽', '\u200d', '❤️'];
    let seed = 7;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length];
      }
      expect(graphemeBoundaries(text)).toEqual(reference(text));
    }
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const text of ['abc', 'été', '€', '👨‍👩‍👧', 'e\u0301', '\u202f', '\ud800x']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('emoji', () => {
  it.each([
    ['😀', true],
    ['👨‍👩‍👧', true],
    ['🇫🇷', true],
    ['1️⃣', true],
    ['❤️', true],
    ['©', false],
    ['©️', true],
    ['a', false],
    ['é', false],
  ])('%s is an emoji: %s', (cluster, expected) => {
    expect(isEmojiCluster(cluster)).toBe(expected);
  });

  it('finds the emoji spans of a text', () => {
    const text = 'Fête 🎉 du 14 juillet 🇫🇷 !';
    expect(emojiSpans(text, graphemeBoundaries(text)).map((s) => text.slice(s.start, s.end))).toEqual(['🎉', '🇫🇷']);
  });
});

describe('entities', () => {
  const kinds = (text: string) => detectEntities(text).map((e) => [e.kind, e.text]);

  it('finds links with and without a scheme, and leaves out the trailing punctuation', () => {
    expect(kinds('Voir ville.fr/agenda, https://exemple.org/a?b=1. Et www.ville.fr !')).toEqual([
      ['url', 'ville.fr/agenda'],
      ['url', 'https://exemple.org/a?b=1'],
      ['url', 'www.ville.fr'],
    ]);
    const [schemeless, full] = detectEntities('ville.fr https://ville.fr');
    expect(schemeless).toMatchObject({ kind: 'url', hasScheme: false, url: 'http://ville.fr' });
    expect(full).toMatchObject({ kind: 'url', hasScheme: true });
  });

  it('finds links inside « guillemets » and (parentheses)', () => {
    expect(kinds('« https://ville.fr/x » (ville.fr/y)')).toEqual([
      ['url', 'https://ville.fr/x'],
      ['url', 'ville.fr/y'],
    ]);
  });

  it('tells the three mention forms apart, and a mention from the link inside it', () => {
    const entities = detectEntities('Merci @alice@mastodon.social, @mairie.bsky.social et @bob_22 !');
    expect(entities).toEqual([
      expect.objectContaining({ kind: 'mention', text: '@alice@mastodon.social', user: 'alice', domain: 'mastodon.social', form: 'fediverse' }),
      expect.objectContaining({ kind: 'mention', text: '@mairie.bsky.social', form: 'domain_handle' }),
      expect.objectContaining({ kind: 'mention', text: '@bob_22', form: 'local' }),
    ]);
  });

  it('does not take an e-mail address, a path or a fake domain for a mention', () => {
    expect(kinds('contact@ville.fr https://mastodon.social/@alice @nom.pasundomaine')).toEqual([['url', 'https://mastodon.social/@alice']]);
  });

  it('finds hashtags in any script with accents, not digits alone, not inside a link', () => {
    expect(kinds('#Été2025 #fête #CaféDuCoin #2025 https://ville.fr/#agenda l’#été')).toEqual([
      ['hashtag', '#Été2025'],
      ['hashtag', '#fête'],
      ['hashtag', '#CaféDuCoin'],
      ['url', 'https://ville.fr/#agenda'],
      ['hashtag', '#été'],
    ]);
  });

  it('reports UTF-16 spans that slice the original text', () => {
    const text = '🇫🇷 e\u0301te\u0301 #Été2025 ville.fr';
    for (const entity of detectEntities(text)) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  });
});

describe('graphemes without Intl.Segmenter (older browsers)', () => {
  const original = Object.getOwnPropertyDescriptor(Intl, 'Segmenter');
  afterEach(() => {
    if (original) Object.defineProperty(Intl, 'Segmenter', original);
  });

  it('falls back to code points around complex characters, plain text unchanged', () => {
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
    expect(countGraphemes('Fête e\u0301 👨‍👩‍👧')).toBe(13);
    expect(countGraphemes('Bonjour 🎉 🇫🇷')).toBe(11);
  });
});

describe('sentences', () => {
  it('splits at . ! ? … before a space or a line, not after « M. », and keeps the spans trimmed', () => {
    const text = '  Bonjour\u00a0! M. Dupont arrive. « Vraiment\u202f? »\nOui…  Fin  ';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Bonjour\u00a0!', 'M. Dupont arrive.', '« Vraiment\u202f? »', 'Oui…', 'Fin']);
    expect(sentenceSpans('   ')).toEqual([]);
  });
});

describe('sliceAnalysis', () => {
  const text =
    'Fête 🎉 à la médiathèque\u202f! Infos : https://ville.fr/agenda et ville.fr/plan, merci @alice@mastodon.social et @mairie.bsky.social ' +
    '#Été2025 e\u0301te\u0301 🇫🇷 👨‍👩‍👧 « fin »';
  const whole = analyzeText(text);
  const spaces = [0, ...[...text.matchAll(/ /g)].map((m) => m.index + 1), text.length];

  it('derives exactly what a fresh analysis of the numbered part finds, for every range between two spaces', () => {
    for (let a = 0; a < spaces.length; a++) {
      for (let b = a + 1; b < spaces.length; b++) {
        const [start, end] = [spaces[a], b === spaces.length - 1 ? text.length : spaces[b] - 1];
        if (end <= start) continue;
        for (const [prefix, suffix] of [['', ''], ['', ' 2/3'], ['10/12 ', '']]) {
          const derived = sliceAnalysis(whole, start, end, prefix, suffix);
          const fresh = analyzeText(prefix + text.slice(start, end) + suffix);
          expect(derived).toEqual(fresh);
        }
      }
    }
  });
});
