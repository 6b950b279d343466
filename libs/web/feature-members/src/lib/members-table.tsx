import { membersInfiniteQueryOptions, servicesQueryOptions } from '@parvis/web/data-access';
import { Button, EmptyState, ErrorState, LoadingState, TableScroll } from '@parvis/web/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MemberRow } from './member-row';

export interface MembersTableProps {
  orgId: string;
  canManage: boolean;
  timeZone: string | undefined;
}

export function MembersTable({ orgId, canManage, timeZone }: MembersTableProps) {
  const { t } = useTranslation();
  const members = useInfiniteQuery(membersInfiniteQueryOptions(orgId));
  const services = useQuery({ ...servicesQueryOptions(orgId), enabled: canManage });

  if (members.isPending) return <LoadingState />;
  if (members.isError && !members.data) {
    return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  }
  const items = members.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={t('members.empty')} />;

  return (
    <div className="stack">
      <TableScroll label={t('members.listTitle')}>
        <table className="pv-table">
          <caption className="pv-sr-only">{t('members.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.member')}</th>
              <th scope="col">{t('fields.role')}</th>
              <th scope="col">{t('fields.services')}</th>
              <th scope="col">{t('members.since')}</th>
              {canManage && <th scope="col">{t('fields.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((member) => (
              <MemberRow
                key={member.id}
                orgId={orgId}
                member={member}
                canManage={canManage}
                services={services.data?.items ?? []}
                timeZone={timeZone}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p role="status" className="pv-hint">
        {t('members.count', { count: items.length })}
      </p>
      {members.hasNextPage && (
        <Button variant="secondary" busy={members.isFetchingNextPage} onClick={() => void members.fetchNextPage()}>
          {t('members.more')}
        </Button>
      )}
      {members.error && <ErrorState error={members.error} onRetry={() => void members.fetchNextPage()} />}
    </div>
  );
}
