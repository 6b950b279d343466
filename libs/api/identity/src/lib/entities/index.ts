import { InvitationEntity } from './invitation.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { MembershipEntity } from './membership.entity';
import { MembershipTeamEntity } from './membership-team.entity';
import { OrganizationEntity } from './organization.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { TeamEntity } from './team.entity';
import { UserSessionEntity } from './user-session.entity';
import { UserEntity } from './user.entity';

export { InvitationEntity, LoginThrottleEntity, MembershipEntity, MembershipTeamEntity, OrganizationEntity, PasswordResetEntity, TeamEntity, UserSessionEntity, UserEntity };

export const IDENTITY_ENTITIES = [
  UserEntity,
  OrganizationEntity,
  TeamEntity,
  MembershipEntity,
  MembershipTeamEntity,
  InvitationEntity,
  PasswordResetEntity,
  UserSessionEntity,
  LoginThrottleEntity,
];
