import { en } from './en';
import { fr, PLANNING_NAMESPACE } from './fr';

export { PLANNING_NAMESPACE };
export const planningResources = { fr, en } as const;
