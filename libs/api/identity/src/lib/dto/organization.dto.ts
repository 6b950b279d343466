import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ALL_ROLES, EMAIL_MAX_LENGTH, Role, SLUG_MAX_LENGTH, SLUG_PATTERN, SUPPORTED_LOCALES } from '@parvis/shared/domain';
import { OrgParamsDto } from '@parvis/api/core';


export class MemberParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;
}

export class InvitationParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'invitationId must be a UUID' })
  invitationId!: string;
}

export class TeamParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'serviceId must be a UUID' })
  serviceId!: string;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() locale!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Grows on every change of the settings; send it back in If-Match' }) version!: number;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ maxLength: 160 })
  @IsOptional()
  @IsString()
  @Length(2, 160)
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: 'IANA time zone' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES as unknown as string[])
  locale?: string;
}

export class TeamRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid', description: 'Membership id' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: [TeamRefDto] }) services!: TeamRefDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberDto] }) items!: MemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: ALL_ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ALL_ROLES as unknown as string[], { message: `role must be one of ${ALL_ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The services (teams) the member belongs to' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'serviceIds must contain UUIDs' })
  serviceIds?: string[];
}

export class PasswordResetLinkDto {
  @ApiProperty() resetUrl!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: 'The link was also e-mailed to the account (mail configured on this instance)' }) mailed!: boolean;
}

export class CreateInvitationDto {
  @ApiProperty({ maxLength: EMAIL_MAX_LENGTH })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' })
  @IsIn(ALL_ROLES as unknown as string[], { message: `role must be one of ${ALL_ROLES.join(', ')}` })
  role!: Role;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class InvitationListDto {
  @ApiProperty({ type: [InvitationDto] }) items!: InvitationDto[];
}

export class CreatedInvitationDto {
  @ApiProperty({ type: InvitationDto }) invitation!: InvitationDto;
  @ApiProperty({ description: 'The single-use link to hand to the invitee (shown once)' }) acceptUrl!: string;
  @ApiProperty({ description: 'The link was also e-mailed to the invitee (mail configured on this instance)' }) mailed!: boolean;
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() memberCount!: number;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
}

export class TeamListDto {
  @ApiProperty({ type: [TeamDto] }) items!: TeamDto[];
}

export class TeamNameDto {
  @ApiProperty({ maxLength: 120, example: 'Direction de la culture' })
  @IsString()
  @Length(1, 120)
  name!: string;
}

export class OperatorOrganizationDto extends OrganizationDto {
  @ApiProperty() memberCount!: number;
}

export class OperatorOrganizationListDto {
  @ApiProperty({ type: [OperatorOrganizationDto] }) items!: OperatorOrganizationDto[];
}

export class CreateOrganizationDto {
  @ApiProperty({ maxLength: 160, example: 'Ville de Démo' })
  @IsString()
  @Length(2, 160)
  name!: string;

  @ApiPropertyOptional({ maxLength: SLUG_MAX_LENGTH, example: 'ville-de-demo' })
  @IsOptional()
  @IsString()
  @MaxLength(SLUG_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and dashes' })
  slug?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiProperty({ maxLength: EMAIL_MAX_LENGTH })
  @IsEmail({}, { message: 'adminEmail must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  adminEmail!: string;
}

export class CreatedOrganizationDto {
  @ApiProperty({ type: OrganizationDto }) organization!: OrganizationDto;
  @ApiProperty({ description: "The first admin's single-use invitation link" }) acceptUrl!: string;
  @ApiProperty({ description: 'The link was also e-mailed to the first admin (mail configured on this instance)' }) mailed!: boolean;
}

