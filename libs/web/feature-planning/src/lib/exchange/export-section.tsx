import { briefsExportUrl, toApiError } from '@parvis/web/data-access';
import { Alert, Button, Section, TextField } from '@parvis/web/ui';
import { useErrorMessage } from '@parvis/web/shared';
import { useState } from 'react';
import { nowInZone, plusDays } from '../common/format';
import { usePlanning, usePlanningT } from '../common/use-planning';

/** The API exports a year at most; the same limit is told before asking. */
const MAX_EXPORT_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What is wrong with a period, as an i18n key, or null. */
export function exportPeriodProblem(from: string, to: string): 'exchange.periodMissing' | 'exchange.periodReversed' | 'exchange.periodTooLong' | null {
  if (!from || !to) return 'exchange.periodMissing';
  if (to < from) return 'exchange.periodReversed';
  if (daysBetween(from, to) >= MAX_EXPORT_DAYS) return 'exchange.periodTooLong';
  return null;
}

/** Saves a response body under a file name (a same-origin blob: the session cookie went with the fetch). */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportSection() {
  const { t } = usePlanningT();
  const { orgId, timeZone } = usePlanning();
  const errorMessage = useErrorMessage();
  const today = nowInZone(timeZone).date;
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(plusDays(`${today.slice(0, 8)}01`, 90));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    const invalid = exportPeriodProblem(from, to);
    if (invalid) {
      setProblem(t(invalid));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const response = await fetch(briefsExportUrl(orgId, from, to), { credentials: 'same-origin' });
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => null);
        setProblem(errorMessage(toApiError(response, body)));
        return;
      }
      save(await response.blob(), `parvis-sujets-${from}-${to}.csv`);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={t('exchange.exportTitle')}>
      <p>{t('exchange.exportLead')}</p>
      <div className="planning-exchange__range">
        <TextField type="date" label={t('exchange.from')} value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField type="date" label={t('exchange.to')} value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <div aria-live="polite">{problem && <Alert tone="error" title={t('exchange.exportFailed')}>{problem}</Alert>}</div>
      <Button busy={busy} onClick={() => void download()}>
        {t('exchange.download')}
      </Button>
    </Section>
  );
}
