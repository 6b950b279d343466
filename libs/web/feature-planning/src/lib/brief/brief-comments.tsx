import { commentsQueryOptions, useAddComment } from '@parvis/web/data-access';
import { FormError, MutationButton } from '@parvis/web/shared';
import { ErrorState, LoadingState, TextAreaField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useLocalDateFormat } from '../common/format';
import { usePlanning, usePlanningT } from '../common/use-planning';

/** The discussion thread of a brief: every member who sees the brief may comment. */
export function BriefComments({ briefId }: { briefId: string }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const format = useLocalDateFormat();
  const comments = useQuery(commentsQueryOptions(orgId, briefId));
  const add = useAddComment(orgId, briefId);
  const titleId = useId();
  const { register, handleSubmit, reset, formState } = useForm<{ body: string }>({ defaultValues: { body: '' } });
  const onSubmit = handleSubmit(async ({ body }) => {
    await add.mutateAsync(body.trim()).then(() => reset(), () => undefined);
  });
  return (
    <section className="planning-comments" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('comments.title')}</h3>
      {comments.isPending && <LoadingState />}
      {comments.isError && <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />}
      {comments.data && comments.data.items.length === 0 && <p>{t('comments.empty')}</p>}
      {comments.data && comments.data.items.length > 0 && (
        <ol className="planning-comments__list">
          {comments.data.items.map((comment) => (
            <li key={comment.id}>
              <p className="planning-comments__meta">
                {t('comments.by', { author: comment.authorName ?? t('comments.unknownAuthor'), date: format.instant(comment.createdAt) })}
              </p>
              <p className="planning-comments__body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError error={add.error} />
        <TextAreaField
          label={t('comments.add')}
          rows={3}
          error={formState.errors.body?.message}
          {...register('body', { validate: (v) => v.trim() !== '' || t('common.required') })}
        />
        <MutationButton type="submit" variant="secondary" mutation={add}>
          {t('comments.send')}
        </MutationButton>
      </form>
    </section>
  );
}
