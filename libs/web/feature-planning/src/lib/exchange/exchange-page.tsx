import {
  briefsExportUrl,
  calendarFeedQueryOptions,
  importRowErrors,
  isApiError,
  useImportBriefs,
  useIssueCalendarFeed,
  useRevokeCalendarFeed,
} from '@parvis/web/data-access';
import { Alert, Button, CopyField, LoadingState, Page, Section, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormError } from '../common/errors';
import { nowInZone } from '../common/format';
import { useDocumentTitle, usePlanning, usePlanningT } from '../common/use-planning';

/** FileReader rather than `File.text()`: it is everywhere the SPA runs, including older browsers of public offices. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function FeedSection() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const status = useQuery(calendarFeedQueryOptions(orgId));
  const issue = useIssueCalendarFeed(orgId);
  const revoke = useRevokeCalendarFeed(orgId);
  const active = status.data?.active ?? false;
  return (
    <Section title={t('exchange.feedTitle')}>
      <p>{t('exchange.feedLead')}</p>
      {status.isPending && <LoadingState />}
      {issue.data && <CopyField label={t('exchange.feedUrl')} value={issue.data.url} hint={t('exchange.feedUrlHint')} />}
      {!issue.data && active && <p>{t('exchange.feedActive')}</p>}
      <div className="planning-card__actions">
        <Button variant={active ? 'secondary' : 'primary'} busy={issue.isPending} onClick={() => issue.mutate()}>
          {active ? t('exchange.feedReplace') : t('exchange.feedCreate')}
        </Button>
        {active && (
          <Button variant="tertiary" busy={revoke.isPending} onClick={() => revoke.mutate(undefined, { onSuccess: () => issue.reset() })}>
            {t('exchange.feedRevoke')}
          </Button>
        )}
      </div>
      <FormError error={issue.error ?? revoke.error} />
    </Section>
  );
}

function ExportSection() {
  const { t } = usePlanningT();
  const { orgId, timeZone } = usePlanning();
  const today = nowInZone(timeZone).date;
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(plusDays(`${today.slice(0, 8)}01`, 90));
  return (
    <Section title={t('exchange.exportTitle')}>
      <p>{t('exchange.exportLead')}</p>
      <div className="planning-exchange__range">
        <TextField type="date" label={t('exchange.from')} value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField type="date" label={t('exchange.to')} value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <a className="pv-button pv-button--primary" href={briefsExportUrl(orgId, from, to)} download>
        {t('exchange.download')}
      </a>
    </Section>
  );
}

function ImportSection() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const importBriefs = useImportBriefs(orgId);
  const [file, setFile] = useState<File | null>(null);
  const rows = isApiError(importBriefs.error) && importBriefs.error.code === 'CSV_INVALID_ROWS' ? importRowErrors(importBriefs.error.details) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) void readText(file).then((csv) => importBriefs.mutate(csv));
  };
  return (
    <Section title={t('exchange.importTitle')}>
      <p>{t('exchange.importLead')}</p>
      <form onSubmit={submit} className="stack">
        <div className="pv-field">
          <label className="pv-label" htmlFor="planning-import-file">
            {t('exchange.file')}
          </label>
          <input id="planning-import-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Button type="submit" disabled={!file} busy={importBriefs.isPending}>
          {t('exchange.import')}
        </Button>
      </form>
      {importBriefs.data && <Alert tone="success">{t('exchange.imported', { count: importBriefs.data.created })}</Alert>}
      {rows.length > 0 ? (
        <Alert tone="error" title={t('exchange.rejected', { count: rows.length })}>
          <table className="pv-table">
            <caption className="pv-sr-only">{t('exchange.rejectedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.row')}</th>
                <th scope="col">{t('exchange.column')}</th>
                <th scope="col">{t('exchange.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.row}-${r.field}`}>
                  <td>{r.row}</td>
                  <td>{r.field}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Alert>
      ) : (
        <FormError error={importBriefs.error} />
      )}
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
