import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { AccountPage } from '../lib/account/account-page';
import { InvitationPage } from '../lib/auth/invitation-page';
import { LoginPage } from '../lib/auth/login-page';
import { PasswordResetPage } from '../lib/auth/password-reset-page';
import { identityResources } from '../lib/i18n';

/** The identity screens at their app paths; any other signed-in path shows a placeholder. */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/invitations/:token', element: <InvitationPage /> },
      { path: '/password-reset/:token', element: <PasswordResetPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/account', element: <AccountPage /> },
          { path: '*', element: <p>Espace connecté</p> },
        ],
      },
    ],
    { bundles: [identityResources], language },
  );
}
