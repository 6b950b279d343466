import { governanceKeys, type Member } from '@parvis/web/data-access';
import { Alert, Badge, Button, EmptyState, LoadingState, Page } from '@parvis/web/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorState, useDocumentTitle } from '@parvis/web/shared';
import { DeleteButton } from '../common/delete-button';
import { useGovernance } from '../common/use-governance';
import { circuitsQueryOptions, useAllMembers, useDeleteCircuit, type Circuit } from '../data/governance-api';
import { CircuitForm } from './circuit-form';
import { useCircuitSummary } from './circuit-summary';

/** The organisation's approval circuits: admins edit them, every member reads how posts are approved. */
export function CircuitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('circuits.title'));
  const { orgId, may } = useGovernance();
  const canManage = may('settings.manage');
  const queryClient = useQueryClient();
  const circuits = useQuery(circuitsQueryOptions(orgId));
  const members = useAllMembers(orgId);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // After the form closes, focus goes to the circuit it was about (the saved one, or the one left unchanged).
  const [focusId, setFocusId] = useState<string | null>(null);
  const done = (saved: Circuit | null) => {
    setFocusId(saved?.id ?? (editing !== 'new' ? editing : null));
    setEditing(null);
    setNotice(saved ? t('circuits.saved') : null);
    if (!saved) void queryClient.invalidateQueries({ queryKey: governanceKeys.circuits(orgId) });
  };

  let content;
  if (circuits.isPending) content = <LoadingState />;
  else if (circuits.isError) content = <ApiErrorState error={circuits.error} onRetry={() => void circuits.refetch()} />;
  else if (circuits.data.length === 0) content = <EmptyState title={t('circuits.empty')} />;
  else {
    const sorted = [...circuits.data].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || b.priority - a.priority || a.name.localeCompare(b.name));
    content = (
      <ul className="gov-cards">
        {sorted.map((circuit) => (
          <li key={circuit.id}>
            {editing === circuit.id ? (
              <CircuitForm orgId={orgId} circuit={circuit} members={members.members} onDone={done} />
            ) : (
              <CircuitCard
                focus={focusId === circuit.id}
                orgId={orgId}
                circuit={circuit}
                members={members.members}
                canManage={canManage && editing === null}
                onEdit={() => {
                  setNotice(null);
                  setEditing(circuit.id);
                }}
                onDeleted={() => setNotice(t('circuits.deleted'))}
              />
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Page
      title={t('circuits.title')}
      description={<p>{t('circuits.lead')}</p>}
      actions={
        canManage && editing === null ? (
          <Button
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('circuits.create')}
          </Button>
        ) : undefined
      }
    >
      <details className="pv-disclosure gov-how">
        <summary>{t('circuits.howTitle')}</summary>
        <ul>
          <li>{t('circuits.howBase')}</li>
          <li>{t('circuits.howAddition')}</li>
          <li>{t('circuits.howConditions')}</li>
        </ul>
      </details>
      {!canManage && <p>{t('governance.readOnly')}</p>}
      {notice && <Alert tone="success" title={notice} />}
      {editing === 'new' && <CircuitForm orgId={orgId} circuit={null} members={members.members} onDone={done} />}
      {content}
    </Page>
  );
}

interface CircuitCardProps {
  orgId: string;
  circuit: Circuit;
  members: Member[];
  canManage: boolean;
  onEdit: () => void;
  onDeleted: () => void;
  /** Take the focus once (the form about this circuit just closed). */
  focus: boolean;
}

function CircuitCard({ orgId, circuit, members, canManage, onEdit, onDeleted, focus }: CircuitCardProps) {
  const { t } = useTranslation();
  const summary = useCircuitSummary(members);
  const remove = useDeleteCircuit(orgId, circuit.id, onDeleted);
  const headingId = `circuit-${circuit.id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);
  return (
    <article className="gov-card" aria-labelledby={headingId}>
      <div className="gov-card__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="gov-card__title">
          {circuit.name}
        </h2>
        <div className="gov-card__badges">
          {circuit.isDefault && <Badge tone="info">{t('circuits.default')}</Badge>}
          <Badge>{t(circuit.kind === 'base' ? 'circuits.kindBase' : 'circuits.kindAddition')}</Badge>
          <Badge>{t('circuits.priorityValue', { priority: circuit.priority })}</Badge>
        </div>
      </div>
      <p>
        <strong>{t('circuits.conditionsTitle')} :</strong> {summary.conditions(circuit.condition).join(' ; ')}
      </p>
      <p className="pv-sr-only">{t('circuits.stepsCount', { count: circuit.steps.length })}</p>
      <ol className="gov-card__steps">
        {circuit.steps.map((step, index) => (
          <li key={`${index}-${step.name}`}>
            <strong>{step.name}</strong> — {summary.step(step)}
          </li>
        ))}
      </ol>
      {canManage && (
        <div className="pv-button-row">
          <Button variant="secondary" onClick={onEdit}>
            {t('governance.edit')}
            {' '}
        <span className="pv-sr-only">— {circuit.name}</span>
          </Button>
          {circuit.isDefault ? (
            <p className="pv-hint">{t('circuits.defaultNotDeletable')}</p>
          ) : (
            <DeleteButton<Circuit>
              name={circuit.name}
              title={t('circuits.deleteTitle', { name: circuit.name })}
              help={<p>{t('circuits.deleteHelp')}</p>}
              version={circuit.version}
              mutation={remove}
              conflictRows={(current) => {
                const [mine, now] = [summary.ofCircuit(circuit), summary.ofCircuit(current)];
                return [
                  { label: t('circuitForm.name'), mine: mine.name, current: now.name },
                  { label: t('circuitForm.steps'), mine: mine.steps, current: now.steps },
                ];
              }}
            />
          )}
        </div>
      )}
    </article>
  );
}
