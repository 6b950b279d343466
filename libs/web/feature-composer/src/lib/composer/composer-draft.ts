import type { NetworkName, Post, VariantInput, VariantMediaRef, VariantOptionsDto } from '../data/post-types';

/** One channel's editable state in the composer (contract F's writable fields). */
export interface DraftVariant {
  channelId: string;
  network: NetworkName;
  channelName: string;
  /** The channel's own text; ignored while `followsMaster`. */
  text: string;
  followsMaster: boolean;
  threadParts: string[] | null;
  media: VariantMediaRef[];
  link: string | null;
  options: VariantOptionsDto;
}

export interface ComposerDraft {
  masterText: string;
  variants: DraftVariant[];
}

export type VariantPatch = Partial<Omit<DraftVariant, 'channelId' | 'network' | 'channelName'>>;

export type DraftAction =
  | { type: 'master'; text: string }
  | { type: 'variant'; channelId: string; patch: VariantPatch }
  | { type: 'text'; channelId: string; text: string }
  | { type: 'resetToMaster'; channelId: string }
  | { type: 'replace'; draft: ComposerDraft };

/** The text that would go out on the channel. */
export function effectiveText(variant: DraftVariant, masterText: string): string {
  return variant.followsMaster ? masterText : variant.text;
}

export function draftReducer(draft: ComposerDraft, action: DraftAction): ComposerDraft {
  const update = (channelId: string, change: (v: DraftVariant) => DraftVariant): ComposerDraft => ({
    ...draft,
    variants: draft.variants.map((v) => (v.channelId === channelId ? change(v) : v)),
  });
  switch (action.type) {
    case 'master':
      return { ...draft, masterText: action.text };
    case 'text':
      return update(action.channelId, (v) => ({ ...v, text: action.text, followsMaster: false }));
    case 'resetToMaster':
      return update(action.channelId, (v) => ({ ...v, text: draft.masterText, followsMaster: true, threadParts: null }));
    case 'variant':
      return update(action.channelId, (v) => ({ ...v, ...action.patch }));
    case 'replace':
      return action.draft;
  }
}

export function draftOfPost(post: Post): ComposerDraft {
  return {
    masterText: post.masterText,
    variants: post.variants.map((v) => ({
      channelId: v.channelId,
      network: v.network,
      channelName: v.channelName,
      text: v.text,
      followsMaster: v.followsMaster,
      threadParts: v.threadParts,
      // The API sends the alt text in effect; only an override belongs to the variant.
      media: v.media.map((m) => ({ mediaId: m.mediaId, altText: m.altTextOverridden ? m.altText : null })),
      link: v.link,
      options: v.options ?? {},
    })),
  };
}

/** The PATCH body: the whole editable state (a conflict is caught by If-Match, not by field merging). */
export function patchOfDraft(draft: ComposerDraft): { masterText: string; variants: VariantInput[] } {
  return {
    masterText: draft.masterText,
    variants: draft.variants.map((v) => ({
      channelId: v.channelId,
      followsMaster: v.followsMaster,
      ...(v.followsMaster ? {} : { text: v.text }),
      threadParts: v.threadParts,
      media: v.media,
      link: v.link,
      options: v.options,
    })),
  };
}

/** Same content (what a save would send), to know whether anything is left to save. */
export function sameDraft(a: ComposerDraft, b: ComposerDraft): boolean {
  return JSON.stringify(patchOfDraft(a)) === JSON.stringify(patchOfDraft(b));
}
