import { operatorEn } from './en';
import { operatorFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const operatorResources = { fr: operatorFr, en: operatorEn } as const;
