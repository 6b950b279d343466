import { PageLayout } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { useRouteFocus } from '../common/use-route-focus';
import './shell.css';

/** Layout of the pages reachable without a session. */
export function PublicShell() {
  const { t } = useTranslation();
  useRouteFocus();
  return (
    <PageLayout
      header={
        <header className="shell-header">
          <span className="shell-brand">{t('app.name')}</span>
          <div className="shell-tools">
            <LanguageSwitch />
          </div>
        </header>
      }
    >
      <div className="public-content">
        <Outlet />
      </div>
    </PageLayout>
  );
}
