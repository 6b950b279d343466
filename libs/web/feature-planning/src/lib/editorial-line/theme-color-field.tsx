import { TextField } from '@parvis/web/ui';
import { useId } from 'react';
import type { FieldError, UseFormRegister } from 'react-hook-form';
import { usePlanningT } from '../common/use-planning';
import { HEX_COLOR, legibilityOf, MIN_CONTRAST, paletteEntryOf, THEME_PALETTE } from './theme-palette';

export const CUSTOM_COLOR = 'custom';

export interface ThemeColorValues {
  /** A palette colour, or CUSTOM_COLOR. */
  colorChoice: string;
  customColor: string;
}

/** The form's starting choice for a theme colour: its palette swatch, or "Autre couleur" with its hex. */
export function colorDefaults(color: string | undefined): ThemeColorValues {
  const entry = paletteEntryOf(color ?? THEME_PALETTE[0].color);
  return entry ? { colorChoice: entry.color, customColor: '' } : { colorChoice: CUSTOM_COLOR, customColor: color ?? '' };
}

export function chosenColor({ colorChoice, customColor }: ThemeColorValues): string {
  return colorChoice === CUSTOM_COLOR ? customColor.trim().toLowerCase() : colorChoice;
}

/** The theme form's values: name, objectives and the colour as chosen. */
export interface ThemeFormValues extends ThemeColorValues {
  name: string;
  objectives: string;
}

export interface ThemeColorFieldProps {
  register: UseFormRegister<ThemeFormValues>;
  values: ThemeColorValues;
  error?: FieldError;
}

/**
 * The theme colour as a radio group (arrow keys move between swatches, as in any native radio
 * group): the accessible palette, then "Autre couleur (hexadécimal)" with a live contrast notice.
 */
export function ThemeColorField({ register, values, error }: ThemeColorFieldProps) {
  const { t } = usePlanningT();
  const hintId = useId();
  const custom = values.colorChoice === CUSTOM_COLOR;
  return (
    <fieldset className="pv-field planning-palette" aria-describedby={hintId}>
      <legend className="pv-label">{t('editorialLine.color')}</legend>
      <p className="pv-hint" id={hintId}>
        {t('palette.hint')}
      </p>
      <div className="planning-palette__options">
        {THEME_PALETTE.map((entry) => (
          <label key={entry.name} className="planning-palette__option">
            <input type="radio" value={entry.color} {...register('colorChoice')} />
            <span className="planning-palette__swatch" style={{ background: entry.color, color: legibilityOf(entry.color).text }} aria-hidden="true">
              Aa
            </span>
            <span>{t(`palette.${entry.name}`)}</span>
          </label>
        ))}
        <label className="planning-palette__option planning-palette__option--custom">
          <input type="radio" value={CUSTOM_COLOR} {...register('colorChoice')} />
          <span>{t('palette.custom')}</span>
        </label>
      </div>
      {custom && (
        <TextField
          label={t('palette.hex')}
          hint={t('palette.hexHint')}
          required
          autoComplete="off"
          spellCheck={false}
          error={error?.message}
          {...register('customColor', {
            validate: (value, form) => form.colorChoice !== CUSTOM_COLOR || HEX_COLOR.test(value.trim()) || t('editorialLine.colorFormat'),
          })}
        />
      )}
      <div aria-live="polite">{custom && HEX_COLOR.test(values.customColor.trim()) && <ContrastNotice color={values.customColor.trim()} />}</div>
    </fieldset>
  );
}

/** What the calendar will do with a free colour: the card as it will look, and a warning below 4.5:1. */
function ContrastNotice({ color }: { color: string }) {
  const { t, i18n } = usePlanningT();
  const { text, ratio, shownAs } = legibilityOf(color);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 });
  const params = { ratio: number.format(Math.floor(ratio * 10) / 10), min: number.format(MIN_CONTRAST) };
  return (
    <div className={`planning-palette__notice${shownAs ? ' planning-palette__notice--warning' : ''}`}>
      <span className="planning-palette__preview" style={{ background: shownAs ?? color, color: shownAs ? legibilityOf(shownAs).text : text }} aria-hidden="true">
        {t('palette.sample')}
      </span>
      <p>{shownAs ? t('palette.tooLow', { ...params, shownAs }) : t('palette.enough', params)}</p>
    </div>
  );
}
