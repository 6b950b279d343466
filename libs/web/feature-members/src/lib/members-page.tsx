import { Page, Section } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { useCurrentOrg, useDocumentTitle } from '@parvis/web/shared';
import { InvitationsList } from './invitations-list';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';

export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('members.title'));
  const { orgId, isAdmin, membership } = useCurrentOrg();
  const timeZone = membership?.organization.timeZone;
  return (
    <Page title={t('members.title')} description={isAdmin ? t('members.leadAdmin') : t('members.leadReadOnly')}>
      <Section title={t('members.listTitle')}>
        <MembersTable orgId={orgId} canManage={isAdmin} timeZone={timeZone} />
      </Section>
      {isAdmin && (
        <>
          <Section title={t('members.inviteTitle')}>
            <InviteForm orgId={orgId} />
          </Section>
          <Section title={t('members.pendingTitle')}>
            <InvitationsList orgId={orgId} timeZone={timeZone} />
          </Section>
        </>
      )}
    </Page>
  );
}
