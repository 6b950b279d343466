import { NotificationBell } from '@parvis/web/feature-planning';
import { PageLayout } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router';
import { useMe } from '../common/use-me';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { OrgSwitcher } from './org-switcher';
import { UserMenu } from './user-menu';
import { useRouteFocus } from '../common/use-route-focus';
import './shell.css';

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  useRouteFocus();
  const match = useMatch('/orgs/:orgId/*');
  const orgId = match?.params.orgId;
  const isMember = me.memberships.some((m) => m.organization.id === orgId);
  return (
    <PageLayout
      header={
        <header className="shell-header">
          <Link to="/" className="shell-brand">
            {t('app.name')}
          </Link>
          <div className="shell-tools">
            {orgId && isMember && <NotificationBell orgId={orgId} />}
            <OrgSwitcher />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </header>
      }
      navigation={orgId && isMember ? <MainNav orgId={orgId} /> : undefined}
    >
      <Outlet />
    </PageLayout>
  );
}
