import { useLogout } from '@parvis/web/data-access';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMe } from '@parvis/web/shared';

/** Disclosure menu (button + list of links), closed by Escape or navigation. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => setOpen(false), [location.pathname]);

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };

  return (
    <div
      className="user-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="pv-sr-only">{t('shell.userMenu')} : </span>
        {me.user.displayName}
      </button>
      <ul id={listId} className="user-menu__list" hidden={!open}>
        <li>
          <Link to="/account">{t('shell.account')}</Link>
        </li>
        {me.user.isInstanceAdmin && (
          <li>
            <Link to="/operator">{t('shell.operator')}</Link>
          </li>
        )}
        <li>
          <button type="button" className="user-menu__logout" onClick={signOut} disabled={logout.isPending}>
            {t('shell.logout')}
          </button>
        </li>
      </ul>
    </div>
  );
}
