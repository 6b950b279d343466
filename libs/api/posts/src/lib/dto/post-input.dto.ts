import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CursorQueryDto, NullableUuid, OrgParamsDto } from '@parvis/api/core';
import { ALL_NETWORKS, ALL_POST_STATUSES, Network, PostStatus } from '@parvis/shared/domain';

/** Beyond every network's limit but Facebook's 63,206 (a page post is never that long). */
export const MASTER_TEXT_MAX = 10_000;
export const MAX_CHANNELS = 20;
export const MAX_MEDIA_PER_VARIANT = 20;
export const MAX_THREAD_PARTS = 50;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

export class PostParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'postId must be a UUID' }) postId!: string;
}

export class PostVersionParamsDto extends PostParamsDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  @Type(() => Number)
  @IsInt({ message: 'number must be a version number (a positive integer)' })
  @Min(1, { message: 'number must be a version number (a positive integer)' })
  number!: number;
}

/** The network options a variant may carry; the service refuses those its network does not know. */
export class VariantOptionsDto {
  @ApiPropertyOptional({ enum: ['public', 'unlisted', 'private', 'direct'], description: 'Mastodon' })
  @IsOptional() @IsIn(['public', 'unlisted', 'private', 'direct'], { message: 'visibility must be public, unlisted, private or direct' })
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  @ApiPropertyOptional({ maxLength: 500, description: 'Mastodon content warning' })
  @IsOptional() @IsString() @MaxLength(500)
  spoilerText?: string;
  @ApiPropertyOptional({ example: 'fr', description: 'Mastodon: the language of the status' })
  @IsOptional() @IsString() @Matches(LANGUAGE, { message: 'language must be a language code such as fr' })
  language?: string;
  @ApiPropertyOptional({ type: [String], example: ['fr'], description: 'Bluesky: up to 3 languages' })
  @IsOptional() @IsArray() @ArrayMaxSize(3) @IsString({ each: true }) @Matches(LANGUAGE, { each: true, message: 'languages must contain language codes such as fr' })
  languages?: string[];
  @ApiPropertyOptional({ enum: ['everyone', 'following', 'mentioned', 'nobody'], description: 'Bluesky: who may reply' })
  @IsOptional() @IsIn(['everyone', 'following', 'mentioned', 'nobody'], { message: 'replyControl must be everyone, following, mentioned or nobody' })
  replyControl?: 'everyone' | 'following' | 'mentioned' | 'nobody';
  @ApiPropertyOptional({ description: 'Facebook, Instagram, LinkedIn, X: a paid boost (refused during a réserve électorale)' })
  @IsOptional() @IsBoolean()
  sponsored?: boolean;
}

export class VariantMediaInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'mediaId must be a UUID' }) mediaId!: string;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000, description: "Overrides the media's alt text on this channel; null: the media's own" })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @MaxLength(5000)
  altText?: string | null;
}

/** The writable fields of one channel's variant. */
export class VariantInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'channelId must be a UUID' }) channelId!: string;
  @ApiPropertyOptional({ maxLength: MASTER_TEXT_MAX, description: 'Sending a text detaches the variant from the master text' })
  @IsOptional() @IsString() @MaxLength(MASTER_TEXT_MAX)
  text?: string;
  @ApiPropertyOptional({ description: 'true: the text becomes the master text again ("reset to master")' })
  @IsOptional() @IsBoolean()
  followsMaster?: boolean;
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'A manual thread split; null: one part or automatic' })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsArray() @ArrayMaxSize(MAX_THREAD_PARTS) @IsString({ each: true }) @MaxLength(MASTER_TEXT_MAX, { each: true })
  threadParts?: string[] | null;
  @ApiPropertyOptional({ type: [VariantMediaInputDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_MEDIA_PER_VARIANT) @ValidateNested({ each: true }) @Type(() => VariantMediaInputDto)
  media?: VariantMediaInputDto[];
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @MaxLength(2000)
  link?: string | null;
  @ApiPropertyOptional({ type: VariantOptionsDto })
  @IsOptional() @ValidateNested() @Type(() => VariantOptionsDto)
  options?: VariantOptionsDto;
}

export class CreatePostDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The brief this post answers: omitted fields are copied from it' })
  @IsOptional() @IsUUID('all', { message: 'briefId must be a UUID' })
  briefId?: string;
  @ApiProperty({ maxLength: MASTER_TEXT_MAX }) @IsString() @MaxLength(MASTER_TEXT_MAX) masterText!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'themeId must be a UUID' }) themeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'campaignId must be a UUID' }) campaignId?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
  @ApiPropertyOptional({ format: 'date-time', description: 'The planned instant (ISO 8601 with offset)' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'plannedAt must be an ISO 8601 instant' })
  plannedAt?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'One variant per channel' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CHANNELS) @ArrayUnique() @IsUUID('all', { each: true, message: 'channelIds must contain UUIDs' })
  channelIds?: string[];
}

export class UpdatePostDto {
  @ApiPropertyOptional({ maxLength: MASTER_TEXT_MAX }) @IsOptional() @IsString() @MaxLength(MASTER_TEXT_MAX) masterText?: string;
  @NullableUuid('themeId') themeId?: string | null;
  @NullableUuid('campaignId') campaignId?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'null: not planned' })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsISO8601({ strict: true }, { message: 'plannedAt must be an ISO 8601 instant or null' })
  plannedAt?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Adds a variant per new channel, removes those of channels left out' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CHANNELS) @ArrayUnique() @IsUUID('all', { each: true, message: 'channelIds must contain UUIDs' })
  channelIds?: string[];
  @ApiPropertyOptional({ type: [VariantInputDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CHANNELS) @ValidateNested({ each: true }) @Type(() => VariantInputDto)
  variants?: VariantInputDto[];
}

export class PostFilterFieldsDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Planned at or after (instant or date)' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or instant' })
  from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Planned before (instant or date)' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or instant' })
  to?: string;
  @ApiPropertyOptional({ enum: ALL_POST_STATUSES, enumName: 'PostStatus' })
  @IsOptional() @IsIn(ALL_POST_STATUSES as unknown as string[], { message: 'status must be a post status' })
  status?: PostStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'briefId must be a UUID' }) briefId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the posts I wrote' })
  @IsOptional() @IsIn(['true', 'false'], { message: 'mine must be true or false' })
  mine?: 'true' | 'false';
  @ApiPropertyOptional({ enum: ALL_NETWORKS, enumName: 'Network', description: 'Only posts with a variant on a channel of this network' })
  @IsOptional() @IsIn(ALL_NETWORKS as unknown as string[], { message: 'network must be a network' })
  network?: Network;
}

export class PostQueryDto extends IntersectionType(PostFilterFieldsDto, CursorQueryDto) {}

/** Both optional: `to` defaults to the current version, `from` to the one before `to`. */
export class DiffQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt({ message: 'from must be a version number' }) @Min(1, { message: 'from must be a version number' }) from?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt({ message: 'to must be a version number' }) @Min(1, { message: 'to must be a version number' }) to?: number;
}

export class CreatePostCommentDto {
  @ApiProperty({ maxLength: 5000, description: 'Mentions: @Prénom Nom or @[membershipId]' }) @IsString() @Length(1, 5000) body!: string;
}
