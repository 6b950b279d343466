import type { ConflictRow } from '@parvis/web/shared';
import type { Post } from '../data/post-types';
import { draftOfPost, effectiveText, type ComposerDraft } from '../composer/composer-draft';

/** The shared conflict dialog's rows: the main text, then each channel's text, mine beside the saved one. */
export function conflictRows(mine: ComposerDraft, current: Post, masterLabel: string): ConflictRow[] {
  const theirs = draftOfPost(current);
  const rows: ConflictRow[] = [{ label: masterLabel, mine: mine.masterText, current: theirs.masterText }];
  for (const variant of mine.variants) {
    const other = theirs.variants.find((v) => v.channelId === variant.channelId);
    rows.push({
      label: variant.channelName,
      mine: effectiveText(variant, mine.masterText),
      current: other ? effectiveText(other, theirs.masterText) : '—',
    });
  }
  return rows;
}
