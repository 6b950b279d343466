import type { Theme } from '@parvis/web/data-access';
import { useId } from 'react';
import { DEFAULT_EVENT_COLOR, readableFill } from '../common/format';
import { usePlanningT } from '../common/use-planning';

/** What each card colour means: the themes, in the colours the calendar really paints. */
export function ThemeLegend({ themes }: { themes: Theme[] }) {
  const { t } = usePlanningT();
  const titleId = useId();
  return (
    <section className="planning-legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="planning-legend__title">
        {t('calendar.legend')}
      </h2>
      <ul className="planning-legend__list">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="planning-swatch" style={{ background: readableFill(theme.color ?? DEFAULT_EVENT_COLOR).background }} aria-hidden="true" />{' '}
            {theme.name}
          </li>
        ))}
        <li>
          <span className="planning-swatch" style={{ background: DEFAULT_EVENT_COLOR }} aria-hidden="true" /> {t('calendar.legendNoTheme')}
        </li>
      </ul>
    </section>
  );
}
