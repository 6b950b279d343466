import { Network } from '../planning/networks';
import { Role } from '../identity/roles';
import { CircuitDefinition, circuitStepErrors, quorumReached, routePost, RoutedPost } from './circuit-routing';

const step = (name: string) => ({ name, approvers: { kind: 'role' as const, role: Role.Editor }, quorum: { kind: 'any' as const }, deadlineHours: null });
const circuit = (fields: Partial<CircuitDefinition> & { id: string }): CircuitDefinition => ({ name: fields.id, kind: 'base', isDefault: false, priority: 0, condition: {}, steps: [step(fields.id)], ...fields });
const post: RoutedPost = { themeId: 'culture', networks: [Network.Bluesky], channelIds: ['c1'], sensitive: false, inElectoralReserve: false };

describe('circuit routing', () => {
  const all = [
    circuit({ id: 'default', isDefault: true }),
    circuit({ id: 'culture', priority: 5, condition: { themeIds: ['culture'] } }),
    circuit({ id: 'sensible', priority: 10, condition: { sensitive: true } }),
    circuit({ id: 'mastodon', kind: 'addition', condition: { networks: [Network.Mastodon] } }),
    circuit({ id: 'reserve', kind: 'addition', condition: { electoralReserve: true } }),
  ];

  it('chooses the matching base circuit of highest priority, else the default, and adds matching additions', () => {
    expect(routePost(all, post).steps.map((s) => s.name)).toEqual(['culture']);
    expect(routePost(all, { ...post, sensitive: true }).circuitId).toBe('sensible');
    expect(routePost(all, { ...post, themeId: null }).circuitId).toBe('default');
    expect(routePost(all, { ...post, networks: [Network.Mastodon], inElectoralReserve: true }).steps.map((s) => s.name)).toEqual(['culture', 'mastodon', 'reserve']);
    expect(routePost([], post).steps).toHaveLength(1);
  });

  it('copies the steps, so editing the circuit later leaves the routed post as it was', () => {
    const routed = routePost(all, post);
    const [first] = routed.steps;
    if (first) first.name = 'changed';
    expect(all[1]?.steps[0]?.name).toBe('culture');
  });

  it('counts quorums: any, a number, and all (a substitute covering the absent approver)', () => {
    expect(quorumReached({ kind: 'any' }, ['a', 'b'], [{ membershipId: 'a', onBehalfOfMembershipId: null }])).toBe(true);
    expect(quorumReached({ kind: 'count', count: 2 }, ['a', 'b', 'c'], [{ membershipId: 'a', onBehalfOfMembershipId: null }])).toBe(false);
    expect(quorumReached({ kind: 'all' }, ['a', 'b'], [{ membershipId: 'a', onBehalfOfMembershipId: null }])).toBe(false);
    expect(quorumReached({ kind: 'all' }, ['a', 'b'], [{ membershipId: 'a', onBehalfOfMembershipId: null }, { membershipId: 's', onBehalfOfMembershipId: 'b' }])).toBe(true);
  });

  it('refuses a step naming a role that cannot decide, or asking more approvals than it names', () => {
    expect(circuitStepErrors({ ...step('x'), approvers: { kind: 'role', role: Role.Viewer } }, 1)).toEqual(['steps.1.role']);
    expect(circuitStepErrors({ ...step('x'), approvers: { kind: 'members', membershipIds: ['a'] }, quorum: { kind: 'count', count: 2 } }, 0)).toEqual(['steps.0.quorumCount']);
  });
});
