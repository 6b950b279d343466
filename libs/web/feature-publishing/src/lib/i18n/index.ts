import { en } from './en';
import { fr, PUBLISHING_NAMESPACE } from './fr';

export { PUBLISHING_NAMESPACE };
export const publishingResources = { fr, en } as const;
