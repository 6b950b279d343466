import type { Member } from '@parvis/web/data-access';
import { Alert, Badge, EmptyState, LoadingState, Page, Section, SelectField, TableScroll, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiErrorState, FormError, MutationButton, useDocumentTitle, useServerFieldErrors } from '@parvis/web/shared';
import { DeleteButton } from '../common/delete-button';
import { todayIn, useGovernance, useLocalDateFormat } from '../common/use-governance';
import { absencesQueryOptions, useAllMembers, useDeclareAbsence, useDeleteAbsence, type Absence } from '../data/governance-api';

/** « Mes absences »: while an approver is away, their steps go to the substitute they chose. Admins manage everyone's. */
export function AbsencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('absences.title'));
  const { orgId, membershipId, may, timeZone } = useGovernance();
  const isAdmin = may('members.manage');
  const absences = useQuery(absencesQueryOptions(orgId));
  const members = useAllMembers(orgId);
  const names = new Map(members.members.map((m) => [m.id, m.displayName]));
  const nameOf = (id: string) => (id === membershipId ? `${names.get(id) ?? ''} (${t('absences.me')})`.trim() : (names.get(id) ?? t('approvers.unknownMember')));
  const today = todayIn(timeZone);

  let content;
  if (absences.isPending) content = <LoadingState />;
  else if (absences.isError) content = <ApiErrorState error={absences.error} onRetry={() => void absences.refetch()} />;
  else if (absences.data.length === 0) content = <EmptyState title={t('absences.empty')} />;
  else {
    content = (
      <TableScroll label={t(isAdmin ? 'absences.all' : 'absences.mine')}>
        <table className="pv-table">
          <caption className="pv-sr-only">{t(isAdmin ? 'absences.all' : 'absences.mine')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('absences.absent')}</th>
              <th scope="col">{t('absences.substitute')}</th>
              <th scope="col">{t('absences.period')}</th>
              <th scope="col">{t('fields.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {absences.data.map((absence) => (
              <AbsenceRow
                key={absence.id}
                orgId={orgId}
                absence={absence}
                absentName={nameOf(absence.absentMembershipId)}
                substituteName={nameOf(absence.substituteMembershipId)}
                current={absence.startsOn <= today && today <= absence.endsOn}
                canDelete={isAdmin || absence.absentMembershipId === membershipId}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    );
  }

  return (
    <Page title={t('absences.title')} description={<p>{isAdmin ? `${t('absences.lead')} ${t('absences.leadAdmin')}` : t('absences.lead')}</p>}>
      <Section title={t(isAdmin ? 'absences.all' : 'absences.mine')}>{content}</Section>
      <Section title={t('absences.declare')}>
        {members.truncated && <p>{t('governance.membersTruncated')}</p>}
        <DeclareAbsenceForm orgId={orgId} me={membershipId} isAdmin={isAdmin} members={members.members} today={today} timeZone={timeZone} />
      </Section>
    </Page>
  );
}

interface AbsenceRowProps {
  orgId: string;
  absence: Absence;
  absentName: string;
  substituteName: string;
  current: boolean;
  canDelete: boolean;
}

function AbsenceRow({ orgId, absence, absentName, substituteName, current, canDelete }: AbsenceRowProps) {
  const { t } = useTranslation();
  const date = useLocalDateFormat();
  const remove = useDeleteAbsence(orgId, absence.id);
  const periodOf = (a: Pick<Absence, 'startsOn' | 'endsOn'>) => t('absences.periodValue', { from: date(a.startsOn), to: date(a.endsOn) });
  const period = periodOf(absence);
  return (
    <tr>
      <th scope="row">{absentName}</th>
      <td>{substituteName}</td>
      <td>
        {period} {current && <Badge tone="info">{t('absences.current')}</Badge>}
      </td>
      <td>
        {canDelete && (
          <DeleteButton<Absence>
            name={`${absentName}, ${period}`}
            title={t('absences.deleteTitle', { name: absentName, period })}
            help={<p>{t('absences.deleteHelp', { name: absentName })}</p>}
            version={absence.version}
            mutation={remove}
            conflictRows={(now) => [{ label: t('absences.period'), mine: period, current: periodOf(now) }]}
          />
        )}
      </td>
    </tr>
  );
}

interface AbsenceFormValues {
  absentMembershipId: string;
  substituteMembershipId: string;
  startsOn: string;
  endsOn: string;
}

const FIELDS = ['absentMembershipId', 'substituteMembershipId', 'startsOn', 'endsOn'] as const;

interface DeclareAbsenceFormProps {
  orgId: string;
  me: string;
  isAdmin: boolean;
  members: Member[];
  today: string;
  timeZone: string;
}

function DeclareAbsenceForm({ orgId, me, isAdmin, members, today, timeZone }: DeclareAbsenceFormProps) {
  const { t } = useTranslation();
  const declare = useDeclareAbsence(orgId);
  const applyServerFieldErrors = useServerFieldErrors();
  const [declared, setDeclared] = useState(false);
  const defaultValues = { absentMembershipId: me, substituteMembershipId: '', startsOn: today, endsOn: today };
  const { register, handleSubmit, formState, setError, reset, getValues, watch } = useForm<AbsenceFormValues>({ defaultValues });
  const absent = watch('absentMembershipId');
  const required = { required: t('validation.required') };
  const onSubmit = handleSubmit((values) => {
    setDeclared(false);
    declare.mutate(
      {
        ...(values.absentMembershipId !== me ? { absentMembershipId: values.absentMembershipId } : {}),
        substituteMembershipId: values.substituteMembershipId,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
      },
      {
        onSuccess: () => {
          reset(defaultValues);
          setDeclared(true);
        },
        onError: (error) => applyServerFieldErrors(error, setError, FIELDS),
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="gov-form">
      {declared && <Alert tone="success" title={t('absences.declared')} />}
      <FormError error={declare.error} />
      {isAdmin && (
        <SelectField label={t('absences.absent')} error={formState.errors.absentMembershipId?.message} {...register('absentMembershipId', required)}>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={t('absences.substitute')}
        error={formState.errors.substituteMembershipId?.message}
        {...register('substituteMembershipId', { ...required, validate: (value) => value !== getValues('absentMembershipId') || t('absences.sameAsAbsent') })}
      >
        <option value="">{t('absences.choose')}</option>
        {members
          .filter((member) => member.id !== absent)
          .map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
      </SelectField>
      <div className="gov-form__row">
        <TextField type="date" label={t('absences.startsOn')} hint={t('absences.datesHint', { zone: timeZone })} error={formState.errors.startsOn?.message} {...register('startsOn', required)} />
        <TextField
          type="date"
          label={t('absences.endsOn')}
          error={formState.errors.endsOn?.message}
          {...register('endsOn', { ...required, validate: (value) => !getValues('startsOn') || value >= getValues('startsOn') || t('absences.endBeforeStart') })}
        />
      </div>
      <MutationButton type="submit" mutation={declare}>
        {t('absences.submit')}
      </MutationButton>
    </form>
  );
}
