import { createQueryClient } from '@parvis/web/data-access';
import { UI_NAMESPACE, uiResources } from '@parvis/web/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { saveWorkOnSessionEnd } from '../lib/session';
import { buildI18n, type Language, type TranslationBundle } from '../lib/i18n/create-i18n';

export interface RenderRoutesOptions {
  bundles?: readonly TranslationBundle[];
  language?: Language;
  /** Libraries with a namespace of their own (`planning`…), as the app registers them. */
  namespaces?: Readonly<Record<string, TranslationBundle>>;
}

/** Renders real screens (router, query client, i18n) at `path`: what a feature library tests with. */
export async function renderRoutes(path: string, routes: RouteObject[], { bundles = [], language = 'fr', namespaces = {} }: RenderRoutesOptions = {}) {
  const i18n = await buildI18n({ language, bundles, namespaces: { [UI_NAMESPACE]: uiResources, ...namespaces } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ onSessionEnd: saveWorkOnSessionEnd });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, router, i18n, queryClient };
}
