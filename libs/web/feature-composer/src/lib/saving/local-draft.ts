import type { ComposerDraft } from '../composer/composer-draft';

const PREFIX = 'parvis.post-draft:';

export interface StoredDraft {
  draft: ComposerDraft;
  /** The server version the draft was written on. */
  baseVersion: number;
  savedAt: string;
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Kept on this device until the server has it: a dropped network or a closed tab loses nothing. */
export const localDrafts = {
  read(postId: string): StoredDraft | null {
    const raw = store()?.getItem(PREFIX + postId);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as StoredDraft;
      return parsed && typeof parsed.baseVersion === 'number' && parsed.draft && Array.isArray(parsed.draft.variants) ? parsed : null;
    } catch {
      return null;
    }
  },
  write(postId: string, draft: ComposerDraft, baseVersion: number): void {
    try {
      store()?.setItem(PREFIX + postId, JSON.stringify({ draft, baseVersion, savedAt: new Date().toISOString() } satisfies StoredDraft));
    } catch {
      // Storage full or refused: the autosave still tries the server.
    }
  },
  clear(postId: string): void {
    store()?.removeItem(PREFIX + postId);
  },
};
