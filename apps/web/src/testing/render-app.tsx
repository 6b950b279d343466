import { createQueryClient } from '@parvis/web/data-access';
import { saveWorkOnSessionEnd } from '@parvis/web/shared';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/app';
import { routes } from '../app/routes';
import { createI18n, type Language } from '../i18n';

/** Renders the real app (routes, providers, i18n) at `path`. */
export async function renderApp(path: string, language: Language = 'fr') {
  const i18n = await createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ onSessionEnd: saveWorkOnSessionEnd });
  const view = render(<App i18n={i18n} queryClient={queryClient} router={router} />);
  return { ...view, router, i18n, queryClient };
}
