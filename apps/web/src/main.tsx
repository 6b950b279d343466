import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createQueryClient } from '@parvis/web/data-access';
import { saveWorkOnSessionEnd } from '@parvis/web/shared';
import { App } from './app/app';
import { routes } from './app/routes';
import { createI18n } from './i18n';

async function start() {
  const i18n = await createI18n();
  const router = createBrowserRouter(routes);
  const root = ReactDOM.createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <StrictMode>
      <App i18n={i18n} queryClient={createQueryClient({ onSessionEnd: saveWorkOnSessionEnd })} router={router} />
    </StrictMode>,
  );
}

void start();
