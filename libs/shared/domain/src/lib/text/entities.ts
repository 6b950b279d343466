import { LinkifyIt } from 'linkify-it';
import tlds from 'tlds';
import type { TextSpan } from './text-span';

/** A link, with or without its scheme ("ville.fr/agenda" is one too). */
export interface UrlEntity extends TextSpan {
  kind: 'url';
  text: string;
  /** The address with a scheme added when the text had none. */
  url: string;
  hasScheme: boolean;
}

/**
 * `local` is `@name` (X, Instagram…), `fediverse` is `@user@instance.social`, `domain_handle` is a
 * Bluesky handle such as `@mairie.bsky.social` or `@ville.fr`.
 */
export type MentionForm = 'local' | 'fediverse' | 'domain_handle';

export interface MentionEntity extends TextSpan {
  kind: 'mention';
  text: string;
  /** The name before any `@domain`, without the leading `@`. */
  user: string;
  /** The instance of a fediverse mention, null otherwise. */
  domain: string | null;
  form: MentionForm;
}

export interface HashtagEntity extends TextSpan {
  kind: 'hashtag';
  text: string;
  /** Without the `#`. */
  tag: string;
}

export type TextEntity = UrlEntity | MentionEntity | HashtagEntity;

const KNOWN_TLDS = new Set(tlds);

let linkifier: LinkifyIt | null = null;
function urlDetector(): LinkifyIt {
  // Schemeless links on, with the full TLD list; e-mail addresses, ftp: and protocol-relative links are
  // not what a post links to (and "user@instance.social" is a mention, not an address).
  linkifier ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false })
    .tlds(tlds)
    .add('ftp:', null)
    .add('//', null)
    .add('mailto:', null);
  return linkifier;
}

// A link has a scheme or a dot followed by two letters (its TLD): only the whitespace-delimited tokens
// around such spots are handed to linkify-it, each distinct token once. (Unicode property classes are
// slow to scan with; TLDs in other scripts come as xn-- punycode or are missed, which a French
// institution's post can afford.)
const LINK_HINT = /:\/\/|\.[a-zA-Z\u00C0-\u024F]{2,}/g;
/** What `\s` matches, as a code test (this runs for every character of a link's token). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function tokenAround(text: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  let end = index;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
  return { start, end };
}

function detectUrls(text: string): UrlEntity[] {
  const found: UrlEntity[] = [];
  const byToken = new Map<string, ReturnType<LinkifyIt['match']>>();
  let lastTokenEnd = -1;
  for (const hint of text.matchAll(LINK_HINT)) {
    if (hint.index < lastTokenEnd) continue;
    const { start: tokenStart, end: tokenEnd } = tokenAround(text, hint.index);
    lastTokenEnd = tokenEnd;
    const raw = text.slice(tokenStart, tokenEnd);
    // "@mairie.bsky.social" is a mention, whatever linkify-it thinks of its domain.
    if (raw.startsWith('@')) continue;
    let matches = byToken.get(raw);
    if (matches === undefined) byToken.set(raw, (matches = urlDetector().match(raw)));
    for (const match of matches ?? []) {
      const start = tokenStart + match.index;
      found.push({ kind: 'url', start, end: start + match.raw.length, text: match.raw, url: match.url, hasScheme: match.schema !== '' });
    }
  }
  return found;
}

// Not after a letter, digit, `_`, `@`, `/`, `.` or `=` (e-mail addresses, paths, query strings).
const MENTION = /(?<![\p{L}\p{N}_@/.=])@([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*)(?:@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?/gu;

function detectMentions(text: string): MentionEntity[] {
  const found: MentionEntity[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [raw, user, domain] = match;
    const start = match.index;
    if (domain) {
      found.push({ kind: 'mention', start, end: start + raw.length, text: raw, user, domain, form: 'fediverse' });
    } else if (user.includes('.')) {
      // A handle is a domain name: its last label must be a real top-level domain.
      const topLevel = user.slice(user.lastIndexOf('.') + 1).toLowerCase();
      if (KNOWN_TLDS.has(topLevel)) found.push({ kind: 'mention', start, end: start + raw.length, text: raw, user, domain: null, form: 'domain_handle' });
    } else {
      found.push({ kind: 'mention', start, end: start + raw.length, text: raw, user, domain: null, form: 'local' });
    }
  }
  return found;
}

// Letters of any script, marks (é typed as e + ◌́), digits and `_`, with at least one letter ("#1" is not a tag).
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

function detectHashtags(text: string): HashtagEntity[] {
  const found: HashtagEntity[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    found.push({ kind: 'hashtag', start: match.index, end: match.index + match[0].length, text: match[0], tag: match[1] });
  }
  return found;
}

/**
 * Links, mentions and hashtags, sorted by position and never overlapping: a mention wins over the
 * "link" inside it (`@alice@mastodon.social`, `@mairie.bsky.social`); whatever starts first keeps its span.
 */
export function detectEntities(text: string): TextEntity[] {
  const mentions = detectMentions(text);
  const urls = detectUrls(text).filter((url) => !mentions.some((m) => url.start >= m.start && url.start < m.end));
  const hashtags = detectHashtags(text);
  const candidates: TextEntity[] = [...mentions, ...urls, ...hashtags].sort((a, b) => a.start - b.start || precedence(a) - precedence(b));
  const kept: TextEntity[] = [];
  for (const entity of candidates) {
    const last = kept[kept.length - 1];
    // Overlap: the entity that starts first keeps its whole span.
    if (!last || entity.start >= last.end) kept.push(entity);
  }
  return kept;
}

function precedence(entity: TextEntity): number {
  return entity.kind === 'mention' ? 0 : entity.kind === 'url' ? 1 : 2;
}
