import { Alert, Button } from '@parvis/web/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useLocation } from 'react-router';

const EXPIRED_KEY = 'parvis.sessionExpired';
const DRAFT_PREFIX = 'parvis.draft:';

/** The forms on screen, each able to give its unsaved values (what the session's end must not lose). */
const openForms = new Map<string, () => FieldValues | null>();

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * What to do when the API says the session ended (wired into the query client): keep every open
 * form's input for this tab, and remember to say why the user lands on the login page.
 */
export function saveWorkOnSessionEnd(): void {
  const store = storage();
  if (!store) return;
  for (const [key, read] of openForms) {
    const values = read();
    if (values) store.setItem(key, JSON.stringify(values));
  }
  store.setItem(EXPIRED_KEY, '1');
}

/** True once after the session ended (the login page says so, then forgets it). */
export function takeSessionExpiredNotice(): boolean {
  const store = storage();
  const expired = store?.getItem(EXPIRED_KEY) === '1';
  return expired;
}

export function clearSessionExpiredNotice(): void {
  storage()?.removeItem(EXPIRED_KEY);
}

/** "Votre session a expiré", shown on the login page after the session ended. */
export function SessionExpiredNotice() {
  const { t } = useTranslation();
  const [expired] = useState(takeSessionExpiredNotice);
  if (!expired) return null;
  return (
    <Alert tone="warning" title={t('session.expiredTitle')}>
      <p>{t('session.expiredText')}</p>
    </Alert>
  );
}

export type DraftForm<T extends FieldValues> = Pick<UseFormReturn<T>, 'getValues' | 'reset' | 'formState'>;

/** Field names never written to storage. */
const SECRET = /password|confirmation/i;

function withoutSecrets(values: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET.test(name)));
}

/**
 * Keeps a form's unsaved input across the end of the session: saved (secrets excluded) when the
 * session ends, offered back when the same page shows the form again. Render `offer` above the form.
 */
export function useFormDraft<T extends FieldValues>(name: string, form: DraftForm<T>) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const key = `${DRAFT_PREFIX}${pathname}#${name}`;
  const [saved, setSaved] = useState<T | null>(() => {
    const raw = storage()?.getItem(key);
    try {
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  });
  const titleId = useId();

  useEffect(() => {
    openForms.set(key, () => {
      const values = withoutSecrets(form.getValues());
      const initial = withoutSecrets(form.formState.defaultValues ?? {});
      return JSON.stringify(values) === JSON.stringify(initial) ? null : values;
    });
    return () => {
      openForms.delete(key);
    };
  }, [key, form]);

  const forget = () => {
    storage()?.removeItem(key);
    setSaved(null);
  };
  const offer = saved && (
    <div className="pv-alert pv-alert--info" role="region" aria-labelledby={titleId}>
      <p className="pv-alert__title" id={titleId}>
        {t('drafts.title')}
      </p>
      <div className="pv-alert__body">
        <p>{t('drafts.text')}</p>
        <div className="pv-button-row">
          <Button
            variant="secondary"
            onClick={() => {
              form.reset({ ...form.getValues(), ...saved }, { keepDefaultValues: true });
              forget();
            }}
          >
            {t('drafts.restore')}
          </Button>
          <Button variant="tertiary" onClick={forget}>
            {t('drafts.discard')}
          </Button>
        </div>
      </div>
    </div>
  );
  return { offer: offer || null, forget };
}
