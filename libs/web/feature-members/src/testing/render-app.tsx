import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { membersResources } from '../lib/i18n';
import { MembersPage } from '../lib/members-page';

/** The members screen at its app path, behind the session check. */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      { element: <RequireAuth />, children: [{ path: '/orgs/:orgId/members', element: <MembersPage /> }] },
    ],
    { bundles: [membersResources], language },
  );
}
