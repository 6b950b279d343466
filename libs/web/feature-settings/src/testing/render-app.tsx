import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { settingsResources } from '../lib/i18n';
import { SettingsPage } from '../lib/settings-page';

/** The settings screen at its app path, behind the session check. */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      { element: <RequireAuth />, children: [{ path: '/orgs/:orgId/settings', element: <SettingsPage /> }] },
    ],
    { bundles: [settingsResources], language },
  );
}
