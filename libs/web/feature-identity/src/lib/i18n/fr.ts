/** French strings of identity — the reference language (en.ts must have the same keys: checked by its type). */
export const identityFr = {
  login: {
    title: 'Connexion',
    lead: 'Connectez-vous avec l’adresse électronique de votre invitation.',
    submit: 'Se connecter',
    failed: 'Connexion impossible',
    lockedTitle: 'Compte verrouillé',
    lockedUntil: 'Compte verrouillé jusqu’à {{time}} après plusieurs essais infructueux.',
    locked: 'Compte temporairement verrouillé après plusieurs essais infructueux.',
    securityTitle: 'Votre compte a été verrouillé en votre absence',
    securityNotice_one: 'Depuis votre dernière connexion, votre compte a été verrouillé une fois après des essais de mot de passe infructueux, le {{date}}.',
    securityNotice_other: 'Depuis votre dernière connexion, votre compte a été verrouillé {{count}} fois après des essais de mot de passe infructueux, la dernière le {{date}}.',
    securityAdvice: 'Si ce n’était pas vous, changez votre mot de passe et prévenez un administrateur de votre organisation.',
    changePassword: 'Changer mon mot de passe',
    continue: 'Continuer',
    forgotten: 'Mot de passe oublié ?',
    forgottenHelp:
      'Demandez à un administrateur de votre organisation de vous envoyer un lien de réinitialisation (page Membres). L’envoi par courriel arrivera avec la messagerie de l’instance.',
  },
  invitation: {
    title: 'Invitation',
    lead: 'Vous êtes invité·e à rejoindre {{organization}} sur Parvis.',
    organization: 'Organisation',
    newTitle: 'Créer votre compte',
    newHelp: 'Choisissez le nom affiché à vos collègues et votre mot de passe.',
    existingTitle: 'Vous avez déjà un compte',
    joinTitle: 'Rejoindre l’organisation',
    joinHelp: 'Vous êtes connecté·e : acceptez l’invitation avec votre compte.',
    join: 'Rejoindre l’organisation',
    signIn: 'Se connecter pour accepter l’invitation',
    submit: 'Accepter l’invitation',
  },
  passwordReset: {
    title: 'Nouveau mot de passe',
    lead: 'Choisissez un nouveau mot de passe pour {{email}} (lien valable jusqu’au {{expiresAt}}).',
    submit: 'Enregistrer le mot de passe',
    done: 'Votre mot de passe a été modifié.',
    toLogin: 'Se connecter',
  },
  linkProblem: {
    title: 'Lien inutilisable',
    EXPIRED: 'Ce lien a expiré. Demandez un nouveau lien à un administrateur de votre organisation.',
    ALREADY_USED: 'Ce lien a déjà été utilisé. Connectez-vous ou demandez un nouveau lien.',
    NOT_FOUND: 'Ce lien est inconnu ou n’est plus valable. Demandez un nouveau lien à un administrateur.',
  },
  password: {
    strength: 'Robustesse du mot de passe',
    loading: 'Évaluation de la robustesse…',
    acceptable: 'accepté',
    scores: { '0': 'Très faible', '1': 'Faible', '2': 'Moyen', '3': 'Bon', '4': 'Excellent' },
  },
  account: {
    title: 'Mon compte',
    profile: 'Profil',
    changePassword: 'Changer de mot de passe',
    submitPassword: 'Changer le mot de passe',
    passwordChanged: 'Votre mot de passe a été modifié.',
  },
};

export type IdentityTranslations = typeof identityFr;
