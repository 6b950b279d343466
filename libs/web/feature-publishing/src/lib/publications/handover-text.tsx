import { Button } from '@parvis/web/ui';
import { useId, useState } from 'react';
import { usePublishingT } from '../common/use-publishing';

/** The final text handed over for a manual channel, to copy as it is (links tagged as sent). */
export function HandoverText({ text }: { text: string }) {
  const { t } = usePublishingT();
  const id = useId();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  return (
    <div className="publishing-handover">
      <p className="publishing-handover__label" id={id}>
        {t('publications.handoverText')}
      </p>
      <blockquote className="publishing-handover__text" aria-labelledby={id}>
        {text}
      </blockquote>
      <Button variant="secondary" onClick={() => void copy()}>
        {t('publications.copyText')}
      </Button>
      <span role="status" className="publishing-handover__copied">
        {copied === 'copied' ? t('publications.copied') : copied === 'failed' ? t('publications.copyFailed') : ''}
      </span>
    </div>
  );
}
