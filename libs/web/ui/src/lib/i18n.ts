/** Strings of the ui library, registered by the app under the `ui` namespace. */
export const UI_NAMESPACE = 'ui';

export const uiResources = {
  fr: {
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
    busy: 'Veuillez patienter…',
    errorTitle: 'Une erreur est survenue',
    errorCode: 'Code : {{code}}',
    details: 'Détails',
    unexpected: 'Une erreur inattendue est survenue.',
    retry: 'Réessayer',
    copy: 'Copier',
    copied: 'Lien copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : sélectionnez le lien et copiez-le manuellement.',
    confirm: 'Confirmer',
    cancel: 'Annuler',
    required: 'obligatoire',
    close: 'Fermer',
  },
  en: {
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    busy: 'Please wait…',
    errorTitle: 'Something went wrong',
    errorCode: 'Code: {{code}}',
    details: 'Details',
    unexpected: 'An unexpected error occurred.',
    retry: 'Try again',
    copy: 'Copy',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Copy failed: select the link and copy it manually.',
    confirm: 'Confirm',
    cancel: 'Cancel',
    required: 'required',
    close: 'Close',
  },
} as const;
