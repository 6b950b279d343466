import { hasErrors } from '@parvis/shared/domain/content-rules';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { NetworkIcon } from '../previews/network-icon';
import type { ChannelCheck } from './channel-validation';

interface ChannelTabsProps {
  checks: readonly ChannelCheck[];
  active: string;
  onSelect: (channelId: string) => void;
  children: ReactNode;
}

/** WAI-ARIA tabs (automatic activation): arrows, Home and End move between channels. */
export function ChannelTabs({ checks, active, onSelect, children }: ChannelTabsProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const baseId = useId();
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const tabId = (channelId: string) => `${baseId}-tab-${channelId}`;
  const panelId = `${baseId}-panel`;

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = checks.findIndex((c) => c.variant.channelId === active);
    const last = checks.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = checks[(next + checks.length) % checks.length].variant.channelId;
    onSelect(target);
    tabs.current.get(target)?.focus();
  };

  return (
    <div className="pv-tabs">
      <div role="tablist" aria-label={t('tabs.label')} className="pv-tabs__list" onKeyDown={move}>
        {checks.map(({ variant, validation }) => {
          const selected = variant.channelId === active;
          const errors = validation.violations.filter((v) => v.severity === 'error').length;
          const over = validation.length > validation.limit;
          return (
            <button
              key={variant.channelId}
              ref={(node) => {
                if (node) tabs.current.set(variant.channelId, node);
                else tabs.current.delete(variant.channelId);
              }}
              type="button"
              role="tab"
              id={tabId(variant.channelId)}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              className={`pv-tab${hasErrors(validation.violations) ? ' pv-tab--error' : ''}`}
              onClick={() => onSelect(variant.channelId)}
            >
              <NetworkIcon network={variant.network} />
              <span className="pv-tab__name">{variant.channelName}</span>
              <span className={`pv-tab__count${over ? ' pv-tab__count--over' : ''}`}>
                {validation.length}/{validation.limit}
              </span>
              <span className="pv-sr-only">
                {', '}
                {errors > 0 ? t('tabs.hasErrors', { count: errors }) : t('tabs.ok')}
                {variant.followsMaster ? `, ${t('tabs.followsMaster')}` : ''}
              </span>
              {errors > 0 && (
                <span className="pv-tab__errors" aria-hidden="true">
                  {errors}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(active)} className="pv-tabs__panel" tabIndex={-1}>
        {children}
      </div>
    </div>
  );
}
