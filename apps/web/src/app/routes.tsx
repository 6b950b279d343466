import { RequireAuth } from '@parvis/web/shared';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { approvals, composer, externalReview, externalReviewPanel, governance, identity, login, members, operator, planning, publishing, publishingEmbedded, settings } from './features';
import { RootRedirect } from './auth/root-redirect';
import { OrgHomePage } from './org/org-home-page';
import { OrgScope } from './org/org-scope';
import { AppShell } from './shell/app-shell';
import { NotFoundPage } from './shell/not-found-page';
import { PublicShell } from './shell/public-shell';

/** A lazy route rendering one screen of a feature chunk. */
const screen = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => async () => ({
  Component: pick(await load()),
});

/** The composer with the panels other libraries add below it (the app composes: no library imports another's page). */
const composerPage = async () => {
  const [{ ComposerPage }, { PostTimeline }, { PublicationStatus }, { ExternalReviewPanel }] = await Promise.all([
    composer(),
    approvals(),
    publishingEmbedded(),
    externalReviewPanel(),
  ]);
  const panels = [ExternalReviewPanel, PublicationStatus, PostTimeline];
  return {
    Component: function ComposerWithPanels() {
      return <ComposerPage panels={panels} />;
    },
  };
};

/** The channels page with the accounts' connection part (feature-publishing) below the list. */
const channelsPage = async () => {
  const [{ ChannelsPage }, { ChannelConnections }] = await Promise.all([planning(), publishingEmbedded()]);
  return {
    Component: function ChannelsWithConnections() {
      return <ChannelsPage connections={ChannelConnections} />;
    },
  };
};

export const routes: RouteObject[] = [
  {
    element: <PublicShell />,
    children: [
      { path: '/login', lazy: screen(login, (m) => m.LoginPage) },
      { path: '/invitations/:token', lazy: screen(identity, (m) => m.InvitationPage) },
      { path: '/password-reset/:token', lazy: screen(identity, (m) => m.PasswordResetPage) },
      { path: '/validation-externe/:token', lazy: screen(externalReview, (m) => m.ExternalReviewPage) },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <RootRedirect /> },
          { path: '/account', lazy: screen(identity, (m) => m.AccountPage) },
          { path: '/operator', lazy: screen(operator, (m) => m.OperatorPage) },
          {
            path: '/orgs/:orgId',
            element: <OrgScope />,
            children: [
              { index: true, element: <OrgHomePage /> },
              { path: 'calendar', lazy: screen(planning, (m) => m.CalendarPage) },
              { path: 'briefs/:briefId', lazy: screen(planning, (m) => m.BriefPage) },
              { path: 'my-briefs', lazy: screen(planning, (m) => m.MyBriefsPage) },
              { path: 'posts', lazy: screen(composer, (m) => m.ContentsPage) },
              { path: 'posts/new', lazy: screen(composer, (m) => m.NewPostPage) },
              { path: 'posts/:postId', lazy: composerPage },
              { path: 'posts/:postId/review', lazy: screen(approvals, (m) => m.ReviewPage) },
              { path: 'approvals', lazy: screen(approvals, (m) => m.ReviewQueuePage) },
              { path: 'editorial-line', lazy: screen(planning, (m) => m.EditorialLinePage) },
              { path: 'exchange', lazy: screen(planning, (m) => m.ExchangePage) },
              { path: 'channels', lazy: channelsPage },
              { path: 'publications', lazy: screen(publishing, (m) => m.PublicationsPage) },
              { path: 'members', lazy: screen(members, (m) => m.MembersPage) },
              { path: 'settings', lazy: screen(settings, (m) => m.SettingsPage) },
              { path: 'settings/circuits', lazy: screen(governance, (m) => m.CircuitsPage) },
              { path: 'settings/elections', lazy: screen(governance, (m) => m.ElectionsPage) },
              { path: 'settings/publication-pause', lazy: screen(governance, (m) => m.PublicationPausePage) },
              { path: 'settings/audit', lazy: screen(governance, (m) => m.AuditPage) },
              { path: 'absences', lazy: screen(governance, (m) => m.AbsencesPage) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
