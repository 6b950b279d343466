import { membersInfiniteQueryOptions } from '@parvis/web/data-access';
import { FormError, MutationButton, useDateTimeFormat } from '@parvis/web/shared';
import { Section } from '@parvis/web/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { useAddPostComment } from '../data/post-mutations';
import { postCommentsQueryOptions } from '../data/post-queries';

/** The "@…" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{M}' -]{0,30})$/u.exec(text.slice(0, caret));
  if (!match || match[2].includes('  ')) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Internal comments; `@` suggests members (a combobox), the API resolves `@Prénom Nom` and notifies them. */
export function PostComments({ orgId, postId, timeZone }: { orgId: string; postId: string; timeZone: string | undefined }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const format = useDateTimeFormat(timeZone);
  const comments = useQuery(postCommentsQueryOptions(orgId, postId));
  const members = useInfiniteQuery(membersInfiniteQueryOptions(orgId, 100));
  const add = useAddPostComment(orgId, postId);
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const [highlighted, setHighlighted] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const mention = mentionQuery(body, caret);
  const everyone = members.data?.pages.flatMap((page) => page.items) ?? [];
  const suggestions = mention
    ? everyone.filter((m) => m.displayName.toLocaleLowerCase('fr').startsWith(mention.query.toLocaleLowerCase('fr').trimStart())).slice(0, 6)
    : [];
  const open = suggestions.length > 0;

  const pick = (name: string) => {
    if (!mention) return;
    const next = `${body.slice(0, mention.start)}@${name} ${body.slice(caret)}`;
    const at = mention.start + name.length + 2;
    setBody(next);
    setCaret(at);
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlighted((h) => (h + (event.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(suggestions[Math.min(highlighted, suggestions.length - 1)].displayName);
    } else if (event.key === 'Escape') setCaret(0);
  };

  return (
    <Section title={t('comments.title')}>
      <FormError error={comments.error} />
      {comments.data?.length === 0 && <p>{t('comments.empty')}</p>}
      <ul className="pv-comments">
        {comments.data?.map((comment) => (
          <li key={comment.id} className="pv-comment">
            <p className="pv-comment__meta">
              <strong>{comment.author.name}</strong> · {format.dateTime(comment.createdAt)}
            </p>
            <p className="pv-comment__body">{comment.body}</p>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) add.mutate(body.trim(), { onSuccess: () => setBody('') });
        }}
      >
        <div className="pv-field pv-mention">
          <label className="pv-label" htmlFor={`${id}-body`}>
            {t('comments.label')}
          </label>
          <p className="pv-hint" id={`${id}-hint`}>
            {t('comments.hint')}
          </p>
          <textarea
            ref={field}
            id={`${id}-body`}
            className="pv-input pv-textarea"
            rows={3}
            value={body}
            role="combobox"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={open ? `${id}-option-${highlighted}` : undefined}
            aria-describedby={`${id}-hint`}
            onKeyDown={onKeyDown}
            onChange={(event) => {
              setBody(event.target.value);
              setCaret(event.target.selectionStart);
              setHighlighted(0);
            }}
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          />
          <ul id={`${id}-list`} role="listbox" aria-label={t('comments.suggestions')} className="pv-mention__list" hidden={!open}>
            {suggestions.map((member, index) => (
              <li
                key={member.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === highlighted}
                className="pv-mention__option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(member.displayName);
                }}
              >
                {member.displayName}
              </li>
            ))}
          </ul>
        </div>
        <FormError error={add.error} />
        <MutationButton type="submit" mutation={add} disabled={!body.trim()}>
          {t('comments.send')}
        </MutationButton>
      </form>
    </Section>
  );
}
