import { SelectField } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { useMe } from '@parvis/web/shared';

/** Switching keeps the current page (members, settings…) in the other organisation. */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const match = useMatch('/orgs/:orgId/*');
  const currentOrgId = match?.params.orgId ?? '';
  if (me.memberships.length === 0) return null;

  const onChange = (orgId: string) => {
    if (!orgId) return;
    const rest = match ? location.pathname.slice(`/orgs/${currentOrgId}`.length) : '';
    navigate(`/orgs/${orgId}${rest}`);
  };

  return (
    <SelectField
      className="shell-inline-field"
      label={t('shell.organization')}
      value={currentOrgId}
      onChange={(event) => onChange(event.target.value)}
    >
      {!match && <option value="">{t('shell.chooseOrganization')}</option>}
      {me.memberships.map((m) => (
        <option key={m.organization.id} value={m.organization.id}>
          {m.organization.name}
        </option>
      ))}
    </SelectField>
  );
}
