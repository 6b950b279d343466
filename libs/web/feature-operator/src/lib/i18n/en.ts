import type { OperatorTranslations } from './fr';

/** English — same keys as fr.ts (enforced by the type). */
export const operatorEn: OperatorTranslations = {
  operator: {
    title: 'Operator space',
    lead: 'Create the organisations hosted on this instance and their first administrator.',
    forbidden: 'This space is reserved for the instance operators.',
    listTitle: 'Organisations',
    empty: 'No organisations on this instance.',
    memberCount: 'Members',
    createTitle: 'Create an organisation',
    adminEmail: 'Email address of the first administrator',
    submit: 'Create the organisation',
    created: 'Organisation "{{name}}" created',
    acceptUrlMailed: 'An e-mail has been sent to the first admin with this link.',
    acceptUrl: 'Invitation link for the first administrator',
    acceptUrlHint: 'Send this link to the person; it will not be shown again.',
  },
};
