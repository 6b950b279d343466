import { isApiError, versionConflictOf } from '@parvis/web/data-access';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useUpdatePost } from '../data/post-mutations';
import type { Post } from '../data/post-types';
import { patchOfDraft, sameDraft, draftOfPost, type ComposerDraft } from '../composer/composer-draft';
import { localDrafts } from './local-draft';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; current: Post };

/**
 * Debounced PATCH of the whole draft with If-Match (one request at a time; what was typed during a
 * save goes out right after). Every change is first written locally, and cleared once the server has it.
 */
export function useAutosave(orgId: string, post: Post, draft: ComposerDraft) {
  const update = useUpdatePost(orgId, post.id);
  // The mutation object changes on every render; the save callback must not (it drives the timer effect).
  const mutate = useRef(update.mutateAsync);
  mutate.current = update.mutateAsync;
  const base = useRef(post);
  const latest = useRef(draft);
  latest.current = draft;
  const inFlight = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: post.updatedAt });

  const save = useCallback(async (): Promise<void> => {
    const sending = latest.current;
    if (inFlight.current || sameDraft(sending, draftOfPost(base.current))) return;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await mutate.current({ input: patchOfDraft(sending), version: base.current.version });
      base.current = saved;
      if (sameDraft(latest.current, sending)) {
        localDrafts.clear(post.id);
        setState({ kind: 'saved', at: saved.updatedAt });
      } else setState({ kind: 'dirty' });
    } catch (error) {
      const current = versionConflictOf<Post>(error)?.current;
      if (current) setState({ kind: 'conflict', current });
      else if (isApiError(error) && error.status === 0) setState({ kind: 'offline' });
      else setState({ kind: 'failed', error });
    } finally {
      inFlight.current = false;
    }
  }, [post.id]);

  useEffect(() => {
    if (sameDraft(draft, draftOfPost(base.current))) return undefined;
    localDrafts.write(post.id, draft, base.current.version);
    setState((previous) => (previous.kind === 'conflict' || previous.kind === 'dirty' ? previous : { kind: 'dirty' }));
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, post.id, save]);

  // Back online: send what waited.
  useEffect(() => {
    const retry = () => void save();
    globalThis.addEventListener('online', retry);
    return () => globalThis.removeEventListener('online', retry);
  }, [save]);

  /** After a conflict: rebase onto the server's version (keep mine: resend on it; take theirs: the caller replaces the draft). */
  const rebase = useCallback(
    (current: Post, resend: boolean) => {
      base.current = current;
      setState(resend ? { kind: 'dirty' } : { kind: 'saved', at: current.updatedAt });
      if (resend) void save();
      else localDrafts.clear(post.id);
    },
    [post.id, save],
  );

  return { state, saveNow: save, rebase, baseVersion: () => base.current.version };
}
