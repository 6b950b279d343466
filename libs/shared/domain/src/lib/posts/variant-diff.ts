import { diffWordsWithSpace } from 'diff';
import type { VariantContent } from '../networks/variant';

export type DiffSegmentKind = 'added' | 'removed' | 'unchanged';

export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

/** A word diff (spaces and punctuation are tokens of their own) of two texts, both read in NFC. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWordsWithSpace(before.normalize('NFC'), after.normalize('NFC')).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'unchanged',
    text: change.value,
  }));
}

export interface VariantDiff {
  /** The published text: the thread's parts joined by a blank line, or the text. */
  text: DiffSegment[];
  textChanged: boolean;
  media: {
    added: string[];
    removed: string[];
    /** Media kept whose alt text changed, with a word diff of it. */
    altTextChanged: { contentHash: string; diff: DiffSegment[] }[];
    reordered: boolean;
  };
  link: { before: string | null; after: string | null } | null;
  /** Names of the network options that changed. */
  optionsChanged: string[];
}

const publishedText = (v: VariantContent): string => (v.threadParts && v.threadParts.length > 0 ? v.threadParts.join('\n\n') : v.text);

/** What changed between two versions of a variant, as data the review page renders. */
export function diffVariants(before: VariantContent, after: VariantContent): VariantDiff {
  const text = wordDiff(publishedText(before), publishedText(after));
  const beforeHashes = before.media.map((m) => m.contentHash);
  const afterHashes = after.media.map((m) => m.contentHash);
  const kept = afterHashes.filter((h) => beforeHashes.includes(h));
  const altTextChanged = after.media
    .filter((m) => beforeHashes.includes(m.contentHash))
    .map((m) => ({ contentHash: m.contentHash, before: before.media.find((b) => b.contentHash === m.contentHash)?.altText ?? '', after: m.altText ?? '' }))
    .filter((m) => m.before.normalize('NFC') !== m.after.normalize('NFC'))
    .map((m) => ({ contentHash: m.contentHash, diff: wordDiff(m.before, m.after) }));
  const beforeLink = before.link ?? null;
  const afterLink = after.link ?? null;
  const beforeOptions: Readonly<Record<string, unknown>> = { ...before.options };
  const afterOptions: Readonly<Record<string, unknown>> = { ...after.options };
  const optionsChanged = [...new Set([...Object.keys(beforeOptions), ...Object.keys(afterOptions)])]
    .filter((key) => JSON.stringify(beforeOptions[key] ?? null) !== JSON.stringify(afterOptions[key] ?? null))
    .sort();
  return {
    text,
    textChanged: text.some((s) => s.kind !== 'unchanged'),
    media: {
      added: afterHashes.filter((h) => !beforeHashes.includes(h)),
      removed: beforeHashes.filter((h) => !afterHashes.includes(h)),
      altTextChanged,
      reordered: kept.join() !== beforeHashes.filter((h) => afterHashes.includes(h)).join(),
    },
    link: beforeLink === afterLink ? null : { before: beforeLink, after: afterLink },
    optionsChanged,
  };
}
