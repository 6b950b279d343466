import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { CursorQueryDto, OrgParamsDto } from '@parvis/api/core';
import { ALL_ELECTION_TYPES, ElectionType } from '@parvis/shared/domain';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_MESSAGE = (field: string) => ({ message: `${field} must be a date YYYY-MM-DD` });

export class AbsenceParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'absenceId must be a UUID' }) absenceId!: string;
}

export class ElectionParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'electionId must be a UUID' }) electionId!: string;
}

export class CreateAbsenceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Whose absence (default: the caller; an admin may declare anyone’s)' })
  @IsOptional() @IsUUID('all', { message: 'absentMembershipId must be a UUID' })
  absentMembershipId?: string;
  @ApiProperty({ format: 'uuid', description: 'Required (checked after the members are found)' })
  @IsOptional() @IsUUID('all', { message: 'substituteMembershipId must be a UUID' })
  substituteMembershipId?: string;
  @ApiProperty({ example: '2026-08-03' }) @IsString() @Matches(LOCAL_DATE, DATE_MESSAGE('startsOn')) startsOn!: string;
  @ApiProperty({ example: '2026-08-21' }) @IsString() @Matches(LOCAL_DATE, DATE_MESSAGE('endsOn')) endsOn!: string;
}

export class AbsenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid' }) absentMembershipId!: string;
  @ApiProperty({ format: 'uuid' }) substituteMembershipId!: string;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
}

export class AbsenceListDto {
  @ApiProperty({ type: [AbsenceDto] }) items!: AbsenceDto[];
}

export class SetPauseDto {
  @ApiProperty({ description: 'true holds every outgoing publication until released' }) @IsBoolean() paused!: boolean;
  @ApiPropertyOptional({ maxLength: 1000, description: 'Required to pause (shown on the banner, logged)' })
  @IsOptional() @IsString() @Length(3, 1000)
  reason?: string;
}

export class PauseDto {
  @ApiProperty() version!: number;
  @ApiProperty() paused!: boolean;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) changedByName!: string | null;
  @ApiProperty({ nullable: true, type: String }) changedAt!: string | null;
}

export class CreateElectionDto {
  @ApiProperty({ enum: ALL_ELECTION_TYPES, enumName: 'ElectionType' }) @IsIn(ALL_ELECTION_TYPES) type!: ElectionType;
  // Dates are checked by the service (after the legal approver is found), with the domain's rules.
  @ApiProperty({ example: '2026-03-15' }) @IsString() @MaxLength(20) firstRound!: string;
  @ApiPropertyOptional({ example: '2026-03-22', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) secondRound?: string | null;
  @ApiProperty({ maxLength: 200, example: 'Commune de Rennes' }) @IsString() @Length(1, 200) territory!: string;
  @ApiProperty({ format: 'uuid', description: 'The legal adviser or DGS who approves the extra step (required)' })
  @IsOptional() @IsUUID('all', { message: 'legalApproverMembershipId must be a UUID' })
  legalApproverMembershipId?: string;
}

export class ElectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ALL_ELECTION_TYPES, enumName: 'ElectionType' }) type!: ElectionType;
  @ApiProperty() firstRound!: string;
  @ApiProperty({ nullable: true, type: String }) secondRound!: string | null;
  @ApiProperty() territory!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) legalApproverMembershipId!: string | null;
  @ApiProperty({ description: 'First day of the réserve électorale' }) reserveFirstDay!: string;
  @ApiProperty({ description: 'Last day (the last round)' }) reserveLastDay!: string;
}

export class ElectionListDto {
  @ApiProperty({ type: [ElectionDto] }) items!: ElectionDto[];
  @ApiProperty({ description: 'The organisation is inside a réserve électorale now (show the banner)' }) inReserveNow!: boolean;
}

/** The audit log's filters (the page and the export share them). */
export class AuditFilterDto {
  @ApiPropertyOptional({ description: 'ISO instant (inclusive)', example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsString() @Matches(INSTANT, { message: 'from must be an ISO instant such as 2026-03-01T00:00:00Z' }) from?: string;
  @ApiPropertyOptional({ description: 'ISO instant (exclusive)', example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsString() @Matches(INSTANT, { message: 'to must be an ISO instant such as 2026-04-01T00:00:00Z' }) to?: string;
  @ApiPropertyOptional({ maxLength: 40, example: 'post' }) @IsOptional() @IsString() @Matches(/^[a-z_]{1,40}$/, { message: 'objectType must be a type such as post or circuit' }) objectType?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'objectId must be a UUID' }) objectId?: string;
  @ApiPropertyOptional({ maxLength: 60, example: 'post.approve' }) @IsOptional() @IsString() @Matches(/^[a-z_]{1,30}(\.[a-z_]{1,30})?$/, { message: 'action must be an action such as post.approve' }) action?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'actorMembershipId must be a UUID' }) actorMembershipId?: string;
}

export class AuditQueryDto extends IntersectionType(AuditFilterDto, CursorQueryDto) {}

export class AuditExportQueryDto extends AuditFilterDto {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv' }) @IsOptional() @IsIn(['csv', 'json']) format?: 'csv' | 'json';
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorMembershipId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty() objectType!: string;
  @ApiProperty({ nullable: true, type: String }) objectId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ nullable: true, type: String }) justification!: string | null;
  @ApiProperty({ nullable: true, type: String }) contentHashBefore!: string | null;
  @ApiProperty({ nullable: true, type: String }) contentHashAfter!: string | null;
  @ApiProperty({ nullable: true, type: String }) clientAddress!: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
