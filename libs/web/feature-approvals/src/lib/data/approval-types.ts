import type { components } from '@parvis/shared/api-contract';

type Schemas = components['schemas'];

export type Review = Schemas['ReviewDto'];
export type ReviewStep = Schemas['ReviewStepDto'];
export type Decision = Schemas['DecisionDto'];
export type DecisionInput = Schemas['DecisionInputDto'];
export type DecisionAction = DecisionInput['action'];
export type Neutrality = Schemas['NeutralityChecklistDto'];
export type NetworkName = Schemas['Network'];
export type PostStatus = Schemas['PostStatus'];

export const DECISION_ACTIONS: readonly DecisionAction[] = ['approve', 'request_changes', 'reject'];
export const NEUTRALITY_CRITERIA = ['anteriority', 'regularity', 'identity', 'neutrality'] as const;
export type ReviewQueueItem = Schemas['ReviewQueueItemDto'];
