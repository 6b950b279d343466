/** French strings of operator — the reference language (en.ts must have the same keys: checked by its type). */
export const operatorFr = {
  operator: {
    title: 'Espace opérateur',
    lead: 'Créez les organisations hébergées sur cette instance et leur premier administrateur.',
    forbidden: 'Cet espace est réservé aux opérateurs de l’instance.',
    listTitle: 'Organisations',
    empty: 'Aucune organisation sur cette instance.',
    memberCount: 'Membres',
    createTitle: 'Créer une organisation',
    adminEmail: 'Adresse électronique du premier administrateur',
    submit: 'Créer l’organisation',
    created: 'Organisation « {{name}} » créée',
    acceptUrlMailed: 'Un e-mail a été envoyé au premier administrateur avec ce lien.',
    acceptUrl: 'Lien d’invitation du premier administrateur',
    acceptUrlHint: 'Transmettez ce lien à la personne ; il ne sera plus affiché.',
  },
};

export type OperatorTranslations = typeof operatorFr;
