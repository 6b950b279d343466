import { importRowErrors, isApiError, useImportBriefs } from '@parvis/web/data-access';
import { FormError, MutationButton } from '@parvis/web/shared';
import { Alert, Section } from '@parvis/web/ui';
import { useState, type FormEvent } from 'react';
import { usePlanning, usePlanningT } from '../common/use-planning';

/** FileReader rather than `File.text()`: it is everywhere the SPA runs, including older browsers of public offices. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

/** The API's row messages are sentence fragments ("la date doit…"): shown as sentences. */
function sentence(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1) : text;
}

export function templateUrl(orgId: string): string {
  return `/api/orgs/${encodeURIComponent(orgId)}/briefs-import/template`;
}

export function ImportSection() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const importBriefs = useImportBriefs(orgId);
  const [file, setFile] = useState<File | null>(null);
  // Reading a large file comes before the request: the button stays busy from the click to the answer.
  const [sending, setSending] = useState(false);
  const rows = isApiError(importBriefs.error) && importBriefs.error.code === 'CSV_INVALID_ROWS' ? importRowErrors(importBriefs.error.details) : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || importBriefs.isPending) return;
    setSending(true);
    const csv = await readText(file).catch(() => null);
    if (csv === null) setSending(false);
    else importBriefs.mutate(csv, { onSettled: () => setSending(false) });
  };
  return (
    <Section title={t('exchange.importTitle')}>
      <p>{t('exchange.importLead')}</p>
      <p>
        <a href={templateUrl(orgId)} download="modele-import-sujets.csv">
          {t('exchange.template')}
        </a>
      </p>
      <form onSubmit={(event) => void submit(event)} className="stack">
        <div className="pv-field">
          <label className="pv-label" htmlFor="planning-import-file">
            {t('exchange.file')}
          </label>
          <input id="planning-import-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        {/* The shared button holds a second click (a double-click) while the file is read and sent. */}
        <MutationButton type="submit" disabled={!file} mutation={{ isPending: sending }}>
          {t('exchange.import')}
        </MutationButton>
      </form>
      {importBriefs.data && <Alert tone="success">{t('exchange.imported', { count: importBriefs.data.created })}</Alert>}
      {rows.length > 0 ? (
        <Alert tone="error" title={t('exchange.rejected', { count: rows.length })}>
          <table className="pv-table planning-table--stacked">
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
                  <td data-label={t('exchange.row')}>{r.row}</td>
                  <td data-label={t('exchange.column')}>{r.field}</td>
                  <td data-label={t('exchange.problem')}>{sentence(r.message)}</td>
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
