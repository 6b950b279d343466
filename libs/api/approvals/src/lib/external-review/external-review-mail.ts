import { shortTitle } from '@parvis/shared/domain';

export interface InvitationMailInput {
  organizationName: string;
  senderName: string;
  /** The external approver's name. */
  name: string;
  /** The post's master text: its first line titles the mail, cut at its last whole word (shortTitle). */
  masterText: string;
  url: string;
  expiresAt: Date;
  /** The organisation's IANA zone: the expiry is written in it. */
  timeZone: string;
}

/** The e-mail that asks an external approver to decide: the post's title, the personal link, its expiry. */
export function invitationMail(input: InvitationMailInput): { subject: string; text: string } {
  const { organizationName, senderName, name, url } = input;
  const expiry = new Intl.DateTimeFormat('fr-FR', { timeZone: input.timeZone, dateStyle: 'long', timeStyle: 'short' }).format(input.expiresAt);
  return {
    subject: `${organizationName} : une publication attend votre validation`,
    text: [
      `Bonjour ${name},`,
      '',
      `${senderName} (${organizationName}) vous demande de valider la publication « ${shortTitle(input.masterText)} » avant sa diffusion sur les réseaux sociaux.`,
      '',
      'Ouvrez ce lien pour la lire et donner votre décision :',
      url,
      '',
      `Ce lien est personnel et ne sert qu’une fois ; il expire le ${expiry}. Toute modification de la publication l’annule.`,
    ].join('\n'),
  };
}
