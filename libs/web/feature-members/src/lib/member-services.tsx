import type { Member, Service, useUpdateMember } from '@parvis/web/data-access';
import { MutationButton } from '@parvis/web/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface MemberServicesProps {
  member: Member;
  services: Service[];
  update: ReturnType<typeof useUpdateMember>;
}

/** Current services, and a disclosure with one checkbox per service. */
export function MemberServices({ member, services, update }: MemberServicesProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>(() => member.services.map((s) => s.id));
  const summary = member.services.map((s) => s.name).join(', ') || t('members.noService');

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => (checked ? [...current, id] : current.filter((value) => value !== id)));

  return (
    <div>
      <p className="pv-hint">{summary}</p>
      {services.length > 0 && (
        <details>
          <summary>
            {t('members.editServices')}
            <span className="pv-sr-only"> — {member.displayName}</span>
          </summary>
          <fieldset className="pv-fieldset">
            <legend className="pv-sr-only">{t('members.servicesOf', { name: member.displayName })}</legend>
            {services.map((service) => (
              <label key={service.id} className="pv-checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(service.id)}
                  onChange={(event) => toggle(service.id, event.target.checked)}
                />
                {service.name}
              </label>
            ))}
          </fieldset>
          <MutationButton
            variant="secondary" mutation={update}
            onClick={() => update.mutate({ memberId: member.id, version: member.version, serviceIds: selected })}
          >
            {t('actions.save')}
          </MutationButton>
        </details>
      )}
    </div>
  );
}
