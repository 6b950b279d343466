import type { TextSpan } from './text-span';

const SENTENCE_END = /[.!?…‽]$/;
// Closing quotes and brackets, and the French non-breaking spaces before « ! ? ».
const CLOSING = /[»”"')\]\u00a0\u202f]+$/;
// "M. Dupont", "Mme. Durand", "J. Martin", "av. Foch": a dot that does not end the sentence.
const ABBREVIATION = /(?:^|[\s(«])(?:M|MM|Mme|Mmes|Mlle|Mlles|Dr|Pr|Me|St|Ste|av|bd|cf|p|n°|[A-Z])\.$/;

/** True when the text before a space ends a sentence: « Venez\u00a0! », "places.", "« Oui. »" (not "M."). */
export function endsSentence(before: string): boolean {
  const bare = before.replace(CLOSING, '');
  return SENTENCE_END.test(bare) && !ABBREVIATION.test(bare);
}

const SPACE_RUN = /\s+/g;

/** The sentences of a text (trimmed spans), split at sentence ends followed by a space or a new line. */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(SPACE_RUN)) {
    const end = match.index;
    if (end > start && (match[0].includes('\n') || endsSentence(text.slice(Math.max(start, end - 12), end)))) {
      spans.push({ start, end });
      start = end + match[0].length;
    }
  }
  const last = text.slice(start).trimEnd();
  if (last.length > 0) spans.push({ start, end: start + last.length });
  return spans.map((s) => {
    const leading = text.slice(s.start, s.end).length - text.slice(s.start, s.end).trimStart().length;
    return { start: s.start + leading, end: s.end };
  }).filter((s) => s.end > s.start);
}
