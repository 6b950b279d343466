import { createQueryClient } from '@parvis/web/data-access';
import { buildI18n, RequireAuth } from '@parvis/web/shared';
import { UI_NAMESPACE, uiResources } from '@parvis/web/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { COMPOSER_NAMESPACE, composerResources } from '../lib/i18n';
import { ComposerPage } from '../lib/composer/composer-page';
import { NewPostPage } from '../lib/composer/new-post-page';
import { ContentsPage } from '../lib/contents/contents-page';

/** The composer's screens at their app paths, behind the session check, in French with their strings. */
export async function renderComposer(path: string) {
  const i18n = await buildI18n({
    language: 'fr',
    bundles: [],
    namespaces: { [UI_NAMESPACE]: uiResources, [COMPOSER_NAMESPACE]: composerResources },
  });
  const router = createMemoryRouter(
    [
      { path: '/login', element: <p>Connexion</p> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/orgs/:orgId/posts', element: <ContentsPage /> },
          { path: '/orgs/:orgId/posts/new', element: <NewPostPage /> },
          { path: '/orgs/:orgId/posts/:postId', element: <ComposerPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const queryClient = createQueryClient();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, router, queryClient };
}
