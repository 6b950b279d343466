import { reviewQueueCountQueryOptions, roleMay } from '@parvis/web/data-access';
import { useCurrentOrg } from '@parvis/web/shared';
import { Badge } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export interface MainNavProps {
  orgId: string;
  id: string;
  /** On a phone the navigation folds behind the menu button (always shown on wider screens). */
  open: boolean;
}

export function MainNav({ orgId, id, open }: MainNavProps) {
  const { t } = useTranslation();
  const base = `/orgs/${orgId}`;
  const toReview = useQuery(reviewQueueCountQueryOptions(orgId));
  const { membership } = useCurrentOrg();
  return (
    <nav id={id} className={open ? 'main-nav main-nav--open' : 'main-nav'} aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to={base} end>
            {t('nav.home')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/calendar`}>{t('nav.calendar')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/my-briefs`}>{t('nav.myBriefs')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/editorial-line`}>{t('nav.editorialLine')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/exchange`}>{t('nav.exchange')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/posts`}>{t('nav.contents')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/approvals`}>
            {t('nav.approval')}
            {toReview.data ? (
              <>
                {' '}
                <Badge tone="info">
                  <span aria-hidden="true">{toReview.data}</span>
                  <span className="pv-sr-only">{t('nav.toReview', { count: toReview.data })}</span>
                </Badge>
              </>
            ) : null}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/publications`}>{t('nav.publishing')}</NavLink>
        </li>
        <li>
          <span className="main-nav__group" id="nav-settings">
            {t('nav.settings')}
          </span>
          <ul aria-labelledby="nav-settings">
            <li>
              <NavLink to={`${base}/channels`}>{t('nav.channels')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/members`}>{t('nav.members')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/settings`} end>
                {t('nav.organization')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/settings/circuits`}>{t('nav.circuits')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/absences`}>{t('nav.absences')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/settings/elections`}>{t('nav.elections')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/settings/publication-pause`}>{t('nav.publicationPause')}</NavLink>
            </li>
            {roleMay(membership?.role, 'audit.read') && (
              <li>
                <NavLink to={`${base}/settings/audit`}>{t('nav.audit')}</NavLink>
              </li>
            )}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
