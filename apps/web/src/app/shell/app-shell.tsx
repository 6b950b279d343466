import { PageLayout } from '@parvis/web/ui';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { useMe } from '@parvis/web/shared';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { MenuButton } from './menu-button';
import { OrgSwitcher } from './org-switcher';
import { UserMenu } from './user-menu';
import { GovernanceBanners } from './governance-banners';
import { useRouteFocus } from '../common/use-route-focus';
import { planning } from '../features';
import './shell.css';

// The bell lives with the planning screens: loaded after the shell, not with the login page.
const NotificationBell = lazy(() => planning().then((m) => ({ default: m.NotificationBell })));

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  useRouteFocus();
  const match = useMatch('/orgs/:orgId/*');
  const orgId = match?.params.orgId;
  const isMember = me.memberships.some((m) => m.organization.id === orgId);
  const navId = useId();
  const navRef = useRef<HTMLDivElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  const withNav = Boolean(orgId && isMember);
  return (
    <PageLayout
      header={
        <header className="shell-header">
          <div className="shell-start">
            {withNav && <MenuButton controls={navId} open={menuOpen} onToggle={setMenuOpen} navigation={navRef} />}
            <Link to="/" className="shell-brand">
              {t('app.name')}
            </Link>
          </div>
          <div className="shell-tools">
            {orgId && isMember && (
              <Suspense fallback={null}>
                <NotificationBell orgId={orgId} />
              </Suspense>
            )}
            <OrgSwitcher />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </header>
      }
      navigation={
        withNav && orgId ? (
          <div ref={navRef} className="shell-nav">
            <MainNav orgId={orgId} id={navId} open={menuOpen} />
          </div>
        ) : undefined
      }
    >
      {withNav && orgId && <GovernanceBanners orgId={orgId} />}
      <Outlet />
    </PageLayout>
  );
}
