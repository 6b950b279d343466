import { ALL_ELECTION_TYPES } from '@parvis/shared/domain';
import { electionsQueryOptions, type Election, type ElectionType } from '@parvis/web/data-access';
import { Alert, Badge, EmptyState, LoadingState, Page, Section, SelectField, TableScroll, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiErrorState, FormError, MutationButton, requiredText, useDocumentTitle, useServerFieldErrors } from '@parvis/web/shared';
import { DeleteButton } from '../common/delete-button';
import { todayIn, useGovernance, useLocalDateFormat } from '../common/use-governance';
import { useAllMembers, useDeclareElection, useDeleteElection } from '../data/governance-api';

/** Election declarations and the réserve électorale each one opens (Code électoral L52-1). */
export function ElectionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('elections.title'));
  const { orgId, may, timeZone } = useGovernance();
  const canManage = may('settings.manage');
  const elections = useQuery(electionsQueryOptions(orgId));
  const members = useAllMembers(orgId);
  const names = new Map(members.members.map((m) => [m.id, m.displayName]));
  const today = todayIn(timeZone);

  let content;
  if (elections.isPending) content = <LoadingState />;
  else if (elections.isError) content = <ApiErrorState error={elections.error} onRetry={() => void elections.refetch()} />;
  else if (elections.data.items.length === 0) content = <EmptyState title={t('elections.empty')} />;
  else {
    content = (
      <TableScroll label={t('elections.title')}>
        {/* On a phone each election is a card, each value named by its column (no sideways scroll). */}
        <table className="pv-table gov-table--stacked">
          <caption className="pv-sr-only">{t('elections.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('elections.type')}</th>
              <th scope="col">{t('elections.firstRound')}</th>
              <th scope="col">{t('elections.secondRoundShort')}</th>
              <th scope="col">{t('elections.reserve')}</th>
              <th scope="col">{t('elections.legalApprover')}</th>
              {canManage && <th scope="col">{t('fields.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {elections.data.items.map((election) => (
              <ElectionRow
                key={election.id}
                orgId={orgId}
                election={election}
                active={election.reserveFirstDay <= today && today <= election.reserveLastDay}
                approverName={election.legalApproverMembershipId ? (names.get(election.legalApproverMembershipId) ?? '') : ''}
                canManage={canManage}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    );
  }

  return (
    <Page title={t('elections.title')} description={<p>{t('elections.lead')}</p>}>
      {!canManage && <p>{t('governance.readOnly')}</p>}
      {content}
      {canManage && (
        <Section title={t('elections.declare')}>
          <DeclareElectionForm orgId={orgId} members={members.members} />
        </Section>
      )}
    </Page>
  );
}

function useElectionName() {
  const { t } = useTranslation();
  return (election: Pick<Election, 'type' | 'territory'>) => `${t(`elections.types.${election.type}`)} — ${election.territory}`;
}

interface ElectionRowProps {
  orgId: string;
  election: Election;
  active: boolean;
  approverName: string;
  canManage: boolean;
}

function ElectionRow({ orgId, election, active, approverName, canManage }: ElectionRowProps) {
  const { t } = useTranslation();
  const date = useLocalDateFormat();
  const nameOf = useElectionName();
  const remove = useDeleteElection(orgId, election.id);
  const name = nameOf(election);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td data-label={t('elections.firstRound')}>{date(election.firstRound)}</td>
      <td data-label={t('elections.secondRoundShort')}>{election.secondRound ? date(election.secondRound) : t('governance.none')}</td>
      <td data-label={t('elections.reserve')}>
        {t('elections.reserveValue', { from: date(election.reserveFirstDay), to: date(election.reserveLastDay) })}{' '}
        {active && <Badge tone="info">{t('elections.active')}</Badge>}
      </td>
      <td data-label={t('elections.legalApprover')}>{approverName || t('governance.none')}</td>
      {canManage && (
        <td className="gov-table__actions">
          <DeleteButton<Election>
            name={name}
            title={t('elections.deleteTitle', { name })}
            help={<p>{t('elections.deleteHelp')}</p>}
            version={election.version}
            mutation={remove}
            conflictRows={(current) => [{ label: t('elections.type'), mine: name, current: nameOf(current) }]}
          />
        </td>
      )}
    </tr>
  );
}

interface ElectionFormValues {
  type: ElectionType | '';
  firstRound: string;
  secondRound: string;
  territory: string;
  legalApproverMembershipId: string;
}

const FIELDS = ['type', 'firstRound', 'secondRound', 'territory', 'legalApproverMembershipId'] as const;

function DeclareElectionForm({ orgId, members }: { orgId: string; members: { id: string; displayName: string }[] }) {
  const { t } = useTranslation();
  const declare = useDeclareElection(orgId);
  const applyServerFieldErrors = useServerFieldErrors();
  const [declared, setDeclared] = useState(false);
  const { register, handleSubmit, formState, setError, reset, getValues } = useForm<ElectionFormValues>({
    defaultValues: { type: '', firstRound: '', secondRound: '', territory: '', legalApproverMembershipId: '' },
  });
  const required = { required: t('validation.required') };
  const onSubmit = handleSubmit((values) => {
    setDeclared(false);
    if (!values.type) return;
    declare.mutate(
      {
        type: values.type,
        firstRound: values.firstRound,
        secondRound: values.secondRound || null,
        territory: values.territory.trim(),
        legalApproverMembershipId: values.legalApproverMembershipId,
      },
      {
        onSuccess: () => {
          reset();
          setDeclared(true);
        },
        onError: (error) => applyServerFieldErrors(error, setError, FIELDS),
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="gov-form">
      {declared && <Alert tone="success" title={t('elections.declared')} />}
      <FormError error={declare.error} />
      <SelectField label={t('elections.type')} error={formState.errors.type?.message} {...register('type', required)}>
        <option value="">{t('elections.choose')}</option>
        {ALL_ELECTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`elections.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <div className="gov-form__row">
        <TextField type="date" label={t('elections.firstRound')} error={formState.errors.firstRound?.message} {...register('firstRound', required)} />
        <TextField
          type="date"
          label={t('elections.secondRound')}
          error={formState.errors.secondRound?.message}
          {...register('secondRound', {
            validate: (value) => !value || !getValues('firstRound') || value > getValues('firstRound') || t('elections.secondAfterFirst'),
          })}
        />
      </div>
      <TextField label={t('elections.territory')} hint={t('elections.territoryHint')} error={formState.errors.territory?.message} {...register('territory', requiredText(t, 200))} />
      <SelectField
        label={t('elections.legalApprover')}
        hint={t('elections.legalApproverHint')}
        error={formState.errors.legalApproverMembershipId?.message}
        {...register('legalApproverMembershipId', required)}
      >
        <option value="">{t('elections.choose')}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.displayName}
          </option>
        ))}
      </SelectField>
      <MutationButton type="submit" mutation={declare}>
        {t('elections.submit')}
      </MutationButton>
    </form>
  );
}
