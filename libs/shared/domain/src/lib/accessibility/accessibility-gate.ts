import type { ChannelRules, VariantContent, VariantMedia } from '../networks/variant';
import { violation, type Violation, type ViolationTarget } from '../networks/violation';
import { emojiSpans } from '../text/emoji';
import type { TextEntity } from '../text/entities';
import { analyzeText, type TextAnalysis } from '../text/text-analysis';
import type { TextSpan } from '../text/text-span';

/** Emoji beyond this number are noise for a screen reader, which reads each one's name aloud. */
export const MAX_EMOJI = 3;
/** A hashtag this long with no capital inside is several words a screen reader cannot separate. */
const CAMEL_CASE_MIN_LETTERS = 12;
/** Capitals read letter by letter or as shouting: runs at least this long (acronyms are shorter). */
const CAPITALS_MIN_LETTERS = 8;

const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|heic|heif|avif|tiff?|bmp|svg|mp4|mov|webm|m4v)$/i;
const CAMERA_NAME = /^(?:IMG|DSC|DSCN|DCIM|PXL|VID|MVIMG|Screenshot|Capture)[-_ ]?[\d_-]*/i;

// Spaces, ASCII and Latin-1 punctuation, general punctuation (’ « » …): what two wordings may differ by.
// (A plain class: Unicode property classes are ~20× slower over a 3,000-character post.)
const SEPARATORS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f]+/g;

function normalized(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

function withoutExtension(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** The alt text is the file's name, or a camera's or a screenshot's automatic name. */
export function isFileNameAlt(alt: string, fileName: string | null): boolean {
  const trimmed = alt.trim();
  if (FILE_NAME.test(trimmed) || (CAMERA_NAME.test(trimmed) && normalized(trimmed.replace(CAMERA_NAME, '')) === '')) return true;
  if (!fileName) return false;
  return normalized(trimmed) === normalized(fileName) || normalized(trimmed) === normalized(withoutExtension(fileName));
}

/** The alt text says what the post already says (it should describe the image instead). */
export function repeatsPostText(alt: string, postText: string): boolean {
  const a = normalized(alt);
  if (a === '') return false;
  if (postText.length <= alt.length * 2 + 20) {
    const t = normalized(postText);
    return t !== '' && (a === t || (a.length >= 20 && t.includes(a)));
  }
  if (a.length < 20) return false;
  // A long post: look only around the places where the alt text's longest word occurs.
  const lower = postText.normalize('NFC').toLowerCase();
  const probe = a.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  const reach = alt.length * 2;
  for (let at = lower.indexOf(probe); at >= 0; at = lower.indexOf(probe, at + 1)) {
    if (normalized(lower.slice(Math.max(0, at - reach), at + reach)).includes(a)) return true;
  }
  return false;
}

function mediaViolations(media: readonly VariantMedia[], postText: string): Violation[] {
  const found: Violation[] = [];
  media.forEach((item, index) => {
    const target: ViolationTarget = { field: 'media', index };
    if (item.kind === 'video') {
      if (!item.hasCaptions) found.push(violation('video_captions_missing', 'error', target));
      return;
    }
    const alt = item.altText?.trim() ?? '';
    if (alt === '') found.push(violation('image_alt_missing', 'error', target));
    else if (isFileNameAlt(alt, item.fileName)) found.push(violation('alt_text_is_file_name', 'error', target, { alt }));
    else if (repeatsPostText(alt, postText)) found.push(violation('alt_text_repeats_text', 'error', target));
    if (item.mostlyText) found.push(violation('image_mostly_text', 'warning', target));
  });
  return found;
}

function hashtagViolations(entities: readonly TextEntity[], target: ViolationTarget): Violation[] {
  return entities
    .filter((e) => e.kind === 'hashtag')
    .filter((tag) => {
      const letters = tag.tag.replace(/[^\p{L}]/gu, '');
      return letters.length >= CAMEL_CASE_MIN_LETTERS && (letters === letters.toLocaleLowerCase('fr') || letters === letters.toLocaleUpperCase('fr'));
    })
    .map((tag) => violation('hashtag_not_camel_case', 'warning', target, { hashtag: tag.text }, { start: tag.start, end: tag.end }));
}

function emojiViolations(analysis: TextAnalysis, target: ViolationTarget): Violation[] {
  const found: Violation[] = [];
  const spans = emojiSpans(analysis.text, analysis.boundaries, analysis.complexClusters);
  if (spans.length > MAX_EMOJI) {
    found.push(violation('too_many_emoji', 'warning', target, { count: spans.length, max: MAX_EMOJI }, { start: spans[MAX_EMOJI].start, end: spans[spans.length - 1].end }));
  }
  // An emoji opening a line as a list marker: read aloud as "main pointant vers la droite" before each item.
  const bullets = spans.filter((s) => /(?:^|\n)[ \t]*$/.test(analysis.text.slice(Math.max(0, s.start - 8), s.start)));
  if (bullets.length >= 2) bullets.forEach((s) => found.push(violation('emoji_as_bullet', 'warning', target, {}, s)));
  return found;
}

// Latin capitals only (a French product; Unicode property classes are ten times slower to scan with).
const UPPERCASE_RUN = /(?<![A-Za-zÀ-ÖØ-öø-ÿŒœ0-9])[A-ZÀ-ÖØ-ÞŒŸ]{2,}(?:[\s'’-]+[A-ZÀ-ÖØ-ÞŒŸ]{2,})*(?![A-Za-zÀ-ÖØ-öø-ÿŒœ0-9])/g;

function capitalsViolations(analysis: TextAnalysis, target: ViolationTarget): Violation[] {
  const insideEntity = (span: TextSpan) => analysis.entities.some((e) => span.start >= e.start && span.start < e.end);
  const found: Violation[] = [];
  for (const match of analysis.text.matchAll(UPPERCASE_RUN)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (match[0].replace(/[\s'’-]/g, '').length >= CAPITALS_MIN_LETTERS && !insideEntity(span)) {
      found.push(violation('text_in_capitals', 'warning', target, { words: match[0] }, span));
    }
  }
  return found;
}

// Link text that says nothing out of context (RGAA 6.1): « cliquez ici », « ici », « lien », "click here".
const VAGUE_BEFORE_LINK = /(?:^|[^\p{L}])((?:cliquez|cliquer|clique|click)\s+ici|cliquez|click\s+here|ici|here|(?:ce|le|du|sur\s+le)\s+lien|lien|link)\s*[:：]?\s*(?:(?:→|👉|➡\uFE0F?|⬇\uFE0F?|-)\s*)?$/iu;
const CLICK_HERE = /(?<![\p{L}])(?:cliquez|cliquer|clique)\s+ici(?![\p{L}])|(?<![\p{L}])click\s+here(?![\p{L}])/giu;

function vagueLinkViolations(analysis: TextAnalysis, target: ViolationTarget): Violation[] {
  const found = new Map<number, Violation>();
  for (const url of analysis.entities.filter((e) => e.kind === 'url')) {
    const windowStart = Math.max(0, url.start - 32);
    const before = analysis.text.slice(windowStart, url.start);
    const match = VAGUE_BEFORE_LINK.exec(before);
    if (match) {
      const start = windowStart + match.index + match[0].indexOf(match[1]);
      found.set(start, violation('link_without_context', 'warning', target, { words: match[1] }, { start, end: start + match[1].length }));
    }
  }
  for (const match of analysis.text.matchAll(CLICK_HERE)) {
    if (!found.has(match.index)) found.set(match.index, violation('link_without_context', 'warning', target, { words: match[0] }, { start: match.index, end: match.index + match[0].length }));
  }
  return [...found.values()].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** RGAA checks of one text (the variant's, or one thread part's). */
export function textAccessibility(analysis: TextAnalysis, target: ViolationTarget = { field: 'text' }): Violation[] {
  return [
    ...hashtagViolations(analysis.entities, target),
    ...emojiViolations(analysis, target),
    ...capitalsViolations(analysis, target),
    ...vagueLinkViolations(analysis, target),
  ];
}

/**
 * The accessibility gate (RGAA, loi 2005-102 art. 47) for one variant. Errors block: an image without
 * alt text, an alt text that is a file name or repeats the post, a video without captions. Warnings advise.
 */
export function checkAccessibility(variant: VariantContent, analysis: TextAnalysis = analyzeText(variant.text)): Violation[] {
  const parts = variant.threadParts && variant.threadParts.length > 0 ? variant.threadParts : null;
  const postText = parts ? parts.join(' ') : variant.text;
  const textViolations = parts ? parts.flatMap((part, index) => textAccessibility(analyzeText(part), { field: 'thread_part', index })) : textAccessibility(analysis);
  return [...mediaViolations(variant.media, postText), ...textViolations];
}

/** The gate as a validateVariant check. */
export function accessibilityCheck(variant: VariantContent, _rules: ChannelRules, analysis: TextAnalysis): Violation[] {
  return checkAccessibility(variant, analysis);
}
