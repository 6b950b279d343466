import { BRIEF_STATUSES, type BriefFilters } from '@parvis/web/data-access';
import { Button, SelectField } from '@parvis/web/ui';
import { useId, useState } from 'react';
import { usePlanningT } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';

export interface CalendarFiltersProps {
  filters: BriefFilters;
  options: PlanningOptions;
  onChange: (filters: BriefFilters) => void;
}

type TextFilter = 'themeId' | 'campaignId' | 'audienceId' | 'channelId' | 'assignee';

export function CalendarFilters({ filters, options, onChange }: CalendarFiltersProps) {
  const { t } = usePlanningT();
  const set = (key: TextFilter, value: string) => {
    const next: BriefFilters = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };
  const setStatus = (value: string) => {
    const rest: BriefFilters = { ...filters };
    delete rest.status;
    const status = BRIEF_STATUSES.find((s) => s === value);
    onChange(status ? { ...rest, status } : rest);
  };
  // "Toutes" for the feminine nouns (thématique, campagne), "Tous" for the others.
  const select = (key: TextFilter, label: string, items: ReadonlyArray<{ id: string; name: string }>, all = t('common.all')) => (
    <SelectField label={label} value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
      <option value="">{all}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </SelectField>
  );
  const activeCount = Object.keys(filters).length;
  const active = activeCount > 0;
  // On a phone the six lists would fill the first screen: they fold behind a disclosure button.
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <Button
        variant="secondary"
        className="planning-filters__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('filters.title')}
        {active && ` (${t('filters.activeCount', { count: activeCount })})`}
      </Button>
      <fieldset id={panelId} className={`planning-filters${open ? ' planning-filters--open' : ''}`}>
      <legend>{t('filters.title')}</legend>
      {select('themeId', t('filters.theme'), options.themes, t('common.allFeminine'))}
      {select('campaignId', t('filters.campaign'), options.campaigns, t('common.allFeminine'))}
      {select('audienceId', t('filters.audience'), options.audiences)}
      {select(
        'channelId',
        t('filters.channel'),
        options.channels.map((c) => ({ id: c.id, name: c.label })),
      )}
      <SelectField label={t('filters.status')} value={filters.status ?? ''} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {BRIEF_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </SelectField>
      {select('assignee', t('filters.assignee'), [
        { id: 'me', name: t('filters.me') },
        ...options.members.map((m) => ({ id: m.id, name: m.displayName })),
      ])}
      {active && (
        <Button variant="tertiary" onClick={() => onChange({})}>
          {t('filters.reset')}
        </Button>
      )}
      </fieldset>
    </>
  );
}
