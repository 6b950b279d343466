import { ErrorDetails, useErrorMessage } from '@parvis/web/shared';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { SaveState } from './use-autosave';

/** Where the draft stands, in words, announced politely. */
export function SaveStatus({ state, formatTime }: { state: SaveState; formatTime: (iso: string) => string }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const message = useErrorMessage();
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('save.savedAt', { time: formatTime(state.at) });
      break;
    case 'dirty':
    case 'conflict':
      text = t('save.unsaved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'offline':
      text = t('save.offline');
      break;
    case 'failed':
      text = `${t('save.failed')} : ${message(state.error)}`;
      break;
  }
  return (
    <div className={`pv-save-status pv-save-status--${state.kind}`}>
      <span role="status">{text}</span>
      {state.kind === 'failed' && <ErrorDetails error={state.error} />}
    </div>
  );
}
