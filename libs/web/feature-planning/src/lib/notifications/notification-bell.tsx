import { notificationsQueryOptions, useMarkAllNotificationsRead, useMarkNotificationRead, type AppNotification } from '@parvis/web/data-access';
import { MutationButton } from '@parvis/web/shared';
import { ErrorState, LoadingState } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useLocalDateFormat } from '../common/format';
import { usePlanningT } from '../common/use-planning';

/** Header bell: unread count and the latest notifications of the organisation. */
export function NotificationBell({ orgId }: { orgId: string }) {
  const { t } = usePlanningT();
  const notifications = useQuery(notificationsQueryOptions(orgId));
  const markAll = useMarkAllNotificationsRead(orgId);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const unread = notifications.data?.unreadCount ?? 0;

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="planning-bell" ref={rootRef}>
      <button type="button" className="planning-bell__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <svg className="planning-bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {t('notifications.button')}
        {unread > 0 && <span className="planning-bell__count">{t('notifications.unread', { count: unread })}</span>}
      </button>
      <div id={panelId} className="planning-bell__panel" hidden={!open}>
        <h2 className="planning-bell__title">{t('notifications.title')}</h2>
        {notifications.isPending && <LoadingState />}
        {notifications.isError && <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />}
        {notifications.data && notifications.data.items.length === 0 && <p>{t('notifications.empty')}</p>}
        {notifications.data && notifications.data.items.length > 0 && (
          <ul className="planning-bell__list">
            {notifications.data.items.map((item) => (
              <NotificationItem key={item.id} orgId={orgId} item={item} onNavigate={() => setOpen(false)} />
            ))}
          </ul>
        )}
        {unread > 0 && (
          <MutationButton variant="tertiary" mutation={markAll} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </MutationButton>
        )}
      </div>
    </div>
  );
}

/** "Étienne vous a attribué « … »": who did what, in the reader's language (the API sends the kind and the actor). */
function useNotificationText(): (item: AppNotification) => string {
  const { t } = usePlanningT();
  return (item) => {
    const actor: unknown = 'actorName' in item ? item.actorName : null;
    const name = typeof actor === 'string' && actor ? actor : null;
    if (item.kind === 'brief_assigned' || item.kind === 'brief_proposed') {
      return name ? t(`notifications.kind.${item.kind}`, { actor: name, title: item.title }) : t(`notifications.kindAnonymous.${item.kind}`, { title: item.title });
    }
    return item.title;
  };
}

function NotificationItem({ orgId, item, onNavigate }: { orgId: string; item: AppNotification; onNavigate: () => void }) {
  const { t } = usePlanningT();
  const format = useLocalDateFormat();
  const markRead = useMarkNotificationRead(orgId);
  const text = useNotificationText()(item);
  const unread = item.readAt === null;
  const link = item.link && item.link.startsWith('/') && !item.link.startsWith('//') ? item.link : null;
  return (
    <li className={unread ? 'planning-bell__item planning-bell__item--unread' : 'planning-bell__item'}>
      {unread && <span className="pv-sr-only">{t('notifications.unreadLabel')} : </span>}
      {link ? (
        <Link
          to={link}
          onClick={() => {
            if (unread) markRead.mutate(item.id);
            onNavigate();
          }}
        >
          {text}
        </Link>
      ) : (
        <span>{text}</span>
      )}
      <span className="planning-bell__date">{format.instant(item.createdAt)}</span>
      {unread && (
        <MutationButton variant="tertiary" mutation={markRead} onClick={() => markRead.mutate(item.id)}>
          {t('notifications.markRead')}
          <span className="pv-sr-only"> : {text}</span>
        </MutationButton>
      )}
    </li>
  );
}
