import { Network } from '../planning/networks';
import { networkCapabilities } from '../networks/network-capabilities';
import { validateVariant } from '../networks/validate-variant';
import type { VariantContent, VariantMedia } from '../networks/variant';
import { RULE_CODES, RULE_MESSAGES, ruleMessage } from '../networks/rule-messages';
import { checkAccessibility, isFileNameAlt, repeatsPostText } from './accessibility-gate';
import { frenchSyllables, readability, readabilityLevel } from './readability';

const image = (extra: Partial<VariantMedia> = {}): VariantMedia => ({
  contentHash: 'f'.repeat(64), kind: 'image', mimeType: 'image/jpeg', sizeBytes: 100_000, width: 1000, height: 800, durationSeconds: null,
  altText: 'Trois enfants lisent sur des coussins verts', fileName: 'mediatheque-enfants.jpg', ...extra,
});
const variant = (text: string, media: VariantMedia[] = []): VariantContent => ({ channelId: 'c', text, media });
const found = (text: string, media: VariantMedia[] = []) => checkAccessibility(variant(text, media)).map((v) => [v.code, v.severity]);
const spanned = (text: string) => checkAccessibility(variant(text)).map((v) => [v.code, v.span ? text.slice(v.span.start, v.span.end) : null]);

describe('accessibility gate: blocking', () => {
  it('blocks an image without alt text, and one whose alt is blank', () => {
    expect(found('Bonjour', [image({ altText: null })])).toEqual([['image_alt_missing', 'error']]);
    expect(found('Bonjour', [image({ altText: '   ' })])).toEqual([['image_alt_missing', 'error']]);
    expect(found('Bonjour', [image()])).toEqual([]);
  });

  it.each([
    ['IMG_2025.jpg', 'IMG_2025.jpg'],
    ['IMG_2025', 'IMG_2025.jpg'],
    ['photo-mairie.png', null],
    ['DSC_0042', null],
    ['mediatheque enfants', 'mediatheque-enfants.jpg'],
  ])('blocks an alt text that is a file name: %s', (alt, fileName) => {
    expect(isFileNameAlt(alt, fileName)).toBe(true);
    expect(found('Bonjour', [image({ altText: alt, fileName })])).toEqual([['alt_text_is_file_name', 'error']]);
  });

  it('accepts a real description that mentions an image format in passing', () => {
    expect(isFileNameAlt('Affiche du festival Jazz.png en grand', 'affiche.png')).toBe(false);
  });

  it('blocks an alt text that repeats the post text', () => {
    const text = 'La médiathèque rouvre samedi\u202f! Venez découvrir l’espace jeunesse.';
    expect(repeatsPostText('la médiathèque rouvre samedi ! venez découvrir l’espace jeunesse', text)).toBe(true);
    expect(found(text, [image({ altText: 'Venez découvrir l’espace jeunesse' })])).toEqual([['alt_text_repeats_text', 'error']]);
    expect(found(text, [image({ altText: 'Samedi' })])).toEqual([]);
  });

  it('blocks a video without captions', () => {
    const video = image({ kind: 'video', mimeType: 'video/mp4', altText: null, durationSeconds: 20 });
    expect(found('Regardez', [video])).toEqual([['video_captions_missing', 'error']]);
    expect(found('Regardez', [{ ...video, hasCaptions: true }])).toEqual([]);
  });

  it('is part of validateVariant: the composer and the API see the same blocking error', () => {
    const result = validateVariant(variant('Bonjour', [image({ altText: '' })]), { channelId: 'c', network: Network.Bluesky, capabilities: networkCapabilities(Network.Bluesky) });
    expect(result.violations).toEqual([expect.objectContaining({ code: 'image_alt_missing', severity: 'error', target: { field: 'media', index: 0 }, messageKey: 'rules.image_alt_missing' })]);
  });
});

describe('accessibility gate: warnings', () => {
  it('warns about a long hashtag without capitals, not about a CamelCase or a short one', () => {
    expect(spanned('#journeesdupatrimoine #JourneesDuPatrimoine #culture #Été2025 #FETEDELAMUSIQUE')).toEqual([
      ['hashtag_not_camel_case', '#journeesdupatrimoine'],
      ['hashtag_not_camel_case', '#FETEDELAMUSIQUE'],
    ]);
  });

  it('warns beyond three emoji, from the fourth one', () => {
    expect(spanned('Fête 🎉🎈🎊 ce soir')).toEqual([]);
    expect(spanned('Fête 🎉🎈🎊 ce soir 👨‍👩‍👧 🇫🇷')).toEqual([['too_many_emoji', '👨‍👩‍👧 🇫🇷']]);
  });

  it('warns about emoji used as bullets', () => {
    expect(spanned('Programme :\n👉 contes\n👉 ateliers')).toEqual([
      ['emoji_as_bullet', '👉'],
      ['emoji_as_bullet', '👉'],
    ]);
  });

  it('warns about words in capitals, not about acronyms', () => {
    expect(spanned('FERMETURE EXCEPTIONNELLE du CCAS et de la SNCF')).toEqual([['text_in_capitals', 'FERMETURE EXCEPTIONNELLE']]);
    expect(spanned('Le CCAS et la PMR')).toEqual([]);
  });

  it('warns about a link without context', () => {
    expect(spanned('Pour vous inscrire, cliquez ici : https://ville.fr/inscription')).toEqual([['link_without_context', 'cliquez ici']]);
    expect(spanned('Tout le programme ici ville.fr/agenda')).toEqual([['link_without_context', 'ici']]);
    expect(spanned('Le lien : https://ville.fr/x')).toEqual([['link_without_context', 'Le lien']]);
    expect(spanned('Cliquez ici pour lire le programme')).toEqual([['link_without_context', 'Cliquez ici']]);
    expect(spanned('Programme de l’été : https://ville.fr/agenda')).toEqual([]);
  });

  it('flags an image that is mostly text, as a hint', () => {
    expect(found('Affiche', [image({ mostlyText: true })])).toEqual([['image_mostly_text', 'warning']]);
  });

  it('checks every part of a thread with its own target', () => {
    const violations = checkAccessibility({ channelId: 'c', text: '', threadParts: ['Bonjour 1/2', 'ATTENTION TRAVAUX 2/2'], media: [] });
    expect(violations).toEqual([expect.objectContaining({ code: 'text_in_capitals', target: { field: 'thread_part', index: 1 }, span: { start: 0, end: 17 } })]);
  });
});

describe('French readability (Kandel–Moles) and easy-read hints', () => {
  it.each([
    ['chat', 1],
    ['maison', 2],
    ['portes', 1],
    ['année', 2],
    ['médiathèque', 3],
    ['bibliothèque', 3],
    ['accessibilité', 6],
    ['guerre', 1],
    ['jeunesse', 2],
    ['ateliers', 3],
  ])('%s has %i syllable(s)', (word, count) => {
    expect(frenchSyllables(word)).toBe(count);
  });

  it('computes the score from words per sentence and syllables per word', () => {
    // 6 words, 1 sentence, 6 syllables: 207 − 1.015 × 6 − 73.6 × 6/6 = 127.3
    const result = readability('Le chat dort sur le lit.');
    expect(result).toMatchObject({ sentences: 1, words: 6, syllables: 6 });
    expect(result?.score).toBeCloseTo(207 - 1.015 * 6 - 73.6, 1);
    expect(result?.label).toBe('très facile');
  });

  it('rates an administrative sentence as difficult', () => {
    const text =
      'Conformément aux dispositions réglementaires applicables, la collectivité territoriale informe les administrés que la réhabilitation énergétique des équipements intercommunaux nécessitera une interruption temporaire.';
    const result = readability(text);
    expect(['difficile', 'très difficile']).toContain(result?.label);
    expect(result?.hints.map((h) => h.code)).toContain('falc_long_sentence');
    expect(result?.hints.filter((h) => h.code === 'falc_long_word').map((h) => text.slice(h.span?.start, h.span?.end))).toEqual(['collectivité', 'réhabilitation', 'intercommunaux', 'nécessitera']);
  });

  it('leaves links, mentions and hashtags out of the count, and maps scores to plain labels', () => {
    expect(readability('Voir https://ville.fr/agenda-culturel-de-l-ete @mairie.bsky.social #Été2025')?.words).toBe(1);
    expect(readability('🎉 https://ville.fr')).toBeNull();
    expect([95, 85, 75, 65, 55, 40, 10].map((s) => readabilityLevel(s).label)).toEqual(['très facile', 'facile', 'assez facile', 'standard', 'assez difficile', 'difficile', 'très difficile']);
  });

  it('suggests numbers in digits', () => {
    const result = readability('Il reste trois places et vingt-cinq tickets.');
    expect(result?.hints.filter((h) => h.code === 'falc_number_in_letters').map((h) => h.params['word'])).toEqual(['trois', 'vingt-cinq']);
  });

  it('counts sentences at French punctuation with non-breaking spaces, not after « M. »', () => {
    expect(readability('Bonjour\u00a0! M. Dupont arrive. « Vraiment\u202f? » Oui.')?.sentences).toBe(4);
  });
});

describe('rule messages', () => {
  it('has a French and an English message for every code, with the params they name', () => {
    for (const code of RULE_CODES) {
      expect(RULE_MESSAGES.fr[code]).toBeTruthy();
      expect(RULE_MESSAGES.en[code].match(/\{\{\w+\}\}/g) ?? []).toEqual(RULE_MESSAGES.fr[code].match(/\{\{\w+\}\}/g) ?? []);
    }
  });

  it('fills a message from a violation', () => {
    const [v] = checkAccessibility(variant('Bonjour', [image({ altText: 'IMG_1.jpg' })]));
    expect(ruleMessage(v)).toBe('Le texte alternatif « IMG_1.jpg » est un nom de fichier : décrivez l’image.');
    expect(ruleMessage(v, 'en')).toBe('The alt text “IMG_1.jpg” is a file name: describe the image.');
  });
});

describe('alt text repeating a long post', () => {
  const post = `${'Le marché de Noël ouvre vendredi sur la place. '.repeat(30)}Les enfants rencontrent le Père Noël au kiosque à 16 h. ${'Venez nombreux. '.repeat(20)}`;

  it('finds an alt text copied from the middle of a long post, whatever the punctuation and case', () => {
    expect(repeatsPostText('les enfants rencontrent le père noël, au kiosque', post)).toBe(true);
    expect(repeatsPostText('Des enfants sourient au Père Noël sous le kiosque illuminé', post)).toBe(false);
  });
});
