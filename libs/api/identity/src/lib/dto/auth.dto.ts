import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
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
  @MinLength(PASSWORD_MIN_LENGTH)
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

export class AcceptInvitationDto {
  @ApiPropertyOptional({ description: 'Required for a new account', maxLength: 120 })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiProperty({ description: 'New account: its password. Existing account: its current password.', maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ConfirmPasswordResetDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
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
  @MinLength(PASSWORD_MIN_LENGTH)
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

export class InvitationPreviewDto {
  @ApiProperty() email!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: 'True when the e-mail already has an account: accept with its password' }) existingAccount!: boolean;
}

export class PasswordResetPreviewDto {
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class PublicConfigDto {
  @ApiProperty() signupEnabled!: boolean;
  @ApiProperty({ example: 'fr' }) defaultLocale!: string;
}
