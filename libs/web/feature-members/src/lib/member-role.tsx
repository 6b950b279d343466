import { ROLES, type Member, type Role, type useUpdateMember } from '@parvis/web/data-access';
import { ConflictDialog, MutationButton, useVersionConflict } from '@parvis/web/shared';
import { SelectField } from '@parvis/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface MemberRoleProps {
  member: Member;
  update: ReturnType<typeof useUpdateMember>;
}

/**
 * Choosing a role does nothing until "Enregistrer" (WCAG 3.2.2: browsing the options with the arrow
 * keys must not save and move focus). The change is sent with the version shown; if someone else
 * changed the member meanwhile, both versions are shown and the user chooses.
 */
export function MemberRole({ member, update }: MemberRoleProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const { conflict, capture, clear } = useVersionConflict<Member>();
  const changed = role !== member.role;

  const save = (version: number) =>
    update.mutate({ memberId: member.id, version, role }, { onSuccess: clear, onError: (error) => capture(error) });

  return (
    <div className="member-role">
      <SelectField
        label={t('members.roleOf', { name: member.displayName })}
        hideLabel
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </SelectField>
      {changed && (
        <MutationButton variant="secondary" mutation={update} onClick={() => save(member.version)}>
          {t('members.saveRole')}
          <span className="pv-sr-only"> — {member.displayName}</span>
        </MutationButton>
      )}
      <ConflictDialog
        open={conflict !== null}
        busy={update.isPending}
        rows={[
          {
            label: t('fields.role'),
            mine: t(`roles.${role}`),
            current: conflict ? t(`roles.${conflict.current.role}`) : '',
          },
        ]}
        onKeepMine={() => conflict && save(conflict.current.version)}
        onTakeCurrent={() => {
          if (conflict) setRole(conflict.current.role);
          clear();
        }}
      />
    </div>
  );
}
