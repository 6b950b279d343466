import { briefQueryOptions } from '@parvis/web/data-access';
import { Alert, ErrorState, LoadingState, Page } from '@parvis/web/ui';
import { useDocumentTitle } from '@parvis/web/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { BriefPanel } from './brief-panel';

/** `/orgs/:orgId/briefs/:briefId`: where notifications lead. */
export function BriefPage() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const { briefId = '' } = useParams();
  const brief = useQuery(briefQueryOptions(orgId, briefId));
  const [saved, setSaved] = useState(false);
  useDocumentTitle(brief.data?.title ?? t('brief.pageTitle'));
  return (
    <Page
      title={brief.data?.title ?? t('brief.pageTitle')}
      actions={<Link to={`/orgs/${orgId}/calendar`}>{t('brief.backToCalendar')}</Link>}
    >
      {brief.isPending && <LoadingState />}
      {brief.isError && <ErrorState error={brief.error} onRetry={() => void brief.refetch()} />}
      {saved && <Alert tone="success">{t('common.saved')}</Alert>}
      {brief.data && <BriefPanel brief={brief.data} onSaved={() => setSaved(true)} />}
    </Page>
  );
}
