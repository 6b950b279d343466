import { briefsQueryOptions, type Brief } from '@parvis/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page } from '@parvis/web/ui';
import { useDocumentTitle } from '@parvis/web/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { StatusActions } from '../brief/status-actions';
import { useLocalDateFormat } from '../common/format';
import { StatusBadge } from '../common/status-badge';
import { usePlanning, usePlanningT } from '../common/use-planning';

const MINE = { assignee: 'me' } as const;

/** `/orgs/:orgId/my-briefs`: the briefs I write, with their due dates and my status buttons. */
export function MyBriefsPage() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  useDocumentTitle(t('myBriefs.title'));
  const briefs = useQuery(briefsQueryOptions(orgId, MINE));
  return (
    <Page title={t('myBriefs.title')} description={<p>{t('myBriefs.lead')}</p>}>
      {briefs.isPending && <LoadingState />}
      {briefs.isError && <ErrorState error={briefs.error} onRetry={() => void briefs.refetch()} />}
      {briefs.data && briefs.data.items.length === 0 && <EmptyState title={t('myBriefs.empty')} />}
      {briefs.data && briefs.data.items.length > 0 && (
        <ul className="planning-cards">
          {briefs.data.items.map((brief) => (
            <MyBrief key={brief.id} brief={brief} />
          ))}
        </ul>
      )}
    </Page>
  );
}

function MyBrief({ brief }: { brief: Brief }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const format = useLocalDateFormat();
  return (
    <li className="planning-card" style={{ borderLeftColor: brief.themeColor ?? undefined }}>
      <h2 className="planning-card__title">
        <Link to={`/orgs/${orgId}/briefs/${brief.id}`}>{brief.title}</Link>
      </h2>
      <p>
        <StatusBadge status={brief.status} />{' '}
        {t('brief.planned', { date: format.longDate(brief.plannedLocal.date), time: brief.plannedLocal.time })}
      </p>
      {brief.draftDueDate && <p className="planning-card__due">{t('brief.due', { date: format.longDate(brief.draftDueDate) })}</p>}
      {brief.networks.length > 0 && (
        <p>
          {t('brief.networks')} : {brief.networks.map((n) => t(`network.${n}`)).join(', ')}
        </p>
      )}
      <StatusActions brief={brief} />
    </li>
  );
}
