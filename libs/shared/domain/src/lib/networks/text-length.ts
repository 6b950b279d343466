import { isEmojiCluster } from '../text/emoji';
import type { TextEntity } from '../text/entities';
import { countGraphemes, utf8Length } from '../text/graphemes';
import type { TextAnalysis } from '../text/text-analysis';
import type { LengthCounting, NetworkCapabilities } from './network-capabilities';

export type LengthUnit = 'graphemes' | 'bytes' | 'characters' | 'weighted';

/** One ceiling of a text: its value, the limit, and where the text first goes past it (UTF-16 offset). */
export interface LengthCounter {
  unit: LengthUnit;
  value: number;
  limit: number;
  overflowAt: number | null;
}

const UNIT_OF: Record<LengthCounting, LengthUnit> = {
  graphemes: 'graphemes',
  mastodon: 'characters',
  x_weighted: 'weighted',
  utf16: 'characters',
  code_points_emoji_bytes: 'characters',
};

interface Weighing {
  /** Weight of the cluster [start, end) of the text. */
  cluster(text: string, start: number, end: number): number;
  /** An entity counted as a whole (a link counting 23), or null to weigh its clusters. */
  entity(entity: TextEntity): number | null;
}

/** Walks the clusters, entities counted whole, and notes the first cluster that crosses `limit`. */
function weigh(analysis: TextAnalysis, weighing: Weighing, limit: number, initial = 0, stopAtOverflow = false): { value: number; overflowAt: number | null } {
  const { text, boundaries, entities } = analysis;
  let value = initial;
  let overflowAt: number | null = initial > limit ? 0 : null;
  let entityIndex = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i];
    while (entityIndex < entities.length && entities[entityIndex].end <= start) entityIndex += 1;
    const entity = entities[entityIndex];
    const whole = entity && entity.start === start ? weighing.entity(entity) : null;
    if (entity && whole !== null) {
      value += whole;
      // Skip the entity's other clusters.
      while (i + 2 < boundaries.length && boundaries[i + 1] < entity.end) i += 1;
    } else {
      value += weighing.cluster(text, start, boundaries[i + 1]);
    }
    if (overflowAt === null && value > limit) {
      overflowAt = start;
      if (stopAtOverflow) break;
    }
  }
  return { value, overflowAt };
}

/** UTF-8 bytes of the NFC text that is published; an NFC text (the usual case) is read in one pass. */
function measureBytes(analysis: TextAnalysis, limit: number): { value: number; overflowAt: number | null } {
  const { text, boundaries, isNfc } = analysis;
  if (isNfc) {
    // One pass: the first code unit past the limit, moved back to the start of its cluster.
    let value = 0;
    let overflowUnit = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A low surrogate completes the 4 bytes of its pair (3 + 1); anything else unpaired is U+FFFD (3).
      const paired = code >= 0xdc00 && code <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      value += code < 0x80 ? 1 : code < 0x800 ? 2 : paired ? 1 : 3;
      if (overflowUnit < 0 && value > limit) overflowUnit = i;
    }
    return { value, overflowAt: overflowUnit < 0 ? null : clusterStartAt(boundaries, overflowUnit) };
  }
  const nfcCluster: Weighing = { cluster: (t, s, e) => (e - s === 1 ? utf8Length(t, s, e) : utf8Length(t.slice(s, e).normalize('NFC'))), entity: () => null };
  return weigh(analysis, nfcCluster, limit);
}

// twitter-text v3: these code point ranges weigh 1, everything else 2 (scale 100, weights 100 / 200).
function xCodePointWeight(code: number): number {
  return code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247) ? 1 : 2;
}

function xClusterWeight(text: string, start: number, end: number): number {
  if (end - start === 1) return xCodePointWeight(text.charCodeAt(start));
  const cluster = text.slice(start, end).normalize('NFC');
  if (isEmojiCluster(cluster)) return 2;
  let weight = 0;
  for (const char of cluster) weight += xCodePointWeight(char.codePointAt(0) ?? 0);
  return weight;
}

function threadsClusterWeight(text: string, start: number, end: number): number {
  if (end - start === 1) return 1;
  const cluster = text.slice(start, end);
  if (isEmojiCluster(cluster)) return utf8Length(cluster);
  let codePoints = 0;
  for (let i = 0; i < cluster.length; i++) {
    const code = cluster.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) codePoints += 1;
  }
  return codePoints;
}

/** Mastodon: a link with a scheme counts `urlWeight`, `@user@domain` counts as `@user`; null: count its clusters. */
function mastodonEntityWeight(entity: TextEntity, urlWeight: number): number | null {
  if (entity.kind === 'url' && entity.hasScheme) return urlWeight;
  if (entity.kind === 'mention' && entity.form === 'fediverse') return 1 + countGraphemes(entity.user);
  return null;
}

/** Index of the first boundary at or after the UTF-16 offset. */
function firstBoundaryFrom(boundaries: readonly number[], offset: number): number {
  let low = 0;
  let high = boundaries.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boundaries[middle] >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The start of the cluster holding the UTF-16 offset (largest boundary ≤ offset). */
export function clusterStartAt(boundaries: readonly number[], offset: number): number {
  let low = 0;
  let high = boundaries.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (boundaries[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return boundaries[low];
}

export interface LengthContext {
  /** Mastodon counts the content warning with the text. */
  contentWarning?: string;
}

/** The text's length as the network counts it (the first counter is the one shown in the composer). */
export function measureText(analysis: TextAnalysis, capabilities: NetworkCapabilities, context: LengthContext = {}): LengthCounter[] {
  const { text } = analysis;
  const limit = capabilities.textLimit;
  const unit = UNIT_OF[capabilities.counting];
  switch (capabilities.counting) {
    case 'graphemes': {
      const { boundaries } = analysis;
      const count = boundaries.length - 1;
      const counters: LengthCounter[] = [{ unit, limit, value: count, overflowAt: count > limit ? boundaries[limit] : null }];
      if (capabilities.byteLimit !== null) counters.push({ unit: 'bytes', limit: capabilities.byteLimit, ...measureBytes(analysis, capabilities.byteLimit) });
      return counters;
    }
    case 'mastodon': {
      const mastodon: Weighing = { cluster: () => 1, entity: (entity) => mastodonEntityWeight(entity, capabilities.urlWeight) };
      const warning = context.contentWarning ? countGraphemes(context.contentWarning) : 0;
      // The total by arithmetic (clusters, each counted entity replaced by its weight); a walk only to find the overflow.
      let value = warning + analysis.boundaries.length - 1;
      for (const entity of analysis.entities) {
        const weight = mastodonEntityWeight(entity, capabilities.urlWeight);
        if (weight !== null) value += weight - (firstBoundaryFrom(analysis.boundaries, entity.end) - firstBoundaryFrom(analysis.boundaries, entity.start));
      }
      const overflowAt = value > limit ? weigh(analysis, mastodon, limit, warning, true).overflowAt : null;
      return [{ unit, limit, value, overflowAt }];
    }
    case 'x_weighted': {
      const x: Weighing = { cluster: xClusterWeight, entity: (entity) => (entity.kind === 'url' ? capabilities.urlWeight : null) };
      return [{ unit, limit, ...weigh(analysis, x, limit) }];
    }
    case 'utf16':
      // The first unit past the limit, moved back to the start of its cluster (never half an emoji).
      return [{ unit, limit, value: text.length, overflowAt: text.length > limit ? clusterStartAt(analysis.boundaries, limit) : null }];
    case 'code_points_emoji_bytes':
      return [{ unit, limit, ...weigh(analysis, { cluster: threadsClusterWeight, entity: () => null }, limit) }];
  }
}
