import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface MenuButtonProps {
  controls: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The navigation it opens: focus moves to its first link, and Escape there closes it. */
  navigation: RefObject<HTMLElement | null>;
}

/** "Menu" on small screens: a disclosure for the main navigation (hidden by CSS on wide screens). */
export function MenuButton({ controls, open, onToggle, navigation }: MenuButtonProps) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    const nav = navigation.current;
    if (open) nav?.querySelector<HTMLElement>('a')?.focus();
    else if (wasOpen.current && nav?.contains(document.activeElement)) button.current?.focus();
    wasOpen.current = open;
    if (!open || !nav) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      onToggle(false);
      button.current?.focus();
    };
    nav.addEventListener('keydown', onKey);
    return () => nav.removeEventListener('keydown', onKey);
  }, [open, navigation, onToggle]);

  return (
    <button
      ref={button}
      type="button"
      className="shell-menu-button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) onToggle(false);
      }}
    >
      <span aria-hidden="true" className="shell-menu-button__icon" />
      {t('shell.menu')}
    </button>
  );
}
