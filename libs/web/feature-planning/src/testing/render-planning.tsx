import { createQueryClient } from '@parvis/web/data-access';
import { buildI18n } from '@parvis/web/shared';
import { UI_NAMESPACE, uiResources } from '@parvis/web/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { PLANNING_NAMESPACE, planningResources } from '../lib/i18n';

/** Where a navigation from the piece under test led (any other route). */
function Elsewhere() {
  return <p>{`Page : ${useLocation().pathname}`}</p>;
}

/** Renders one piece of the planning screens in Lyon (`/orgs/org-lyon`), in French, with its strings. */
export async function renderInLyon(element: ReactNode) {
  const i18n = await buildI18n({
    language: 'fr',
    bundles: [],
    namespaces: { [UI_NAMESPACE]: uiResources, [PLANNING_NAMESPACE]: planningResources },
  });
  const router = createMemoryRouter([{ path: '/orgs/:orgId', element }, { path: '*', element: <Elsewhere /> }], { initialEntries: ['/orgs/org-lyon'] });
  const queryClient = createQueryClient();
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
