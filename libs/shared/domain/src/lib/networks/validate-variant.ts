import { accessibilityCheck } from '../accessibility/accessibility-gate';
import { analyzeText, type TextAnalysis } from '../text/text-analysis';
import { validateMedia } from './media-rules';
import { measureText, type LengthCounter, type LengthUnit } from './text-length';
import type { ChannelRules, VariantContent } from './variant';
import type { RuleCode } from './rule-messages';
import { hasErrors, violation, type Violation, type ViolationTarget } from './violation';

export interface PartLength {
  index: number;
  counters: LengthCounter[];
}

export interface VariantValidation {
  channelId: string;
  /** The main counter (the longest part's, for a thread) and its limit, as the composer shows them. */
  length: number;
  limit: number;
  unit: LengthUnit;
  /** Every counter of the text (Bluesky: graphemes and bytes), or of the longest part. */
  counters: LengthCounter[];
  /** One entry per thread part; empty for a single post. */
  parts: PartLength[];
  violations: Violation[];
}

/** Extra rules run on every variant (the accessibility gate plugs in here), same data shape. */
export type VariantCheck = (variant: VariantContent, rules: ChannelRules, analysis: TextAnalysis) => Violation[];

export interface ValidationOptions {
  /** Default: the accessibility gate. Pass [] for the network rules alone. */
  checks?: readonly VariantCheck[];
  /** Reuses the analysis of a text shared by several variants (validatePost passes one). */
  analyze?: (text: string) => TextAnalysis;
}

const DEFAULT_CHECKS: readonly VariantCheck[] = [accessibilityCheck];

const CODE_OF_UNIT: Record<LengthUnit, RuleCode> = {
  graphemes: 'text_too_long',
  characters: 'text_too_long',
  weighted: 'text_too_long',
  bytes: 'text_too_many_bytes',
};

function lengthViolations(counters: readonly LengthCounter[], text: string, target: ViolationTarget, extra: Record<string, number> = {}): Violation[] {
  return counters
    .filter((c) => c.value > c.limit)
    .map((c) => violation(CODE_OF_UNIT[c.unit], 'error', target, { length: c.value, limit: c.limit, unit: c.unit, ...extra }, { start: c.overflowAt ?? 0, end: text.length }));
}

function linkAndTagViolations(analysis: TextAnalysis, rules: ChannelRules, target: ViolationTarget): Violation[] {
  const found: Violation[] = [];
  const { maxLinks, maxHashtags } = rules.capabilities;
  const links = analysis.entities.filter((e) => e.kind === 'url');
  if (maxLinks !== null && new Set(links.map((l) => l.url)).size > maxLinks) {
    const extra = links[maxLinks];
    found.push(violation('too_many_links', 'error', target, { count: links.length, max: maxLinks }, { start: extra.start, end: extra.end }));
  }
  const tags = analysis.entities.filter((e) => e.kind === 'hashtag');
  if (maxHashtags !== null && tags.length > maxHashtags) {
    const extra = tags[maxHashtags];
    // Threads keeps the first tag and shows the others as plain text; Instagram refuses the post.
    const severity = rules.capabilities.threads ? 'warning' : 'error';
    found.push(violation('too_many_hashtags', severity, target, { count: tags.length, max: maxHashtags }, { start: extra.start, end: tags[tags.length - 1].end }));
  }
  return found;
}

function validLink(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const { protocol } = new URL(link);
  return protocol === 'https:' || protocol === 'http:';
}

/** Every rule for one variant: length as the network counts it, thread, media, links, tags, then the accessibility gate. */
export function validateVariant(variant: VariantContent, rules: ChannelRules, options: ValidationOptions = {}): VariantValidation {
  const analyze = options.analyze ?? analyzeText;
  const { capabilities } = rules;
  const context = { contentWarning: variant.options?.contentWarning ?? undefined };
  const violations: Violation[] = [];
  const parts = variant.threadParts && variant.threadParts.length > 0 ? variant.threadParts : null;
  const main = analyze(variant.text);
  let counters: LengthCounter[];
  const partLengths: PartLength[] = [];

  if (parts) {
    if (!capabilities.threads && parts.length > 1) violations.push(violation('thread_not_supported', 'error', { field: 'text' }, { network: rules.network }));
    if (capabilities.maxThreadParts !== null && parts.length > capabilities.maxThreadParts) {
      violations.push(violation('thread_too_long', 'error', { field: 'thread_part', index: capabilities.maxThreadParts }, { count: parts.length, max: capabilities.maxThreadParts }));
    }
    let longest: LengthCounter[] = [];
    parts.forEach((part, index) => {
      const target = { field: 'thread_part', index } as const;
      const analysis = analyze(part);
      // The content warning is repeated on every part.
      const partCounters = measureText(analysis, capabilities, context);
      partLengths.push({ index, counters: partCounters });
      if (part.trim() === '' && !(index === 0 && variant.media.length > 0)) violations.push(violation('thread_part_empty', 'error', target, { part: index + 1 }));
      violations.push(...lengthViolations(partCounters, part, target), ...linkAndTagViolations(analysis, rules, target));
      if (longest.length === 0 || partCounters[0].value > longest[0].value) longest = partCounters;
    });
    counters = longest;
  } else {
    counters = measureText(main, capabilities, context);
    if (variant.text.trim() === '' && variant.media.length === 0) violations.push(violation('text_empty', 'error', { field: 'text' }));
    // `canThread`: the composer offers to split the text into a thread.
    const overflow = lengthViolations(counters, variant.text, { field: 'text' }, { canThread: capabilities.threads ? 1 : 0 });
    violations.push(...overflow, ...linkAndTagViolations(main, rules, { field: 'text' }));
  }

  violations.push(...validateMedia(variant.media, capabilities.media));
  if (variant.link) {
    if (!validLink(variant.link)) violations.push(violation('link_invalid', 'error', { field: 'link' }, { link: variant.link }));
    else if (variant.media.length > 0) violations.push(violation('link_card_hidden_by_media', 'warning', { field: 'link' }));
  }
  for (const check of options.checks ?? DEFAULT_CHECKS) violations.push(...check(variant, rules, main));

  const [first] = counters;
  return { channelId: variant.channelId, length: first.value, limit: first.limit, unit: first.unit, counters, parts: partLengths, violations };
}

export interface PostContent {
  variants: readonly VariantContent[];
}

export interface PostValidation {
  /** No error in any variant: the post may be saved for submission (warnings are advice). */
  valid: boolean;
  variants: VariantValidation[];
  /** Variants aimed at a channel the post does not target or that does not exist. */
  violations: Violation[];
}

/** Every variant of a post against its channel; a text shared by several variants is analysed once. */
export function validatePost(post: PostContent, channels: readonly ChannelRules[], options: ValidationOptions = {}): PostValidation {
  const analyses = new Map<string, TextAnalysis>();
  const analyze = (text: string): TextAnalysis => {
    let analysis = analyses.get(text);
    if (!analysis) analyses.set(text, (analysis = analyzeText(text)));
    return analysis;
  };
  const byId = new Map(channels.map((c) => [c.channelId, c]));
  const violations: Violation[] = [];
  const variants: VariantValidation[] = [];
  for (const variant of post.variants) {
    const rules = byId.get(variant.channelId);
    if (!rules) {
      violations.push(violation('unknown_channel', 'error', { field: 'text' }, { channelId: variant.channelId }));
      continue;
    }
    variants.push(validateVariant(variant, rules, { ...options, analyze }));
  }
  return { valid: violations.length === 0 && variants.every((v) => !hasErrors(v.violations)), variants, violations };
}
