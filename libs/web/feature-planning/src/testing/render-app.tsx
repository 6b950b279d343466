import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { Outlet, useParams } from 'react-router';
import { BriefPage } from '../lib/brief/brief-page';
import { CalendarPage } from '../lib/calendar/calendar-page';
import { ChannelsPage } from '../lib/channels/channels-page';
import { EditorialLinePage } from '../lib/editorial-line/editorial-line-page';
import { ExchangePage } from '../lib/exchange/exchange-page';
import { PLANNING_NAMESPACE, planningResources } from '../lib/i18n';
import { MyBriefsPage } from '../lib/my-briefs/my-briefs-page';
import { NotificationBell } from '../lib/notifications/notification-bell';

/** The organisation's pages with the bell above them, as the app's shell shows it. */
function OrgLayout() {
  const { orgId = '' } = useParams();
  return (
    <>
      <NotificationBell orgId={orgId} />
      <Outlet />
    </>
  );
}

/** The planning screens at their app paths, behind the session check, with their strings. */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      {
        element: <RequireAuth />,
        children: [
          {
            path: '/orgs/:orgId',
            element: <OrgLayout />,
            children: [
              { index: true, element: <p>Accueil</p> },
              { path: 'calendar', element: <CalendarPage /> },
              { path: 'briefs/:briefId', element: <BriefPage /> },
              { path: 'my-briefs', element: <MyBriefsPage /> },
              { path: 'editorial-line', element: <EditorialLinePage /> },
              { path: 'exchange', element: <ExchangePage /> },
              { path: 'channels', element: <ChannelsPage /> },
            ],
          },
        ],
      },
    ],
    { language, namespaces: { [PLANNING_NAMESPACE]: planningResources } },
  );
}
