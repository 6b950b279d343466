import { en } from './en';
import { APPROVALS_NAMESPACE, fr } from './fr';

export { APPROVALS_NAMESPACE };
export const approvalsResources = { fr, en } as const;
