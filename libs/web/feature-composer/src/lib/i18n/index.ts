import { en } from './en';
import { COMPOSER_NAMESPACE, fr } from './fr';

export { COMPOSER_NAMESPACE };
export const composerResources = { fr, en } as const;
