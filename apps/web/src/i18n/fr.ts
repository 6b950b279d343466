/** French strings of app — the reference language (en.ts must have the same keys: checked by its type). */
export const appFr = {
  shell: {
    menu: 'Menu',
    organization: 'Organisation',
    chooseOrganization: 'Choisir une organisation',
    language: 'Langue',
    languages: { fr: 'Français', en: 'English' },
    userMenu: 'Menu utilisateur',
    account: 'Mon compte',
    operator: 'Espace opérateur',
    logout: 'Se déconnecter',
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    calendar: 'Calendrier',
    myBriefs: 'Mes sujets',
    editorialLine: 'Ligne éditoriale',
    exchange: 'Abonnement et export',
    channels: 'Canaux',
    contents: 'Contenus',
    approval: 'Validation',
    publishing: 'Publication',
    soon: 'bientôt',
    settings: 'Réglages',
    members: 'Membres',
    organization: 'Organisation',
  },
  noOrg: {
    title: 'Aucune organisation',
    message: 'Votre compte n’est rattaché à aucune organisation.',
    help: 'Demandez à un administrateur de votre organisation de vous envoyer une invitation.',
  },
  org: {
    home: 'Accueil',
    lead: 'Votre espace de planification éditoriale.',
    myRole: 'Mon rôle',
    shortcuts: 'Raccourcis',
    settingsLink: 'Réglages de l’organisation',
    notFound: 'Organisation introuvable',
    notFoundHelp: 'Cette organisation n’existe pas ou vous n’en êtes pas membre.',
  },
};

export type AppTranslations = typeof appFr;
