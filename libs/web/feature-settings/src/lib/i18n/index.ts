import { settingsEn } from './en';
import { settingsFr } from './fr';

/** Merged by the app into the default namespace (keys are top-level sections). */
export const settingsResources = { fr: settingsFr, en: settingsEn } as const;
