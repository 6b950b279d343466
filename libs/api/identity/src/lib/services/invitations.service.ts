import { Injectable } from '@nestjs/common';
import { AppError, generateToken, hashToken, OrgBound } from '@parvis/api/core';
import { normalizeEmail, Role } from '@parvis/shared/domain';
import { CreatedInvitationDto, InvitationDto } from '../dto/organization.dto';
import { toInvitationDto } from '../dto/mappers';
import { IdentityStore } from '../repositories/identity-store';
import { IdentityMails } from '../mail/identity-mails';
import { IdentityErrorCode } from './identity.errors';
import { INVITATION_TTL_DAYS, LinksService } from './links.service';

/** Pending invitations listed per organisation, newest first. */
export const MAX_PENDING_INVITATIONS = 500;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly store: IdentityStore,
    private readonly links: LinksService,
    private readonly mails: IdentityMails,
  ) {}

  /**
   * Creates an invitation; used by admins and, for the first admin, by the instance operator (inside
   * the organisation's creation: the transaction context makes it part of it). The accept link is
   * mailed to the invitee in the same transaction as the invitation row (when mail is configured).
   */
  create(organizationId: string, rawEmail: string, role: Role, invitedByUserId: string | null): Promise<CreatedInvitationDto> {
    return this.store.transaction(async (repos) => {
      const email = normalizeEmail(rawEmail);
      const existing = await repos.users.findByEmail(email);
      if (existing && (await this.store.forOrg({ organizationId }).memberships.findByUserId(existing.id))) {
        throw AppError.conflict(IdentityErrorCode.AlreadyMember, `${email} is already a member of this organisation`);
      }
      const token = generateToken();
      const invitation = await repos.invitations.create(organizationId, {
        email,
        role,
        tokenHash: hashToken(token),
        invitedByUserId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
      });
      const acceptUrl = this.links.invitation(token);
      const organization = await repos.organizations.findById(organizationId);
      const mailed = await this.mails.invitation({ organizationId }, email, organization?.name ?? 'votre organisation', role, acceptUrl);
      return { invitation: toInvitationDto(invitation), acceptUrl, mailed };
    });
  }

  /** The open invitations, newest first (at most MAX_PENDING_INVITATIONS, stated in the API). */
  async listPending(scope: OrgBound): Promise<InvitationDto[]> {
    return (await this.store.forOrg(scope).invitations.listPending(MAX_PENDING_INVITATIONS)).map(toInvitationDto);
  }

  async revoke(scope: OrgBound, invitationId: string): Promise<void> {
    const invitations = this.store.forOrg(scope).invitations;
    if (!(await invitations.findById(invitationId))) throw AppError.notFound(IdentityErrorCode.InvitationNotFound, 'Invitation not found');
    await invitations.revoke(invitationId);
  }
}
