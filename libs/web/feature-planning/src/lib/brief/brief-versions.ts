import type { Brief, UpdateBriefInput } from '@parvis/web/data-access';
import { useLocalDateFormat } from '../common/format';
import { usePlanningT } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';

/** One field the two versions disagree on, as the conflict dialog shows it. */
export interface VersionDifference {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

/** The brief's field values, as a write would send them (to compare a deletion with the current brief). */
export function briefAsInput(brief: Brief): UpdateBriefInput {
  return {
    title: brief.title,
    body: brief.body,
    themeId: brief.themeId,
    campaignId: brief.campaignId,
    audienceIds: brief.audienceIds,
    channelIds: brief.channelIds,
    plannedDate: brief.plannedLocal.date,
    plannedTime: brief.plannedLocal.time,
    draftDueDate: brief.draftDueDate,
    assigneeMembershipId: brief.assignee?.membershipId ?? null,
    status: brief.status,
  };
}

type Compared = Exclude<keyof UpdateBriefInput, 'plannedTime'>;

/**
 * What a planner was saving against the brief as someone else saved it meanwhile: the fields they
 * sent that now differ, in words (names, French dates), for the 412 conflict dialog.
 */
export function useBriefDifferences(options: PlanningOptions): (mine: UpdateBriefInput, current: Brief) => VersionDifference[] {
  const { t } = usePlanningT();
  const format = useLocalDateFormat();
  const nameIn = (items: ReadonlyArray<{ id: string; name: string }>, none: string) => (id: string | null | undefined) =>
    items.find((item) => item.id === id)?.name ?? none;
  const namesIn = (items: ReadonlyArray<{ id: string; label?: string; name?: string }>, none: string) => (ids: string[] | undefined) =>
    items
      .filter((item) => ids?.includes(item.id))
      .map((item) => item.label ?? item.name ?? '')
      .join(', ') || none;
  const member = (id: string | null | undefined, current: Brief) =>
    options.members.find((m) => m.id === id)?.displayName ??
    (id && id === current.assignee?.membershipId ? current.assignee.displayName : t('brief.unassigned'));
  const planned = (date: string | undefined, time: string | undefined) =>
    date && time ? t('brief.planned', { date: format.longDate(date), time }) : '';

  return (mine, current) => {
    const currentValues = briefAsInput(current);
    const describe: Record<Compared, { label: string; text: (input: UpdateBriefInput) => string }> = {
      title: { label: t('brief.title'), text: (v) => v.title ?? '' },
      body: { label: t('brief.body'), text: (v) => v.body || t('common.noBody') },
      themeId: { label: t('brief.theme'), text: (v) => nameIn(options.themes, t('common.noTheme'))(v.themeId) },
      campaignId: { label: t('brief.campaign'), text: (v) => nameIn(options.campaigns, t('common.noCampaign'))(v.campaignId) },
      audienceIds: { label: t('brief.audiences'), text: (v) => namesIn(options.audiences, t('common.noAudience'))(v.audienceIds) },
      channelIds: { label: t('brief.channels'), text: (v) => namesIn(options.channels, t('common.none'))(v.channelIds) },
      plannedDate: {
        label: t('brief.plannedDate'),
        text: (v) => planned(v.plannedDate ?? currentValues.plannedDate, v.plannedTime ?? currentValues.plannedTime),
      },
      draftDueDate: { label: t('brief.draftDueDate'), text: (v) => (v.draftDueDate ? format.date(v.draftDueDate) : t('common.none')) },
      assigneeMembershipId: { label: t('brief.assignee'), text: (v) => member(v.assigneeMembershipId, current) },
      status: { label: t('brief.status'), text: (v) => (v.status ? t(`status.${v.status}`) : '') },
    };
    const sent = (Object.keys(describe) as Compared[]).filter(
      (field) => mine[field] !== undefined || (field === 'plannedDate' && mine.plannedTime !== undefined),
    );
    return sent
      .map((field) => ({ field, label: describe[field].label, mine: describe[field].text(mine), theirs: describe[field].text(currentValues) }))
      .filter((row) => row.mine !== row.theirs);
  };
}
