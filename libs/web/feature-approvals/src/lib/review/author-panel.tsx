import { isApiError, versionConflictOf } from '@parvis/web/data-access';
import type { Post } from '@parvis/web/feature-composer';
import { FormError, MutationButton } from '@parvis/web/shared';
import { Alert, Button, Section } from '@parvis/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import { NEUTRALITY_CRITERIA, type Neutrality, type Review } from '../data/approval-types';
import { useSubmitPost, useWithdrawPost } from '../data/review-mutations';
import { PostAction, type AllowedMoves } from './allowed-moves';
import { NeutralityFields } from './neutrality-checklist';

interface AuthorPanelProps {
  orgId: string;
  post: Post;
  review: Review | undefined;
  allowed: AllowedMoves;
  onReload: () => void;
}

const complete = (value: Neutrality) => NEUTRALITY_CRITERIA.every((criterion) => value[criterion] === true);

/** Submit (again) for review, or withdraw: the author's and planners' moves the state machine allows now. */
export function AuthorPanel({ orgId, post, review, allowed, onReload }: AuthorPanelProps) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const submit = useSubmitPost(orgId, post.id);
  const withdraw = useWithdrawPost(orgId, post.id);
  const [sensitive, setSensitive] = useState(review?.sensitive ?? false);
  const [neutrality, setNeutrality] = useState<Neutrality>(review?.neutrality ?? {});
  const [askNeutrality, setAskNeutrality] = useState(false);
  const [neutralityError, setNeutralityError] = useState(false);
  const canSubmit = allowed.has(PostAction.Submit);
  const canWithdraw = allowed.has(PostAction.Withdraw);
  const error = submit.error ?? withdraw.error;
  const stale = versionConflictOf<Post>(error) !== null;
  if (!canSubmit && !canWithdraw && !submit.isSuccess && !withdraw.isSuccess) return null;

  const needsNeutrality = askNeutrality || review?.neutralityRequired === true;
  const send = () => {
    if (needsNeutrality && !complete(neutrality)) {
      setNeutralityError(true);
      return;
    }
    setNeutralityError(false);
    withdraw.reset();
    submit.mutate(
      { version: post.version, sensitive, ...(needsNeutrality ? { neutrality } : {}) },
      {
        onError: (failure) => {
          // The server knows the réserve électorale windows: it asks for the checklist when one applies.
          if (isApiError(failure) && failure.code === 'NEUTRALITY_CHECKLIST_INCOMPLETE') {
            setAskNeutrality(true);
            setNeutralityError(true);
            submit.reset();
          }
        },
      },
    );
  };

  return (
    <Section title={t('author.title')}>
      <div aria-live="polite">
        {submit.isSuccess && <Alert tone="success">{t('author.submitted')}</Alert>}
        {withdraw.isSuccess && <Alert tone="success">{t('author.withdrawn')}</Alert>}
      </div>
      {canSubmit && (
        <>
          <label className="pv-check">
            <input type="checkbox" checked={sensitive} onChange={(event) => setSensitive(event.target.checked)} /> {t('author.sensitive')}
          </label>
          {needsNeutrality && <NeutralityFields value={neutrality} onChange={setNeutrality} error={neutralityError} />}
        </>
      )}
      <div className="pv-actions">
        {canSubmit && (
          <MutationButton mutation={submit} onClick={send}>
            {post.status === 'changes_requested' ? t('author.resubmit') : t('author.submit')}
          </MutationButton>
        )}
        {canWithdraw && review && (
          <MutationButton variant="secondary" mutation={withdraw} onClick={() => {
              submit.reset();
              withdraw.mutate(post.version);
            }}>
            {t('author.withdraw')}
          </MutationButton>
        )}
      </div>
      {stale ? (
        <Alert tone="warning" title={t('decision.contentChanged')}>
          <Button variant="secondary" onClick={() => {
              submit.reset();
              withdraw.reset();
              onReload();
            }}>
            {t('decision.reload')}
          </Button>
        </Alert>
      ) : (
        <FormError error={error} />
      )}
    </Section>
  );
}
