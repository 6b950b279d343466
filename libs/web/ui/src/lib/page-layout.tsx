import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_NAMESPACE } from './i18n';

export interface PageLayoutProps {
  header?: ReactNode;
  navigation?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/** Skip link, header, optional navigation and the main landmark `#contenu`. */
export function PageLayout({ header, navigation, footer, children }: PageLayoutProps) {
  const { t } = useTranslation(UI_NAMESPACE);
  return (
    <div className="pv-layout">
      <a className="pv-skip-link" href="#contenu">
        {t('skipToContent')}
      </a>
      {header}
      <div className="pv-layout__body">
        {navigation}
        <main id="contenu" className="pv-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      {footer}
    </div>
  );
}

export interface PageProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

/** Content of one screen: the h1, an optional lead and actions. */
export function Page({ title, description, actions, children }: PageProps) {
  return (
    <div className="pv-page">
      <div className="pv-page__header">
        <h1 className="pv-page__title">{title}</h1>
        {actions && <div className="pv-page__actions">{actions}</div>}
      </div>
      {description && <div className="pv-page__lead">{description}</div>}
      {children}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="pv-section">
      <h2 className="pv-section__title">{title}</h2>
      {children}
    </section>
  );
}
