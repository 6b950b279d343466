import { createHash } from 'node:crypto';
import type { VariantContent } from '../networks/variant';
import { canonicalJson } from './canonical-json';
import { postContentHash, sha256Hex, variantContentHash, variantPublicationPayload } from './content-hash';
import { diffVariants, wordDiff } from './variant-diff';

const base: VariantContent = {
  channelId: 'chan-b',
  text: 'La médiathèque rouvre samedi\u202f! #Été2025',
  media: [
    { contentHash: 'A'.repeat(64), kind: 'image', mimeType: 'image/jpeg', sizeBytes: 1, width: 1, height: 1, durationSeconds: null, altText: 'Façade rénovée', fileName: 'a.jpg' },
    { contentHash: 'b'.repeat(64), kind: 'image', mimeType: 'image/png', sizeBytes: 1, width: 1, height: 1, durationSeconds: null, altText: 'Salle de lecture', fileName: 'b.png' },
  ],
  link: 'https://ville.fr/mediatheque',
  options: { languages: ['fr'], contentWarning: null },
};

describe('canonical JSON', () => {
  it('sorts keys, drops undefined members and insignificant whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, é: { z: 0, y: -1.5 } })).toBe('{"a":[true,null,"x"],"b":1,"é":{"y":-1.5,"z":0}}');
  });

  it('normalises strings and keys to NFC', () => {
    expect(canonicalJson({ 'e\u0301': 'cafe\u0301' })).toBe(canonicalJson({ é: 'café' }));
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson([Infinity])).toThrow(RangeError);
  });
});

describe('content hash', () => {
  it('is the SHA-256 hex of the canonical payload (same as Node’s crypto, computed without it)', () => {
    const json = canonicalJson(variantPublicationPayload(base));
    expect(variantContentHash(base)).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(json).toBe(
      '{"link":"https://ville.fr/mediatheque","media":[{"alt":"Façade rénovée","sha256":"' + 'a'.repeat(64) + '"},{"alt":"Salle de lecture","sha256":"' + 'b'.repeat(64) + '"}],' +
        '"options":{"languages":["fr"]},"posts":["La médiathèque rouvre samedi\u202f! #Été2025"],"v":1}',
    );
  });

  it('ignores what is not published: ids, file names, sizes, empty options, key order, Unicode form', () => {
    const same: VariantContent = {
      ...base,
      channelId: 'another',
      text: base.text.normalize('NFD'),
      media: base.media.map((m) => ({ ...m, fileName: 'renamed.jpg', sizeBytes: 999, contentHash: m.contentHash.toLowerCase() })),
      options: { contentWarning: '', languages: ['fr'] },
    };
    expect(variantContentHash(same)).toBe(variantContentHash(base));
  });

  it.each<[string, Partial<VariantContent>]>([
    ['a word of the text', { text: 'La médiathèque rouvre dimanche\u202f! #Été2025' }],
    ['a non-breaking space made plain', { text: 'La médiathèque rouvre samedi ! #Été2025' }],
    ['an alt text', { media: [{ ...base.media[0], altText: 'Façade' }, base.media[1]] }],
    ['the media order', { media: [base.media[1], base.media[0]] }],
    ['a media', { media: [base.media[0]] }],
    ['the link', { link: 'https://ville.fr/agenda' }],
    ['an option', { options: { languages: ['fr', 'en'] } }],
    ['a content warning', { options: { languages: ['fr'], contentWarning: 'Travaux' } }],
    ['a thread instead of one post', { threadParts: ['La médiathèque rouvre samedi\u202f! 1/2', '#Été2025 2/2'] }],
  ])('changes with %s', (_label, change) => {
    expect(variantContentHash({ ...base, ...change })).not.toBe(variantContentHash(base));
  });

  it('hashes a post from its variants ordered by channel id', () => {
    const other: VariantContent = { ...base, channelId: 'chan-a', text: 'Autre texte' };
    expect(postContentHash([base, other])).toBe(postContentHash([other, base]));
    expect(postContentHash([base, other])).toMatch(/^[0-9a-f]{64}$/);
    // The same texts on swapped channels is a different post.
    expect(postContentHash([{ ...base, channelId: 'chan-a' }, { ...other, channelId: 'chan-b' }])).not.toBe(postContentHash([base, other]));
    expect(postContentHash([base])).not.toBe(postContentHash([base, other]));
  });
});

describe('word diff', () => {
  it('returns added, removed and unchanged segments that rebuild both versions', () => {
    const before = 'La médiathèque rouvre samedi à 10 h.';
    const after = 'La médiathèque François-Mitterrand rouvre dimanche à 10 h.';
    const diff = wordDiff(before, after);
    expect(diff.filter((s) => s.kind !== 'unchanged')).toEqual([
      { kind: 'added', text: 'François-Mitterrand ' },
      { kind: 'removed', text: 'samedi' },
      { kind: 'added', text: 'dimanche' },
    ]);
    expect(diff.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before);
    expect(diff.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after);
  });

  it('sees no change between the NFC and NFD forms of a text', () => {
    expect(wordDiff('été', 'e\u0301te\u0301')).toEqual([{ kind: 'unchanged', text: 'été' }]);
  });

  it('compares two variant versions: text, media, alt text, link and options', () => {
    const after: VariantContent = {
      ...base,
      text: 'La médiathèque rouvre dimanche\u202f! #Été2025',
      media: [{ ...base.media[1], altText: 'Grande salle de lecture' }, { ...base.media[0], contentHash: 'c'.repeat(64) }],
      link: null,
      options: { languages: ['fr', 'en'] },
    };
    const diff = diffVariants(base, after);
    expect(diff.textChanged).toBe(true);
    expect(diff.media).toEqual({
      added: ['c'.repeat(64)],
      removed: ['A'.repeat(64)],
      altTextChanged: [
        {
          contentHash: 'b'.repeat(64),
          diff: [
            { kind: 'removed', text: 'Salle' },
            { kind: 'added', text: 'Grande' },
            { kind: 'unchanged', text: ' ' },
            { kind: 'added', text: 'salle ' },
            { kind: 'unchanged', text: 'de lecture' },
          ],
        },
      ],
      reordered: false,
    });
    expect(diff.link).toEqual({ before: 'https://ville.fr/mediatheque', after: null });
    expect(diff.optionsChanged).toEqual(['languages']);
    expect(diffVariants(base, base)).toMatchObject({ textChanged: false, link: null, optionsChanged: [], media: { added: [], removed: [], altTextChanged: [], reordered: false } });
  });
});
