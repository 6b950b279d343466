import { governanceEn } from './en';
import { governanceFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const governanceResources = { fr: governanceFr, en: governanceEn } as const;
