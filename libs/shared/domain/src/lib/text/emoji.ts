import type { TextSpan } from './text-span';

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
// Shown as an emoji, not as a text symbol: "©" alone is text, "©️" (with VS16) an emoji.
const EMOJI_STYLE = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\p{Emoji_Modifier}/u;

/** One grapheme cluster that displays as an emoji (👍🏽, 👨‍👩‍👧, 🇫🇷, 1️⃣, ❤️). */
export function isEmojiCluster(cluster: string): boolean {
  return PICTOGRAPHIC.test(cluster) && EMOJI_STYLE.test(cluster);
}

/**
 * The emoji of a text, given its cluster boundaries and, when known, the indices of its complex
 * clusters (graphemeClusters): only those can be emoji.
 */
export function emojiSpans(text: string, boundaries: readonly number[], complex?: readonly number[]): TextSpan[] {
  const spans: TextSpan[] = [];
  const check = (i: number) => {
    const start = boundaries[i];
    const end = boundaries[i + 1];
    if (end - start === 1 && text.charCodeAt(start) < 0x2000) return;
    if (isEmojiCluster(text.slice(start, end))) spans.push({ start, end });
  };
  if (complex) complex.forEach(check);
  else for (let i = 0; i + 1 < boundaries.length; i++) check(i);
  return spans;
}
