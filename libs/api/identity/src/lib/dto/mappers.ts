import { InvitationEntity, MembershipEntity, OrganizationEntity, UserEntity } from '../entities';
import type { InvitationDto, MemberDto, OrganizationDto } from './organization.dto';
import type { MeDto, OrganizationSummaryDto } from './auth.dto';

export function toOrganizationSummary(organization: OrganizationEntity): OrganizationSummaryDto {
  const { id, name, slug, timeZone, locale } = organization;
  return { id, name, slug, timeZone, locale };
}

export function toOrganizationDto(organization: OrganizationEntity): OrganizationDto {
  return { ...toOrganizationSummary(organization), createdAt: organization.createdAt.toISOString(), version: organization.version };
}

export function toMeDto(user: UserEntity, memberships: MembershipEntity[]): MeDto {
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, isInstanceAdmin: user.isInstanceAdmin },
    memberships: memberships
      .filter((m): m is MembershipEntity & { organization: OrganizationEntity } => m.organization !== undefined)
      .map((m) => ({ membershipId: m.id, role: m.role, organization: toOrganizationSummary(m.organization) })),
  };
}

export function toMemberDto(membership: MembershipEntity & { user: UserEntity }): MemberDto {
  return {
    id: membership.id,
    userId: membership.userId,
    email: membership.user.email,
    displayName: membership.user.displayName,
    role: membership.role,
    services: (membership.teamLinks ?? [])
      .flatMap((link) => (link.team ? [{ id: link.team.id, name: link.team.name }] : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    createdAt: membership.createdAt.toISOString(),
    version: membership.version,
  };
}

export function toInvitationDto(invitation: InvitationEntity): InvitationDto {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
