import { invitationsQueryOptions, useRevokeInvitation, type Invitation } from '@parvis/web/data-access';
import { Button, ConfirmDialog, EmptyState, ErrorState, LoadingState, TableScroll } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useDateTimeFormat } from '@parvis/web/shared';

export function InvitationsList({ orgId, timeZone }: { orgId: string; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQueryOptions(orgId));
  const revoke = useRevokeInvitation(orgId);
  const format = useDateTimeFormat(timeZone);
  const [target, setTarget] = useState<Invitation | null>(null);

  if (invitations.isPending) return <LoadingState />;
  if (invitations.isError) return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  const items = invitations.data.items;
  if (items.length === 0) return <EmptyState title={t('members.noPending')} />;

  return (
    <div className="stack">
      <FormError error={revoke.error} />
      <TableScroll label={t('members.pendingTitle')}>
        <table className="pv-table">
          <caption className="pv-sr-only">{t('members.pendingTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.role')}</th>
              <th scope="col">{t('fields.expiresAt')}</th>
              <th scope="col">{t('fields.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">{invitation.email}</th>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{format.dateTime(invitation.expiresAt)}</td>
                <td>
                  <Button variant="tertiary" onClick={() => setTarget(invitation)}>
                    {t('members.revoke')}
                    <span className="pv-sr-only"> — {invitation.email}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={target !== null}
        title={t('members.revokeTitle', { email: target?.email ?? '' })}
        confirmLabel={t('members.revoke')}
        busy={revoke.isPending}
        onCancel={() => setTarget(null)}
        onConfirm={() => target && revoke.mutate(target.id, { onSettled: () => setTarget(null) })}
      >
        <p>{t('members.revokeHelp')}</p>
      </ConfirmDialog>
    </div>
  );
}
