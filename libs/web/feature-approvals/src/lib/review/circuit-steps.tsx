import { useDateTimeFormat } from '@parvis/web/shared';
import { Badge, Section } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import type { Review, ReviewStep } from '../data/approval-types';
import { isOverdue } from './deadline';

type StepState = 'done' | 'current' | 'waiting' | 'stopped';

function stateOf(review: Review, index: number): StepState {
  if (review.status === 'approved' || review.status === 'scheduled' || review.status === 'publishing' || review.status === 'published') return 'done';
  if (review.currentStep === null) return review.status === 'in_review' ? 'waiting' : 'stopped';
  if (index < review.currentStep) return 'done';
  return index === review.currentStep ? 'current' : 'waiting';
}

const STATE_KEY = { done: 'review.stepDone', current: 'review.stepCurrent', waiting: 'review.stepWaiting', stopped: 'review.stepStopped' } as const;

function Quorum({ step }: { step: ReviewStep }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  if (step.quorum === 'count') return <>{t('review.quorum.count', { count: step.quorumCount ?? 1 })}</>;
  return <>{t(`review.quorum.${step.quorum}`)}</>;
}

/** The circuit's steps and where the post stands: done, in progress (with its deadline, late or not), to come. */
export function CircuitSteps({ review, timeZone }: { review: Review; timeZone: string | undefined }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const format = useDateTimeFormat(timeZone);
  const overdue = isOverdue(review.stepDeadline);
  return (
    <Section title={t('review.circuitTitle')}>
      <p>{t('review.circuit', { name: review.circuitName, round: review.round })}</p>
      {review.urgent && <p className="approvals-note">{t('review.urgent')}</p>}
      <ol className="approvals-steps" aria-label={t('review.stepsLabel')}>
        {review.steps.map((step, index) => {
          const state = stateOf(review, index);
          return (
            <li key={index} className={`approvals-step approvals-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <p className="approvals-step__head">
                <span className="approvals-step__number">{t('review.stepNumber', { number: index + 1 })}</span>
                <strong>{step.name}</strong>
                <Badge tone={state === 'current' ? 'info' : 'neutral'}>{t(STATE_KEY[state])}</Badge>
              </p>
              <p className="pv-muted">
                <Quorum step={step} /> · {t('review.approvals', { count: step.approvals })}
              </p>
              {state === 'current' && review.stepDeadline && (
                <p className={overdue ? 'approvals-overdue' : undefined}>
                  {overdue ? t('review.overdue', { date: format.dateTime(review.stepDeadline) }) : t('review.deadline', { date: format.dateTime(review.stepDeadline) })}
                </p>
              )}
              {state === 'current' && review.callerMayDecide && <p>{t('review.youDecide')}</p>}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
