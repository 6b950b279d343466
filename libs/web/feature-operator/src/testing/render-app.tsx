import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { operatorResources } from '../lib/i18n';
import { OperatorPage } from '../lib/operator-page';

/** The operator screen at its app path, behind the session check. */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      { element: <RequireAuth />, children: [{ path: '/operator', element: <OperatorPage /> }] },
    ],
    { bundles: [operatorResources], language },
  );
}
