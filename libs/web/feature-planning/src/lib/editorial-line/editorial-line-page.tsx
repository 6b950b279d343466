import {
  audiencesQueryOptions,
  campaignsQueryOptions,
  keyDatesQueryOptions,
  themesQueryOptions,
  useDeleteAudience,
  useDeleteCampaign,
  useDeleteKeyDate,
  useDeleteTheme,
} from '@parvis/web/data-access';
import { Alert, Page } from '@parvis/web/ui';
import { useDocumentTitle } from '@parvis/web/shared';
import { useQuery } from '@tanstack/react-query';
import { useLocalDateFormat } from '../common/format';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { usePlanningOptions } from '../common/use-planning-options';
import { CrudSection } from './crud-section';
import { paletteEntryOf } from './theme-palette';
import { AudienceForm, CampaignForm, KeyDateForm, ThemeForm } from './editorial-forms';

/** `/orgs/:orgId/editorial-line`: themes, audiences and campaigns (write: admin and editor). */
export function EditorialLinePage() {
  const { t } = usePlanningT();
  const { orgId, canPlan } = usePlanning();
  useDocumentTitle(t('editorialLine.title'));
  const format = useLocalDateFormat();
  const options = usePlanningOptions(orgId);
  const themes = useQuery(themesQueryOptions(orgId));
  const audiences = useQuery(audiencesQueryOptions(orgId));
  const campaigns = useQuery(campaignsQueryOptions(orgId));
  const deleteTheme = useDeleteTheme(orgId);
  const deleteAudience = useDeleteAudience(orgId);
  const deleteCampaign = useDeleteCampaign(orgId);
  const keyDatesQuery = useQuery(keyDatesQueryOptions(orgId));
  // The shared section lists named items: a key date is named by its label.
  const keyDates = { ...keyDatesQuery, data: keyDatesQuery.data && { items: keyDatesQuery.data.items.map((k) => ({ ...k, name: k.label })) } };
  const deleteKeyDate = useDeleteKeyDate(orgId);
  const colorName = (color: string) => {
    const entry = paletteEntryOf(color);
    return entry ? `${t(`palette.${entry.name}`)} (${color})` : color;
  };
  return (
    <Page title={t('editorialLine.title')} description={<p>{t('editorialLine.lead')}</p>}>
      {!canPlan && <Alert tone="info">{t('common.readOnly')}</Alert>}
      <CrudSection
        title={t('editorialLine.themes')}
        addLabel={t('editorialLine.addTheme')}
        emptyLabel={t('editorialLine.noThemes')}
        query={themes}
        canEdit={canPlan}
        remove={deleteTheme}
        describe={(theme) => (
          <p>
            <span className="planning-swatch" style={{ background: theme.color }} aria-hidden="true" /> {colorName(theme.color)}
            {theme.objectives && <span className="planning-card__text"> — {theme.objectives}</span>}
          </p>
        )}
        form={(item, done) => <ThemeForm item={item} onDone={done} />}
      />
      <CrudSection
        title={t('editorialLine.audiences')}
        addLabel={t('editorialLine.addAudience')}
        emptyLabel={t('editorialLine.noAudiences')}
        query={audiences}
        canEdit={canPlan}
        remove={deleteAudience}
        describe={(audience) => audience.description && <p>{audience.description}</p>}
        form={(item, done) => <AudienceForm item={item} onDone={done} />}
      />
      <CrudSection
        title={t('editorialLine.campaigns')}
        addLabel={t('editorialLine.addCampaign')}
        emptyLabel={t('editorialLine.noCampaigns')}
        query={campaigns}
        canEdit={canPlan}
        remove={deleteCampaign}
        describe={(campaign) => (
          <p>
            {t('editorialLine.period', { from: format.date(campaign.startsOn), to: format.date(campaign.endsOn) })}
            {campaign.objective && <span className="planning-card__text"> — {campaign.objective}</span>}
          </p>
        )}
        form={(item, done) => <CampaignForm item={item} options={options} onDone={done} />}
      />
      <CrudSection
        title={t('editorialLine.keyDates')}
        addLabel={t('editorialLine.addKeyDate')}
        emptyLabel={t('editorialLine.noKeyDates')}
        query={keyDates}
        canEdit={canPlan}
        remove={deleteKeyDate}
        describe={(keyDate) => (
          <p>{t(keyDate.recurringYearly ? 'editorialLine.keyDateEveryYear' : 'editorialLine.keyDateOnce', { date: format.date(keyDate.date) })}</p>
        )}
        form={(item, done) => <KeyDateForm item={item} onDone={done} />}
      />
    </Page>
  );
}
