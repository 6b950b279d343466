import { membersEn } from './en';
import { membersFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const membersResources = { fr: membersFr, en: membersEn } as const;
