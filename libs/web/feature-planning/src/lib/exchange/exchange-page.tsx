import { calendarFeedQueryOptions, useIssueCalendarFeed, useRevokeCalendarFeed } from '@parvis/web/data-access';
import { FormError, MutationButton, useDocumentTitle } from '@parvis/web/shared';
import { CopyField, LoadingState, Page, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

function FeedSection() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const status = useQuery(calendarFeedQueryOptions(orgId));
  const issue = useIssueCalendarFeed(orgId);
  const revoke = useRevokeCalendarFeed(orgId);
  const active = status.data?.active ?? false;
  const issueLink = () => issue.mutate();
  const revokeLink = () => revoke.mutate(undefined, { onSuccess: () => issue.reset() });
  return (
    <Section title={t('exchange.feedTitle')}>
      <p>{t('exchange.feedLead')}</p>
      {status.isPending && <LoadingState />}
      {issue.data && <CopyField label={t('exchange.feedUrl')} value={issue.data.url} hint={t('exchange.feedUrlHint')} />}
      {!issue.data && active && <p>{t('exchange.feedActive')}</p>}
      <div className="planning-card__actions">
        <MutationButton variant={active ? 'secondary' : 'primary'} mutation={issue} disabled={revoke.isPending} onClick={issueLink}>
          {active ? t('exchange.feedReplace') : t('exchange.feedCreate')}
        </MutationButton>
        {active && (
          <MutationButton variant="tertiary" mutation={revoke} disabled={issue.isPending} onClick={revokeLink}>
            {t('exchange.feedRevoke')}
          </MutationButton>
        )}
      </div>
      <FormError error={issue.error ?? revoke.error} />
    </Section>
  );
}

/** `/orgs/:orgId/exchange`: subscribe in Outlook/Thunderbird, export the planning, import briefs. */
export function ExchangePage() {
  const { t } = usePlanningT();
  const { canPlan } = usePlanning();
  useDocumentTitle(t('exchange.title'));
  return (
    <Page title={t('exchange.title')} description={<p>{t('exchange.lead')}</p>}>
      <FeedSection />
      <ExportSection />
      {canPlan && <ImportSection />}
    </Page>
  );
}
