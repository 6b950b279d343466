import { sharedEn } from './en';
import { sharedFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const sharedResources = { fr: sharedFr, en: sharedEn } as const;
