import { ALL_NETWORKS } from '@parvis/shared/domain';
import { channelsQueryOptions, themesQueryOptions } from '@parvis/web/data-access';
import { SelectField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CircuitFormValues } from './circuit-values';

/** When the circuit applies: themes, networks, accounts, the "sensible" flag, the réserve électorale. */
export function ConditionFields({ form, orgId }: { form: UseFormReturn<CircuitFormValues>; orgId: string }) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const errors = formState.errors.condition;
  const errorText = (message: string | undefined) => message && <p className="pv-error-text">{message}</p>;
  const themes = useQuery(themesQueryOptions(orgId));
  const channels = useQuery(channelsQueryOptions(orgId));
  const themeItems = themes.data?.items ?? [];
  const channelItems = channels.data?.items ?? [];
  return (
    <fieldset className="pv-fieldset gov-conditions">
      <legend>{t('circuitForm.conditions')}</legend>
      <p className="pv-hint">{t('circuitForm.conditionsHint')}</p>
      <div className="gov-conditions__groups">
        <fieldset className="pv-fieldset gov-checklist">
          <legend>{t('circuitForm.themes')}</legend>
          {themes.isSuccess && themeItems.length === 0 && <p>{t('circuitForm.noThemes')}</p>}
          {themeItems.map((theme) => (
            <label key={theme.id} className="pv-checkbox">
              <input type="checkbox" value={theme.id} {...register('condition.themeIds')} />
              {theme.name}
            </label>
          ))}
          {errorText(errors?.themeIds?.message)}
        </fieldset>
        <fieldset className="pv-fieldset gov-checklist">
          <legend>{t('circuitForm.networks')}</legend>
          {ALL_NETWORKS.map((network) => (
            <label key={network} className="pv-checkbox">
              <input type="checkbox" value={network} {...register('condition.networks')} />
              {t(`networks.${network}`)}
            </label>
          ))}
          {errorText(errors?.networks?.message)}
        </fieldset>
        <fieldset className="pv-fieldset gov-checklist">
          <legend>{t('circuitForm.channels')}</legend>
          {channels.isSuccess && channelItems.length === 0 && <p>{t('circuitForm.noChannels')}</p>}
          {channelItems.map((channel) => (
            <label key={channel.id} className="pv-checkbox">
              <input type="checkbox" value={channel.id} {...register('condition.channelIds')} />
              {channel.displayName} ({t(`networks.${channel.network}`)})
            </label>
          ))}
          {errorText(errors?.channelIds?.message)}
        </fieldset>
      </div>
      <div className="gov-form__row">
        <SelectField label={t('circuitForm.sensitive')} {...register('condition.sensitive')}>
          <option value="">{t('circuitForm.any')}</option>
          <option value="true">{t('circuitForm.sensitiveYes')}</option>
          <option value="false">{t('circuitForm.sensitiveNo')}</option>
        </SelectField>
        <SelectField label={t('circuitForm.reserve')} {...register('condition.electoralReserve')}>
          <option value="">{t('circuitForm.any')}</option>
          <option value="true">{t('circuitForm.reserveYes')}</option>
          <option value="false">{t('circuitForm.reserveNo')}</option>
        </SelectField>
      </div>
    </fieldset>
  );
}
