import type { Brief } from '@parvis/web/data-access';
import { useLocalDateFormat } from '../common/format';
import { StatusBadge } from '../common/status-badge';
import { usePlanningT } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';

/** Read-only view of a brief (contributors, approvers, viewers). */
export function BriefDetails({ brief, options }: { brief: Brief; options: PlanningOptions }) {
  const { t } = usePlanningT();
  const format = useLocalDateFormat();
  const names = <T extends { id: string }>(items: T[], ids: string[], label: (item: T) => string) =>
    items.filter((item) => ids.includes(item.id)).map(label).join(', ') || t('common.noAudience');
  const theme = options.themes.find((item) => item.id === brief.themeId);
  const campaign = options.campaigns.find((item) => item.id === brief.campaignId);
  return (
    <dl className="planning-details">
      <dt>{t('brief.status')}</dt>
      <dd>
        <StatusBadge status={brief.status} />
      </dd>
      <dt>{t('brief.plannedDate')}</dt>
      <dd>{t('brief.planned', { date: format.longDate(brief.plannedLocal.date), time: brief.plannedLocal.time })}</dd>
      {brief.draftDueDate && (
        <>
          <dt>{t('brief.draftDueDate')}</dt>
          <dd>{format.date(brief.draftDueDate)}</dd>
        </>
      )}
      <dt>{t('brief.assignee')}</dt>
      <dd>{brief.assignee?.displayName ?? t('brief.unassigned')}</dd>
      <dt>{t('brief.theme')}</dt>
      <dd>{theme?.name ?? t('common.noTheme')}</dd>
      <dt>{t('brief.campaign')}</dt>
      <dd>{campaign?.name ?? t('common.noCampaign')}</dd>
      <dt>{t('brief.audiences')}</dt>
      <dd>{names(options.audiences, brief.audienceIds, (a) => a.name)}</dd>
      <dt>{t('brief.networks')}</dt>
      <dd>{brief.networks.map((network) => t(`network.${network}`)).join(', ') || t('common.noNetwork')}</dd>
      <dt>{t('brief.body')}</dt>
      <dd className="planning-details__body">{brief.body || t('common.noBody')}</dd>
    </dl>
  );
}
