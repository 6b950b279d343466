import { BriefPage, CalendarPage, ChannelsPage, EditorialLinePage, ExchangePage, MyBriefsPage } from '@parvis/web/feature-planning';
import type { RouteObject } from 'react-router';
import { AccountPage } from './account/account-page';
import { InvitationPage } from './auth/invitation-page';
import { LoginPage } from './auth/login-page';
import { PasswordResetPage } from './auth/password-reset-page';
import { RequireAuth } from './auth/require-auth';
import { RootRedirect } from './auth/root-redirect';
import { MembersPage } from './members/members-page';
import { OperatorPage } from './operator/operator-page';
import { OrgHomePage } from './org/org-home-page';
import { OrgScope } from './org/org-scope';
import { SettingsPage } from './settings/settings-page';
import { AppShell } from './shell/app-shell';
import { NotFoundPage } from './shell/not-found-page';
import { PublicShell } from './shell/public-shell';

export const routes: RouteObject[] = [
  {
    element: <PublicShell />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/invitations/:token', element: <InvitationPage /> },
      { path: '/password-reset/:token', element: <PasswordResetPage /> },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <RootRedirect /> },
          { path: '/account', element: <AccountPage /> },
          { path: '/operator', element: <OperatorPage /> },
          {
            path: '/orgs/:orgId',
            element: <OrgScope />,
            children: [
              { index: true, element: <OrgHomePage /> },
              { path: 'calendar', element: <CalendarPage /> },
              { path: 'briefs/:briefId', element: <BriefPage /> },
              { path: 'my-briefs', element: <MyBriefsPage /> },
              { path: 'editorial-line', element: <EditorialLinePage /> },
              { path: 'exchange', element: <ExchangePage /> },
              { path: 'channels', element: <ChannelsPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'settings', element: <SettingsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
