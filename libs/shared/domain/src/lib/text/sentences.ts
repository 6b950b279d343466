import type { TextSpan } from './text-span';

const SENTENCE_END = /[.!?…‽]$/;
// Closing quotes and brackets, with the spaces French puts before them and before « ! ? ».
const CLOSING = /[»”"')\]\s]+$/;
// "M. Dupont", "Mme. Durand", "J. Martin", "av. Foch": a dot that does not end the sentence.
const ABBREVIATION = /(?:^|[\s(«])(?:M|MM|Mme|Mmes|Mlle|Mlles|Dr|Pr|Me|St|Ste|av|bd|cf|p|n°|[A-Z])\.$/;

/** True when the text before a space ends a sentence: « Venez\u00a0! », "places.", "« Oui. »" (not "M."). */
export function endsSentence(before: string): boolean {
  const bare = before.replace(CLOSING, '');
  return SENTENCE_END.test(bare) && !ABBREVIATION.test(bare);
}

/** A plain space typed where French wants a non-breaking one (before » : ; ! ?): never a break there. */
export const NO_BREAK_BEFORE = /^[»”):;!?]/;

const SPACE_RUN = /\s+/g;

/** The sentences of a text (trimmed spans), split at sentence ends followed by a space or a new line. */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const leading = /^\s*/.exec(text)?.[0].length ?? 0;
  let start = leading;
  for (const match of text.matchAll(SPACE_RUN)) {
    const end = match.index;
    if (end <= start || NO_BREAK_BEFORE.test(text.charAt(end + match[0].length))) continue;
    if (match[0].includes('\n') || endsSentence(text.slice(Math.max(start, end - 12), end))) {
      spans.push({ start, end });
      start = end + match[0].length;
    }
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ start, end });
  return spans;
}
