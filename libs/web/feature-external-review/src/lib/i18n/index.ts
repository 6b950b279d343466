import { externalReviewEn } from './en';
import { externalReviewFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const externalReviewResources = { fr: externalReviewFr, en: externalReviewEn } as const;
