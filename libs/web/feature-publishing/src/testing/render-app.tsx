import type { Channel } from '@parvis/web/data-access';
import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { useLocation } from 'react-router';
import { ChannelConnections } from '../lib/channels/channel-connections';
import { PUBLISHING_NAMESPACE, publishingResources } from '../lib/i18n';
import { PublicationsPage } from '../lib/publications/publications-page';
import { PublicationStatus } from '../lib/status/publication-status';

function Elsewhere() {
  return <p>{`Page : ${useLocation().pathname}`}</p>;
}

export interface Harness {
  channels?: readonly Channel[];
  canManage?: boolean;
}

/**
 * The publishing screens at their app paths, behind the session check: the publications page, the
 * channels page's connection part and a post's status panel (as the planning and composer pages embed them).
 */
export function renderApp(path: string, { channels = [], canManage = true }: Harness = {}, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/orgs/:orgId/publications', element: <PublicationsPage /> },
          { path: '/orgs/:orgId/channels', element: <ChannelConnections channels={channels} canManage={canManage} /> },
          { path: '/orgs/:orgId/posts/:postId', element: <PublicationStatus orgId="org-lyon" postId="post-1" timeZone="Europe/Paris" /> },
          { path: '*', element: <Elsewhere /> },
        ],
      },
    ],
    { namespaces: { [PUBLISHING_NAMESPACE]: publishingResources }, language },
  );
}
