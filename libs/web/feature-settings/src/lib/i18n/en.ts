import type { SettingsTranslations } from './fr';

/** English — same keys as fr.ts (enforced by the type). */
export const settingsEn: SettingsTranslations = {
  settings: {
    title: 'Organisation settings',
    readOnly: 'Only administrators can change these settings.',
    organization: 'Organisation',
    timeZoneHint: 'Publication dates and times are expressed in this time zone.',
    saved: 'Settings saved.',
    services: 'Teams',
  },
  services: {
    lead: 'Teams group members: communication, culture, youth…',
    empty: 'No teams yet.',
    memberCount: 'Members',
    newName: 'Name of the new team',
    create: 'Add the team',
    rename: 'Rename',
    renameLabel: 'New name for {{name}}',
    delete: 'Delete',
    deleteTitle: 'Delete the team {{name}}?',
    deleteHelp_one: '{{count}} member belongs to it; they stay a member of the organisation.',
    deleteHelp_other: '{{count}} members belong to it; they stay members of the organisation.',
  },
};
