import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { NullableUuid, OrgParamsDto } from '@parvis/api/core';
import { ALL_CHANNEL_STATUSES, ALL_NETWORKS, ChannelStatus, HEX_COLOR_PATTERN, Network } from '@parvis/shared/domain';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AudienceParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'audienceId must be a UUID' }) audienceId!: string;
}
export class ThemeParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'themeId must be a UUID' }) themeId!: string;
}
export class CampaignParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'campaignId must be a UUID' }) campaignId!: string;
}
export class ChannelParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'channelId must be a UUID' }) channelId!: string;
}

export class AudienceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
}
export class AudienceListDto {
  @ApiProperty({ type: [AudienceDto] }) items!: AudienceDto[];
}
export class CreateAudienceDto {
  @ApiProperty({ example: 'Jeunes 15–25', maxLength: 120 }) @IsString() @Length(1, 120) name!: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
}
export class UpdateAudienceDto {
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
}

export class ThemeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty() objectives!: string;
  @ApiProperty({ example: '#0063CB' }) color!: string;
}
export class ThemeListDto {
  @ApiProperty({ type: [ThemeDto] }) items!: ThemeDto[];
}
export class CreateThemeDto {
  @ApiProperty({ example: 'Culture', maxLength: 120 }) @IsString() @Length(1, 120) name!: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) objectives?: string;
  @ApiProperty({ example: '#0063CB' }) @IsString() @Matches(HEX_COLOR_PATTERN, { message: 'color must be a #RRGGBB colour' }) color!: string;
}
export class UpdateThemeDto {
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) objectives?: string;
  @ApiPropertyOptional({ example: '#0063CB' }) @IsOptional() @IsString() @Matches(HEX_COLOR_PATTERN, { message: 'color must be a #RRGGBB colour' }) color?: string;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty() objective!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) themeId!: string | null;
  @ApiProperty({ example: '2026-06-21' }) startsOn!: string;
  @ApiProperty({ example: '2026-08-31' }) endsOn!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) audienceIds!: string[];
}
export class CampaignListDto {
  @ApiProperty({ type: [CampaignDto] }) items!: CampaignDto[];
}
export class CreateCampaignDto {
  @ApiProperty({ maxLength: 160 }) @IsString() @Length(1, 160) name!: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) objective?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'themeId must be a UUID' }) themeId?: string;
  @ApiProperty({ example: '2026-06-21' }) @IsString() @Matches(LOCAL_DATE, { message: 'startsOn must be a date YYYY-MM-DD' }) startsOn!: string;
  @ApiProperty({ example: '2026-08-31' }) @IsString() @Matches(LOCAL_DATE, { message: 'endsOn must be a date YYYY-MM-DD' }) endsOn!: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
}
export class UpdateCampaignDto {
  @ApiPropertyOptional({ maxLength: 160 }) @IsOptional() @IsString() @Length(1, 160) name?: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) objective?: string;
  @NullableUuid('themeId') themeId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(LOCAL_DATE, { message: 'startsOn must be a date YYYY-MM-DD' }) startsOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(LOCAL_DATE, { message: 'endsOn must be a date YYYY-MM-DD' }) endsOn?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
}

export class ChannelMediaLimitsDto {
  @ApiPropertyOptional() maxItems?: number;
  @ApiPropertyOptional() maxImageBytes?: number;
  @ApiPropertyOptional() maxVideoBytes?: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) altTextMax?: number | null;
  @ApiPropertyOptional({ type: [String] }) imageTypes?: readonly string[];
  @ApiPropertyOptional({ type: [String] }) videoTypes?: readonly string[];
}
/** The server's own limits over the network's defaults (shared domain `CapabilityOverrides`). */
export class ChannelLimitsDto {
  @ApiPropertyOptional({ description: 'Maximum characters of a post' }) textLimit?: number;
  @ApiPropertyOptional({ description: 'Characters a link counts for' }) urlWeight?: number;
  @ApiPropertyOptional({ type: ChannelMediaLimitsDto }) media?: ChannelMediaLimitsDto;
}
export class ChannelConnectionDto {
  @ApiProperty({ enum: ['connected', 'reconnect_required', 'not_connected'], enumName: 'ChannelConnectionStatus' }) status!: 'connected' | 'reconnect_required' | 'not_connected';
  @ApiProperty({ type: String, nullable: true }) accountHandle!: string | null;
  @ApiProperty({ type: String, nullable: true }) accountUrl!: string | null;
  @ApiProperty({
    enum: ['automatic', 'manual'],
    enumName: 'ChannelPublishing',
    nullable: true,
    description: 'automatic: Parvis publishes through the network’s API; manual: a person publishes by hand (the adapter’s capability); null when not connected',
  })
  publishing!: 'automatic' | 'manual' | null;
  @ApiProperty({ type: ChannelLimitsDto, nullable: true }) limits!: ChannelLimitsDto | null;
}

export class ChannelDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network' }) network!: Network;
  @ApiProperty({ example: '@ville-de-demo.bsky.social' }) handle!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ALL_CHANNEL_STATUSES, enumName: 'ChannelStatus' }) status!: ChannelStatus;
  @ApiProperty({ type: [String], format: 'uuid' }) audienceIds!: string[];
  @ApiProperty({ type: ChannelConnectionDto }) connection!: ChannelConnectionDto;
}
export class ChannelListDto {
  @ApiProperty({ type: [ChannelDto] }) items!: ChannelDto[];
}
export class CreateChannelDto {
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network' })
  @IsIn(ALL_NETWORKS as unknown as string[], { message: `network must be one of ${ALL_NETWORKS.join(', ')}` })
  network!: Network;
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) handle!: string;
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(1, 120) displayName!: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
}
export class UpdateChannelDto {
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @Length(1, 120) displayName?: string;
  @ApiPropertyOptional({ enum: [ChannelStatus.NotConnected, ChannelStatus.Disabled], description: 'Connection states are set by publishing' })
  @IsOptional()
  @IsIn([ChannelStatus.NotConnected, ChannelStatus.Disabled], { message: 'status can only be set to not_connected or disabled' })
  status?: ChannelStatus;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true, message: 'audienceIds must contain UUIDs' })
  audienceIds?: string[];
}
