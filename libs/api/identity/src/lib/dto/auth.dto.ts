import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { ALL_ROLES, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Role } from '@parvis/shared/domain';

export class LoginDto {
  @ApiProperty({ example: 'admin@demo.parvis.fr', maxLength: EMAIL_MAX_LENGTH })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class TokenParamsDto {
  @ApiProperty({ description: 'The secret token of the link' })
  @IsString()
  @Length(20, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be a link token' })
  token!: string;
}

/** A new account joins through its invitation; an existing one logs in, then joins (POST …/join). */
export class AcceptInvitationDto {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Length(1, 120)
  displayName!: string;

  @ApiProperty({ description: 'The new account\'s password (policy: see the PASSWORD_* codes)', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RequestPasswordResetDto {
  @ApiProperty({ maxLength: EMAIL_MAX_LENGTH })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

export class ConfirmPasswordResetDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class SignupDto {
  @ApiProperty({ maxLength: 160 })
  @IsString()
  @Length(2, 160)
  organizationName!: string;

  @ApiProperty({ maxLength: EMAIL_MAX_LENGTH })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Length(1, 120)
  displayName!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ example: 'Europe/Paris' }) timeZone!: string;
  @ApiProperty({ example: 'fr' }) locale!: string;
}

export class MeUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() isInstanceAdmin!: boolean;
}

export class MeMembershipDto {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: OrganizationSummaryDto }) organization!: OrganizationSummaryDto;
}

export class MeDto {
  @ApiProperty({ type: MeUserDto }) user!: MeUserDto;
  @ApiProperty({ type: [MeMembershipDto] }) memberships!: MeMembershipDto[];
}

/** Told once, in the answer of the next successful login, when someone got the account locked meanwhile. */
export class SecurityNoticeDto {
  @ApiProperty({ description: 'Locks caused by failed attempts since the previous login' }) lockouts!: number;
  @ApiProperty({ format: 'date-time' }) lastLockoutAt!: string;
}

export class LoginResultDto extends MeDto {
  @ApiProperty({ type: SecurityNoticeDto, nullable: true }) securityNotice!: SecurityNoticeDto | null;
}

export class InvitationPreviewDto {
  @ApiProperty() email!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class PasswordResetPreviewDto {
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class PublicConfigDto {
  @ApiProperty() signupEnabled!: boolean;
  @ApiProperty({ example: 'fr' }) defaultLocale!: string;
  @ApiProperty({ description: 'This instance sends e-mail (invitations, password-reset links)' }) mailEnabled!: boolean;
}
