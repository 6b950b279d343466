import { Inject, Injectable, Optional } from '@nestjs/common';
import { OrgBound } from '@parvis/api/core';
import { Role } from '@parvis/shared/domain';
import { IDENTITY_MAIL, IdentityMail } from './identity-mail.port';
import { INVITATION_TTL_DAYS, PASSWORD_RESET_TTL_HOURS } from '../services/links.service';

const ROLE_LABELS: Record<Role, string> = {
  [Role.Admin]: 'administrateur',
  [Role.Editor]: 'responsable éditorial',
  [Role.Contributor]: 'agent contributeur',
  [Role.Approver]: 'validateur',
  [Role.Viewer]: 'lecteur',
};

/** The French mails of identity: the link is in the body only (never logged, never in a subject). */
@Injectable()
export class IdentityMails {
  constructor(
    @Optional()
    @Inject(IDENTITY_MAIL)
    private readonly mail: IdentityMail | null,
  ) {}

  get enabled(): boolean {
    return this.mail?.enabled ?? false;
  }

  /** Queues the invitation's accept link to the invitee; true when a mail was written. */
  async invitation(scope: OrgBound, to: string, organizationName: string, role: Role, acceptUrl: string): Promise<boolean> {
    if (!this.mail?.enabled) return false;
    await this.mail.enqueue(scope, {
      to,
      subject: `Invitation à rejoindre ${organizationName} sur Parvis`,
      text: [
        'Bonjour,',
        '',
        `Vous êtes invité(e) à rejoindre ${organizationName} sur Parvis en tant que ${ROLE_LABELS[role]}.`,
        'Pour accepter l’invitation, ouvrez ce lien :',
        acceptUrl,
        '',
        `Ce lien est personnel, ne sert qu’une fois et expire dans ${INVITATION_TTL_DAYS} jours.`,
        'Si vous n’attendiez pas cette invitation, ignorez ce message.',
      ].join('\n'),
    });
    return true;
  }

  /**
   * Queues a password-reset link to the account's address, in an organisation's outbox or, for an
   * account in none (`instance`: an instance operator), the instance's; true when a mail was written.
   */
  async passwordReset(scope: OrgBound | 'instance', to: string, toName: string | undefined, resetUrl: string): Promise<boolean> {
    if (!this.mail?.enabled) return false;
    const mail = {
      to,
      toName,
      subject: 'Réinitialisation de votre mot de passe Parvis',
      text: [
        'Bonjour,',
        '',
        'Une réinitialisation du mot de passe de votre compte Parvis a été demandée.',
        'Pour choisir un nouveau mot de passe, ouvrez ce lien :',
        resetUrl,
        '',
        `Ce lien ne sert qu’une fois et expire dans ${PASSWORD_RESET_TTL_HOURS} heures ; les liens précédents ne fonctionnent plus.`,
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
      ].join('\n'),
    };
    await (scope === 'instance' ? this.mail.enqueueForInstance(mail) : this.mail.enqueue(scope, mail));
    return true;
  }
}
