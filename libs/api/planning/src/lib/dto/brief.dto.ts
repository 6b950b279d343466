import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { CursorQueryDto, NullableUuid, OrgParamsDto } from '@parvis/api/core';
import { ALL_BRIEF_STATUSES, ALL_NETWORKS, BriefStatus, Network } from '@parvis/shared/domain';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class BriefParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'briefId must be a UUID' }) briefId!: string;
}

export class AssigneeDto {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty() displayName!: string;
}

export class LocalDateTimeDto {
  @ApiProperty({ example: '2026-09-19' }) date!: string;
  @ApiProperty({ example: '09:00' }) time!: string;
}

export class BriefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: ALL_BRIEF_STATUSES, enumName: 'BriefStatus' }) status!: BriefStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) themeId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The theme colour, for the calendar' }) themeColor!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) campaignId!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) audienceIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) channelIds!: string[];
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network', isArray: true }) networks!: Network[];
  @ApiProperty({ format: 'date-time', description: 'The planned instant' }) plannedAt!: string;
  @ApiProperty({ type: LocalDateTimeDto, description: "The planned wall-clock time in the organisation's zone" }) plannedLocal!: LocalDateTimeDto;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-12', description: 'Local date the draft is due' }) draftDueDate!: string | null;
  @ApiProperty({ type: AssigneeDto, nullable: true }) assignee!: AssigneeDto | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class BriefPageDto {
  @ApiProperty({ type: [BriefDto] }) items!: BriefDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateBriefDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional({ maxLength: 10000 }) @IsOptional() @IsString() @MaxLength(10000) body?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'themeId must be a UUID' }) themeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'campaignId must be a UUID' }) campaignId?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'channelIds must contain UUIDs' })
  channelIds?: string[];
  @ApiProperty({ example: '2026-09-19', description: "Local date in the organisation's zone" })
  @IsString() @Matches(LOCAL_DATE, { message: 'plannedDate must be a date YYYY-MM-DD' })
  plannedDate!: string;
  @ApiProperty({ example: '09:00', description: "Local time in the organisation's zone" })
  @IsString() @Matches(LOCAL_TIME, { message: 'plannedTime must be a time HH:mm' })
  plannedTime!: string;
  @ApiPropertyOptional({ example: '2026-09-12' })
  @IsOptional() @IsString() @Matches(LOCAL_DATE, { message: 'draftDueDate must be a date YYYY-MM-DD' })
  draftDueDate?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Membership id of the member who drafts' })
  @IsOptional() @IsUUID('all', { message: 'assigneeMembershipId must be a UUID' })
  assigneeMembershipId?: string;
}

export class UpdateBriefDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ maxLength: 10000 }) @IsOptional() @IsString() @MaxLength(10000) body?: string;
  @NullableUuid('themeId') themeId?: string | null;
  @NullableUuid('campaignId') campaignId?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'channelIds must contain UUIDs' })
  channelIds?: string[];
  @ApiPropertyOptional({ example: '2026-09-26', description: 'Moving to another day keeps the wall-clock time unless plannedTime is given' })
  @IsOptional() @IsString() @Matches(LOCAL_DATE, { message: 'plannedDate must be a date YYYY-MM-DD' })
  plannedDate?: string;
  @ApiPropertyOptional({ example: '10:30' }) @IsOptional() @IsString() @Matches(LOCAL_TIME, { message: 'plannedTime must be a time HH:mm' }) plannedTime?: string;
  @ApiPropertyOptional({ type: String, example: '2026-09-12', nullable: true })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @Matches(LOCAL_DATE, { message: 'draftDueDate must be a date YYYY-MM-DD' })
  draftDueDate?: string | null;
  @NullableUuid('assigneeMembershipId')
  assigneeMembershipId?: string | null;
  @ApiPropertyOptional({ enum: ALL_BRIEF_STATUSES, enumName: 'BriefStatus' })
  @IsOptional() @IsIn(ALL_BRIEF_STATUSES as unknown as string[], { message: `status must be one of ${ALL_BRIEF_STATUSES.join(', ')}` })
  status?: BriefStatus;
}

/** Filters shared by the calendar and the brief list. */
export class BriefFilterFieldsDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'themeId must be a UUID' }) themeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'campaignId must be a UUID' }) campaignId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'audienceId must be a UUID' }) audienceId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'channelId must be a UUID' }) channelId?: string;
  @ApiPropertyOptional({ enum: ALL_NETWORKS, enumName: 'Network' })
  @IsOptional() @IsIn(ALL_NETWORKS as unknown as string[], { message: 'network must be a known network' })
  network?: Network;
  @ApiPropertyOptional({ enum: ALL_BRIEF_STATUSES, enumName: 'BriefStatus' })
  @IsOptional() @IsIn(ALL_BRIEF_STATUSES as unknown as string[], { message: 'status must be a brief status' })
  status?: BriefStatus;
  @ApiPropertyOptional({ description: 'A membership id, or "me" for "Mes sujets"' })
  @IsOptional() @IsString() @Matches(/^(me|[0-9a-fA-F-]{36})$/, { message: 'assignee must be a membership id or "me"' })
  assignee?: string;
}

export class BriefFiltersDto extends IntersectionType(BriefFilterFieldsDto, CursorQueryDto) {}

export class CalendarQueryDto extends BriefFilterFieldsDto {
  @ApiProperty({ example: '2026-09-01', description: 'First local day' })
  @IsString() @Matches(LOCAL_DATE, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;
  @ApiProperty({ example: '2026-09-30', description: 'Last local day (at most 100 days after from)' })
  @IsString() @Matches(LOCAL_DATE, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;
}

export class KeyDayDto {
  @ApiProperty({ example: '2026-07-14' }) date!: string;
  @ApiProperty({ example: 'Fête nationale' }) label!: string;
  @ApiProperty({ example: 'public_holiday', description: 'public_holiday or key_date (the organisation\'s own)' }) kind!: string;
}

export class CalendarDto {
  @ApiProperty({ example: 'Europe/Paris' }) timeZone!: string;
  @ApiProperty({ type: [BriefDto] }) items!: BriefDto[];
  @ApiProperty({ type: [KeyDayDto] }) keyDays!: KeyDayDto[];
  @ApiProperty({ description: 'True when more than the returned items match (narrow the range or filters)' }) truncated!: boolean;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
export class CommentListDto {
  @ApiProperty({ type: [CommentDto] }) items!: CommentDto[];
}
export class CreateCommentDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(1, 4000) body!: string;
}
