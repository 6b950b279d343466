import type { components } from '@parvis/shared/api-contract';
import { FormError, useDateTimeFormat } from '@parvis/web/shared';
import { LoadingState, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import { fr } from '../i18n/fr';
import { timelineQueryOptions } from './timeline-queries';

type TimelineEvent = components['schemas']['TimelineEventDto'];
type Actions = typeof fr.timeline.actions;
type KnownAction = { [G in keyof Actions]: `${G}.${Extract<keyof Actions[G], string>}` }[keyof Actions];

function isKnownAction(action: string): action is KnownAction {
  const [group, name] = action.split('.');
  const names: object | undefined = group === 'post' || group === 'publication' ? fr.timeline.actions[group] : undefined;
  return names !== undefined && name !== undefined && Object.hasOwn(names, name);
}

/** A decision names its step (details.step is 0-based, details.stepName its name). */
function stepOf(event: TimelineEvent): { number: number; name: string } | null {
  const { step, stepName } = event.details;
  return typeof step === 'number' && typeof stepName === 'string' ? { number: step + 1, name: stepName } : null;
}

function Actor({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  if (event.externalName) return <>{t('timeline.byExternal', { name: event.externalName })}</>;
  if (event.actorName) return <>{t('timeline.by', { name: event.actorName })}</>;
  return <>{t('timeline.system')}</>;
}

function TimelineItem({ event, format }: { event: TimelineEvent; format: (iso: string) => string }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const step = stepOf(event);
  const edited = event.contentHashBefore !== null && event.contentHashAfter !== null && event.contentHashBefore !== event.contentHashAfter;
  return (
    <li className="approvals-timeline__event">
      <p className="approvals-timeline__head">
        <time dateTime={event.at}>{format(event.at)}</time>{' '}
        <strong>{isKnownAction(event.action) ? t(`timeline.actions.${event.action}`) : t('timeline.other', { action: event.action })}</strong>
        {step && ` (${t('timeline.step', step)})`}{' '}
        <span className="pv-muted">
          <Actor event={event} />
        </span>
      </p>
      {event.justification && <p className="approvals-timeline__text">{t('timeline.justification', { text: event.justification })}</p>}
      {edited && <p className="pv-muted">{t('timeline.contentChanged')}</p>}
    </li>
  );
}

/** The post's timeline: every event of the audit log for it (submissions, decisions, edits, publications), oldest first. */
export function PostTimeline({ orgId, postId, timeZone }: { orgId: string; postId: string; timeZone: string | undefined }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const format = useDateTimeFormat(timeZone);
  const timeline = useQuery(timelineQueryOptions(orgId, postId));
  return (
    <Section title={t('timeline.title')}>
      {timeline.isPending && <LoadingState />}
      <FormError error={timeline.error} />
      {timeline.isSuccess && timeline.data.length === 0 && <p>{t('timeline.empty')}</p>}
      {timeline.isSuccess && timeline.data.length > 0 && (
        <ol className="approvals-timeline" aria-label={t('timeline.listLabel')}>
          {timeline.data.map((event) => (
            <TimelineItem key={event.id} event={event} format={format.dateTime} />
          ))}
        </ol>
      )}
    </Section>
  );
}
