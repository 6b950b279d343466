import {
  useIssuePasswordReset,
  useRemoveMember,
  useUpdateMember,
  versionConflictOf,
  type Member,
  type Service,
} from '@parvis/web/data-access';
import { Button, ConfirmDialog, CopyField } from '@parvis/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useDateTimeFormat, useMe, MutationButton } from '@parvis/web/shared';
import { MemberRole } from './member-role';
import { MemberServices } from './member-services';

export interface MemberRowProps {
  orgId: string;
  member: Member;
  canManage: boolean;
  services: Service[];
  timeZone: string | undefined;
}

export function MemberRow({ orgId, member, canManage, services, timeZone }: MemberRowProps) {
  const { t } = useTranslation();
  const format = useDateTimeFormat(timeZone);
  const me = useMe();
  // Nobody changes their own membership (the API refuses it): another admin does.
  const editable = canManage && member.userId !== me.user.id;
  const update = useUpdateMember(orgId);
  const remove = useRemoveMember(orgId);
  const issueReset = useIssuePasswordReset(orgId);
  const [confirming, setConfirming] = useState(false);
  const columns = canManage ? 5 : 4;
  // A version conflict is answered by the role's conflict dialog, not repeated under the row.
  const updateError = versionConflictOf<Member>(update.error) ? null : update.error;
  const rowError = updateError ?? remove.error ?? issueReset.error;

  return (
    <>
      <tr>
        <th scope="row">
          {member.displayName}
          <br />
          <span className="pv-hint">{member.email}</span>
        </th>
        <td>
          {editable ? (
            <MemberRole member={member} update={update} />
          ) : (
            t(`roles.${member.role}`)
          )}
        </td>
        <td>
          {editable ? (
            <MemberServices member={member} services={services} update={update} />
          ) : (
            member.services.map((s) => s.name).join(', ') || '—'
          )}
        </td>
        <td>{format.date(member.createdAt)}</td>
        {canManage && !editable && <td>{t('members.you')}</td>}
        {editable && (
          <td>
            <div className="pv-button-row">
              <MutationButton variant="tertiary" mutation={issueReset} onClick={() => issueReset.mutate(member.id)}>
                {t('members.issueReset')}
                <span className="pv-sr-only"> — {member.displayName}</span>
              </MutationButton>
              <Button variant="tertiary" onClick={() => setConfirming(true)}>
                {t('members.remove')}
                <span className="pv-sr-only"> — {member.displayName}</span>
              </Button>
            </div>
            <ConfirmDialog
              open={confirming}
              title={t('members.removeTitle', { name: member.displayName })}
              confirmLabel={t('members.remove')}
              busy={remove.isPending}
              onCancel={() => setConfirming(false)}
              onConfirm={() => remove.mutate(member.id, { onSettled: () => setConfirming(false) })}
            >
              <p>{t('members.removeHelp')}</p>
            </ConfirmDialog>
          </td>
        )}
      </tr>
      {(issueReset.data || rowError) && (
        <tr>
          <td colSpan={columns}>
            <FormError error={rowError} />
            {issueReset.data?.mailed && <p role="status">{t('members.resetMailed', { name: member.displayName })}</p>}
            {issueReset.data && (
              <CopyField
                label={t('members.resetUrl', { name: member.displayName })}
                hint={t('members.resetUrlHint', { expiresAt: format.dateTime(issueReset.data.expiresAt) })}
                value={issueReset.data.resetUrl}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
