import { channelsQueryOptions, themesQueryOptions, type Member } from '@parvis/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Circuit, CircuitCondition, CircuitInput, CircuitStep } from '../data/governance-api';

/** Plain-French sentences for a circuit: who approves each step, how many, within what delay; when it applies. */
export function useCircuitSummary(members: Member[]) {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const themes = useQuery(themesQueryOptions(orgId));
  const channels = useQuery(channelsQueryOptions(orgId));
  const memberName = new Map(members.map((m) => [m.id, m.displayName]));
  const themeName = new Map((themes.data?.items ?? []).map((x) => [x.id, x.name]));
  const channelName = new Map((channels.data?.items ?? []).map((x) => [x.id, x.displayName]));
  const list = (ids: readonly string[], names: Map<string, string>) => ids.map((id) => names.get(id) ?? t('approvers.unknownMember')).join(', ');

  const approvers = (step: CircuitStep): string => {
    switch (step.approverKind) {
      case 'role':
        return t('approvers.role', { role: step.role ? t(`roles.${step.role}`) : '' });
      case 'members':
        return t('approvers.members', { list: list(step.membershipIds ?? [], memberName) });
      case 'service_head':
        return t('approvers.service_head');
      default:
        return t('approvers.external');
    }
  };
  const quorum = (step: CircuitStep): string => {
    if (step.quorum === 'count') return t('approvers.quorumCount', { count: step.quorumCount ?? 1 });
    return step.quorum === 'all' ? t('approvers.quorumAll') : t('approvers.quorumAny');
  };
  const step = (s: CircuitStep): string => {
    const parts = [approvers(s), quorum(s)];
    if (typeof s.deadlineHours === 'number') parts.push(t('approvers.deadline', { count: s.deadlineHours }));
    return parts.join(' · ');
  };
  const conditions = (c: CircuitCondition): string[] => {
    const parts: string[] = [];
    if (c.themeIds?.length) parts.push(t('circuits.conditionThemes', { list: list(c.themeIds, themeName) }));
    if (c.networks?.length) parts.push(t('circuits.conditionNetworks', { list: c.networks.map((n) => t(`networks.${n}`)).join(', ') }));
    if (c.channelIds?.length) parts.push(t('circuits.conditionChannels', { list: list(c.channelIds, channelName) }));
    if (c.sensitive !== undefined) parts.push(t(c.sensitive ? 'circuits.conditionSensitive' : 'circuits.conditionNotSensitive'));
    if (c.electoralReserve !== undefined) parts.push(t(c.electoralReserve ? 'circuits.conditionReserve' : 'circuits.conditionNoReserve'));
    return parts.length > 0 ? parts : [t('circuits.conditionsNone')];
  };
  const ofInput = (input: Pick<CircuitInput, 'name' | 'steps' | 'condition'>) => ({
    name: input.name,
    steps: input.steps.map((s, i) => `${i + 1}. ${s.name} (${step(s)})`).join(' ; '),
    conditions: conditions(input.condition ?? {}).join(' ; '),
  });
  return { step, conditions, ofInput, ofCircuit: (c: Circuit) => ofInput(c) };
}
