import type { AppTranslations } from './fr';

/** English — same keys as fr.ts (enforced by the type). */
export const appEn: AppTranslations = {
  shell: {
    menu: 'Menu',
    organization: 'Organisation',
    chooseOrganization: 'Choose an organisation',
    language: 'Language',
    languages: { fr: 'Français', en: 'English' },
    userMenu: 'User menu',
    account: 'My account',
    operator: 'Operator space',
    logout: 'Sign out',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    calendar: 'Calendar',
    myBriefs: 'My briefs',
    editorialLine: 'Editorial line',
    exchange: 'Subscription and export',
    channels: 'Channels',
    contents: 'Content',
    approval: 'Approval',
    publishing: 'Publishing',
    soon: 'soon',
    settings: 'Settings',
    members: 'Members',
    organization: 'Organisation',
  },
  noOrg: {
    title: 'No organisation',
    message: 'Your account does not belong to any organisation.',
    help: 'Ask an administrator of your organisation to send you an invitation.',
  },
  org: {
    home: 'Home',
    lead: 'Your editorial planning space.',
    myRole: 'My role',
    shortcuts: 'Shortcuts',
    settingsLink: 'Organisation settings',
    notFound: 'Organisation not found',
    notFoundHelp: 'This organisation does not exist or you are not a member.',
  },
};
