/** Mastodon's StatusLengthValidator: graphemes, every URL counting a fixed weight, `@user@domain` counting `@user`. */
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const REMOTE_MENTION = /@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)@[a-z0-9.-]+[a-z0-9]+/gi;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function mastodonLength(text: string, urlWeight: number): number {
  const countable = text.replace(URL_PATTERN, 'x'.repeat(urlWeight)).replace(REMOTE_MENTION, '@$1');
  return [...segmenter.segment(countable)].length;
}

export const VISIBILITIES = ['public', 'unlisted', 'private', 'direct'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export function isVisibility(value: unknown): value is Visibility {
  return typeof value === 'string' && (VISIBILITIES as readonly string[]).includes(value);
}
