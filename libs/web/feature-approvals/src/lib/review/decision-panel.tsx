import { isApiError, versionConflictOf } from '@parvis/web/data-access';
import type { Post } from '@parvis/web/feature-composer';
import { ConflictDialog, FormError, MutationButton } from '@parvis/web/shared';
import { Alert, Button, Section, TextAreaField } from '@parvis/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import { DECISION_ACTIONS, type DecisionAction, type Review } from '../data/approval-types';
import { useDecide } from '../data/review-mutations';
import { PostAction, type AllowedMoves } from './allowed-moves';

interface DecisionPanelProps {
  orgId: string;
  post: Post;
  review: Review;
  allowed: AllowedMoves;
  /** Reads the post and its review again (after a change made by someone else). */
  onReload: () => void;
}

/** The state machine's name of each decision. */
const MOVE_OF: Record<DecisionAction, PostAction> = { approve: PostAction.Approve, request_changes: PostAction.RequestChanges, reject: PostAction.Reject };

const CHANGED_CODES = ['POST_CONTENT_CHANGED', 'REVIEW_STEP_CHANGED'] as const;
type ChangedCode = (typeof CHANGED_CODES)[number];

function changedCodeOf(error: unknown): ChangedCode | null {
  if (!isApiError(error) || error.status !== 409) return null;
  return CHANGED_CODES.find((code) => code === error.code) ?? null;
}

/** Approve, request changes or reject at the current step: only the moves the state machine allows the caller. */
export function DecisionPanel({ orgId, post, review, allowed, onReload }: DecisionPanelProps) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const decide = useDecide(orgId, post.id);
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const [done, setDone] = useState<DecisionAction | null>(null);
  const actions = DECISION_ACTIONS.filter((action) => allowed.has(MOVE_OF[action]));
  const conflict = versionConflictOf<Review>(decide.error);
  const changed = changedCodeOf(decide.error);

  if (!done && (review.currentStep === null || actions.length === 0)) return null;
  const step = review.currentStep ?? 0;

  const send = (action: DecisionAction, version = review.version) => {
    const needsComment = allowed.get(MOVE_OF[action])?.includes('comment') ?? false;
    if (needsComment && comment.trim() === '') {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    setDone(null);
    decide.mutate(
      { input: { action, step, contentHash: post.contentHash, ...(comment.trim() ? { comment: comment.trim() } : {}) }, version },
      {
        onSuccess: () => {
          setDone(action);
          setComment('');
        },
      },
    );
  };
  const lastAction = decide.variables?.input.action;

  const reload = () => {
    decide.reset();
    onReload();
  };

  return (
    <Section title={t('decision.title')}>
      <div aria-live="polite">{done && <Alert tone="success">{t(`decision.done.${done}`)}</Alert>}</div>
      {actions.length > 0 && review.currentStep !== null && (
        <>
          <TextAreaField
            label={t('decision.comment')}
            hint={t('decision.commentHint')}
            value={comment}
            maxLength={4000}
            error={missingComment ? t('decision.commentRequired') : undefined}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="pv-actions">
            {actions.map((action) => (
              <MutationButton
                key={action}
                variant={action === 'approve' ? 'primary' : 'secondary'}
                mutation={{ isPending: decide.isPending && lastAction === action }}
                disabled={decide.isPending}
                onClick={() => send(action)}
              >
                {t(`decision.${action}`)}
              </MutationButton>
            ))}
          </div>
        </>
      )}
      {changed ? (
        <Alert tone="warning" title={t(changed === 'POST_CONTENT_CHANGED' ? 'decision.contentChanged' : 'decision.stepChanged')}>
          <p>{t(changed === 'POST_CONTENT_CHANGED' ? 'decision.contentChangedText' : 'decision.stepChangedText')}</p>
          <Button variant="secondary" onClick={reload}>
            {t('decision.reload')}
          </Button>
        </Alert>
      ) : (
        !conflict && <FormError error={decide.error} />
      )}
      {conflict && lastAction && (
        <ConflictDialog
          open
          rows={[
            { label: t('decision.conflictField.status'), mine: review.status, current: conflict.current.status },
            { label: t('decision.conflictField.step'), mine: stepName(review, t('decision.none')), current: stepName(conflict.current, t('decision.none')) },
            {
              label: t('decision.conflictField.approvals'),
              mine: String(review.steps[step]?.approvals ?? 0),
              current: String(conflict.current.currentStep === null ? 0 : (conflict.current.steps[conflict.current.currentStep]?.approvals ?? 0)),
            },
          ]}
          labels={{ keepMine: t('decision.conflictKeep'), takeCurrent: t('decision.conflictTake') }}
          busy={decide.isPending}
          onKeepMine={() => send(lastAction, conflict.current.version)}
          onTakeCurrent={reload}
        />
      )}
    </Section>
  );
}

function stepName(review: Review, none: string): string {
  if (review.currentStep === null) return none;
  return `${review.currentStep + 1}. ${review.steps[review.currentStep]?.name ?? ''}`;
}
