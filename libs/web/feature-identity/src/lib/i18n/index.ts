import { identityEn } from './en';
import { identityFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const identityResources = { fr: identityFr, en: identityEn } as const;
