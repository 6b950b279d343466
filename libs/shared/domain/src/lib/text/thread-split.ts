import { endsSentence, NO_BREAK_BEFORE } from './sentences';
import type { TextSpan } from './text-span';

/** Where a candidate part comes from: its range in the original text and the numbering around it. */
export interface PartSource {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/**
 * Measures a candidate part (`prefix + text.slice(start, end) + suffix`): true when it fits the network,
 * every counter within its limit. The source lets a caller reuse its analysis of the whole text.
 */
export type FitsInPost = (part: string, source: PartSource) => boolean;

export type ThreadNumbering = 'end' | 'start' | 'none';

export interface ThreadSplitOptions {
  /** « 1/3 » at the end of each part (default), at the start, or none. */
  numbering?: ThreadNumbering;
  /** The entities (links, mentions, hashtags) a break must never fall inside. */
  protectedSpans?: readonly TextSpan[];
}

export interface ThreadSplit {
  parts: string[];
  /** Where each part's text comes from in the original (before numbering), end exclusive. */
  sources: TextSpan[];
}

type BreakKind = 'paragraph' | 'sentence' | 'word';

interface BreakPoint {
  /** The part before ends here (the whitespace starts). */
  end: number;
  /** The next part starts here (after the whitespace). */
  next: number;
  kind: BreakKind;
}

// Breaking spaces only: U+00A0, U+202F (French spaces before « : ; ! ? » and inside guillemets), U+2007
// and U+2060 hold words together.
const BREAKING_SPACE = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;
// A regular space typed where French wants a non-breaking one: never break there.
const NO_BREAK_AFTER = /[«“(]$/;

function breakPoints(text: string, protectedSpans: readonly TextSpan[]): BreakPoint[] {
  const points: BreakPoint[] = [];
  for (const match of text.matchAll(BREAKING_SPACE)) {
    const end = match.index;
    const next = end + match[0].length;
    if (end === 0 || next >= text.length) continue;
    if (protectedSpans.some((s) => end > s.start && end < s.end)) continue;
    const before = text.slice(Math.max(0, end - 12), end);
    if (NO_BREAK_AFTER.test(before) || NO_BREAK_BEFORE.test(text.slice(next, next + 1))) continue;
    let kind: BreakKind = 'word';
    if (match[0].includes('\n')) kind = 'paragraph';
    else if (endsSentence(before)) kind = 'sentence';
    points.push({ end, next, kind });
  }
  return points;
}

function decoration(index: number, count: number, numbering: ThreadNumbering): { prefix: string; suffix: string } {
  if (numbering === 'none') return { prefix: '', suffix: '' };
  return numbering === 'start' ? { prefix: `${index}/${count} `, suffix: '' } : { prefix: '', suffix: ` ${index}/${count}` };
}

/** The last break that still fits, preferring a paragraph, then a sentence end, in the second half. */
function chooseBreak(candidates: readonly BreakPoint[], fits: (end: number) => boolean, start: number): BreakPoint | null {
  // Parts grow with their end: binary search for the furthest fitting break.
  let low = 0;
  let high = candidates.length - 1;
  let best = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(candidates[middle].end)) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (best < 0) return null;
  const furthest = candidates[best];
  const halfway = start + (furthest.end - start) / 2;
  for (const kind of ['paragraph', 'sentence'] as const) {
    for (let i = best; i >= 0 && candidates[i].end >= halfway; i--) if (candidates[i].kind === kind) return candidates[i];
  }
  return furthest;
}

function splitWithCount(text: string, offset: number, points: readonly BreakPoint[], fits: FitsInPost, assumedCount: number, numbering: ThreadNumbering): TextSpan[] {
  const sources: TextSpan[] = [];
  // Does text[start, end) fit as part `index`? (Offsets here are in the trimmed text; the caller's are not.)
  const fitsAt = (start: number, end: number, index: number): boolean => {
    const { prefix, suffix } = decoration(index, assumedCount, numbering);
    return fits(prefix + text.slice(start, end) + suffix, { start: start + offset, end: end + offset, prefix, suffix });
  };
  let start = 0;
  let index = 1;
  while (start < text.length) {
    if (fitsAt(start, text.length, index)) {
      sources.push({ start, end: text.length });
      break;
    }
    const candidates = points.filter((p) => p.end > start);
    const chosen = chooseBreak(candidates, (end) => fitsAt(start, end, index), start);
    // A single word (or link) longer than a post: it goes out whole, and the validation flags the part.
    const point = chosen ?? candidates[0];
    if (!point) {
      sources.push({ start, end: text.length });
      break;
    }
    sources.push({ start, end: point.end });
    start = point.next;
    index += 1;
  }
  return sources;
}

/**
 * Splits a long text into thread parts that each fit the network: at paragraph and sentence ends first,
 * then between words; never inside a word, a link, a mention or a hashtag, nor at a non-breaking space.
 * A text that fits is returned whole, unnumbered.
 */
export function splitThread(text: string, fits: FitsInPost, options: ThreadSplitOptions = {}): ThreadSplit {
  const numbering = options.numbering ?? 'end';
  const trimmed = text.trim();
  const offset = text.indexOf(trimmed);
  const whole = { start: offset, end: offset + trimmed.length, prefix: '', suffix: '' };
  if (trimmed === '' || fits(trimmed, whole)) return { parts: [trimmed], sources: [{ start: whole.start, end: whole.end }] };
  const spans = (options.protectedSpans ?? []).map((s) => ({ start: s.start - offset, end: s.end - offset }));
  const points = breakPoints(trimmed, spans);
  // The numbering's width depends on the count ("9/9" vs "10/12"): split again until the count holds.
  let count = 2;
  let sources = splitWithCount(trimmed, offset, points, fits, count, numbering);
  for (let attempt = 0; attempt < 4 && sources.length !== count; attempt++) {
    count = sources.length;
    sources = splitWithCount(trimmed, offset, points, fits, count, numbering);
  }
  const total = sources.length;
  return {
    parts: sources.map((s, i) => {
      const { prefix, suffix } = decoration(i + 1, total, numbering);
      return prefix + trimmed.slice(s.start, s.end) + suffix;
    }),
    sources: sources.map((s) => ({ start: s.start + offset, end: s.end + offset })),
  };
}
