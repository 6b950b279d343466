import { isApiError } from '@parvis/web/data-access';
import { useDateTimeFormat, useDocumentTitle, useErrorMessage } from '@parvis/web/shared';
import { ErrorState, LoadingState, Page, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DecisionForm } from './decision-form';
import { externalReviewQueryOptions } from './external-review-data';
import { ExternalPreview } from './external-preview';
import './external-review.css';

/**
 * `/validation-externe/:token`: an élu or a cabinet member without an account reads the post as
 * each network will show it and approves or requests changes. Nothing else of the organisation.
 */
export function ExternalReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('externalReview.title'));
  const { token = '' } = useParams();
  const review = useQuery(externalReviewQueryOptions(token));
  const errorMessage = useErrorMessage();
  const format = useDateTimeFormat(review.data?.timeZone);

  if (review.isPending) return <LoadingState />;
  if (review.isError) {
    return (
      <Page title={t('externalReview.title')}>
        <ErrorState title={t('externalReview.problemTitle')} error={{ message: errorMessage(review.error), code: isApiError(review.error) ? review.error.code : 'UNKNOWN' }} />
      </Page>
    );
  }
  const page = review.data;
  return (
    <Page title={t('externalReview.title')} description={t('externalReview.lead', { organization: page.organizationName })}>
      <dl className="pv-dl xr-facts">
        <dt>{t('externalReview.organization')}</dt>
        <dd>{page.organizationName}</dd>
        <dt>{t('externalReview.step')}</dt>
        <dd>{page.stepName}</dd>
        <dt>{t('externalReview.plannedAt')}</dt>
        <dd>{page.plannedAt ? format.dateTime(page.plannedAt) : t('externalReview.notPlanned')}</dd>
        <dt>{t('externalReview.expiresAt')}</dt>
        <dd>{format.dateTime(page.expiresAt)}</dd>
      </dl>
      <Section title={t('externalReview.previewsTitle')}>
        <div className="xr-previews">
          {page.variants.map((variant, index) => (
            <ExternalPreview key={index} variant={variant} index={index} />
          ))}
        </div>
      </Section>
      <Section title={t('externalReview.decisionTitle')}>
        <DecisionForm token={token} />
      </Section>
    </Page>
  );
}
