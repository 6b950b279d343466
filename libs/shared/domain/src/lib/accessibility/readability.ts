import { violation, type Violation } from '../networks/violation';
import { detectEntities } from '../text/entities';
import { sentenceSpans } from '../text/sentences';
import type { TextSpan } from '../text/text-span';

export type ReadabilityLevel = 'very_easy' | 'easy' | 'fairly_easy' | 'standard' | 'fairly_difficult' | 'difficult' | 'very_difficult';

export interface Readability {
  /** Kandel–Moles score (the French Flesch): 207 − 1.015 × words/sentence − 73.6 × syllables/word. */
  score: number;
  level: ReadabilityLevel;
  /** The plain sentence shown beside the counter. */
  label: string;
  sentences: number;
  words: number;
  syllables: number;
  /** Easy-read (FALC) advice, as warnings on their spans. */
  hints: Violation[];
}

const LEVELS: readonly { min: number; level: ReadabilityLevel; label: string }[] = [
  { min: 90, level: 'very_easy', label: 'très facile' },
  { min: 80, level: 'easy', label: 'facile' },
  { min: 70, level: 'fairly_easy', label: 'assez facile' },
  { min: 60, level: 'standard', label: 'standard' },
  { min: 50, level: 'fairly_difficult', label: 'assez difficile' },
  { min: 30, level: 'difficult', label: 'difficile' },
  { min: -Infinity, level: 'very_difficult', label: 'très difficile' },
];

export function readabilityLevel(score: number): { level: ReadabilityLevel; label: string } {
  const { level, label } = LEVELS.find((l) => score >= l.min) ?? LEVELS[LEVELS.length - 1];
  return { level, label };
}

const VOWEL_GROUP = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;

/**
 * Spoken syllables of a French word, by vowel groups: "qu" and "gu" before e/i are consonants, a final
 * mute "e"/"es" does not count ("portes" 1, "médiathèque" 3, "année" 2). About right, which is all a
 * readability score needs.
 */
export function frenchSyllables(word: string): number {
  let w = word.normalize('NFC').toLowerCase();
  if (/^\p{N}+$/u.test(w)) return Math.min(w.length, 4);
  w = w.replace(/qu/g, 'k').replace(/gu(?=[eéèêiy])/g, 'g');
  const groups = w.match(VOWEL_GROUP)?.length ?? 0;
  const muteEnding = groups > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(w);
  return Math.max(1, groups - (muteEnding ? 1 : 0));
}

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\p{N}+/gu;

interface Word extends TextSpan {
  text: string;
}

function wordsOf(text: string, skip: readonly TextSpan[]): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (skip.some((s) => start >= s.start && start < s.end)) continue;
    words.push({ start, end: start + match[0].length, text: match[0] });
  }
  return words;
}

/** FALC: sentences of at most 15 words, short words, numbers in digits (« 3 », not « trois »). */
const FALC_MAX_WORDS_PER_SENTENCE = 15;
const FALC_MAX_SYLLABLES_PER_WORD = 4;
const NUMBER_WORDS = new Set([
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'octante', 'nonante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards',
]);

function isNumberInLetters(word: string): boolean {
  return word.toLocaleLowerCase('fr').split('-').every((part) => NUMBER_WORDS.has(part) || part === 'et' || part === 'un' || part === 'une');
}

/**
 * French readability of a post (links, mentions and hashtags left out), with easy-read hints.
 * Null for a text without words.
 */
export function readability(text: string): Readability | null {
  const entities = detectEntities(text);
  const sentences = sentenceSpans(text);
  const words = wordsOf(text, entities);
  if (words.length === 0) return null;
  const counted = sentences.map((s) => ({ ...s, words: words.filter((w) => w.start >= s.start && w.start < s.end) })).filter((s) => s.words.length > 0);
  // Posts repeat their words: each distinct word is counted once.
  const byText = new Map<string, number>();
  const syllablesOfText = (text: string): number => {
    let count = byText.get(text);
    if (count === undefined) byText.set(text, (count = frenchSyllables(text)));
    return count;
  };
  const syllablesOf = new Map(words.map((w) => [w, syllablesOfText(w.text)]));
  const syllables = [...syllablesOf.values()].reduce((a, b) => a + b, 0);
  const sentenceCount = Math.max(1, counted.length);
  const score = Math.round((207 - 1.015 * (words.length / sentenceCount) - 73.6 * (syllables / words.length)) * 10) / 10;

  const hints: Violation[] = [];
  for (const sentence of counted) {
    if (sentence.words.length > FALC_MAX_WORDS_PER_SENTENCE) {
      hints.push(violation('falc_long_sentence', 'warning', { field: 'text' }, { words: sentence.words.length, max: FALC_MAX_WORDS_PER_SENTENCE }, { start: sentence.start, end: sentence.end }));
    }
  }
  for (const word of words) {
    if ((syllablesOf.get(word) ?? 0) > FALC_MAX_SYLLABLES_PER_WORD) hints.push(violation('falc_long_word', 'warning', { field: 'text' }, { word: word.text }, word));
    else if (isNumberInLetters(word.text) && !/^(?:un|une|et)$/i.test(word.text)) hints.push(violation('falc_number_in_letters', 'warning', { field: 'text' }, { word: word.text }, word));
  }
  hints.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { score, ...readabilityLevel(score), sentences: sentenceCount, words: words.length, syllables, hints };
}
