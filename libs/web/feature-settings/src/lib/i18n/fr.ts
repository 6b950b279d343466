/** French strings of settings — the reference language (en.ts must have the same keys: checked by its type). */
export const settingsFr = {
  settings: {
    title: 'Réglages de l’organisation',
    readOnly: 'Seuls les administrateurs peuvent modifier ces réglages.',
    organization: 'Organisation',
    timeZoneHint: 'Les dates et heures de publication sont exprimées dans ce fuseau.',
    saved: 'Réglages enregistrés.',
    services: 'Services',
  },
  services: {
    lead: 'Les services (équipes) regroupent les membres : communication, culture, jeunesse…',
    empty: 'Aucun service pour le moment.',
    memberCount: 'Membres',
    newName: 'Nom du nouveau service',
    create: 'Ajouter le service',
    rename: 'Renommer',
    renameLabel: 'Nouveau nom de {{name}}',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer le service {{name}} ?',
    deleteHelp_one: '{{count}} membre en fait partie ; il restera membre de l’organisation.',
    deleteHelp_other: '{{count}} membres en font partie ; ils resteront membres de l’organisation.',
  },
};

export type SettingsTranslations = typeof settingsFr;
