import { Button, Dialog } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { Post } from '../data/post-types';
import { effectiveText, type ComposerDraft } from '../composer/composer-draft';
import { draftOfPost } from '../composer/composer-draft';

interface ConflictDialogProps {
  mine: ComposerDraft;
  current: Post;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

function Texts({ draft }: { draft: ComposerDraft }) {
  return (
    <dl className="pv-conflict__texts">
      {draft.variants.map((v) => (
        <div key={v.channelId}>
          <dt>{v.channelName}</dt>
          <dd className="pv-conflict__text">{effectiveText(v, draft.masterText)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** 412 on save (contract A): both versions side by side, the user chooses; nothing is lost silently. */
export function ConflictDialog({ mine, current, onKeepMine, onTakeTheirs }: ConflictDialogProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  return (
    <Dialog open title={t('conflict.title')} onClose={onKeepMine} size="large">
      <p>{t('conflict.lead', { version: current.version })}</p>
      <div className="pv-conflict">
        <section>
          <h3 className="pv-subtitle">{t('conflict.mine')}</h3>
          <Texts draft={mine} />
        </section>
        <section>
          <h3 className="pv-subtitle">{t('conflict.theirs')}</h3>
          <Texts draft={draftOfPost(current)} />
        </section>
      </div>
      <div className="pv-actions">
        <Button onClick={onKeepMine}>{t('conflict.keepMine')}</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </Button>
      </div>
    </Dialog>
  );
}
