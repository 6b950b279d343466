import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';
import { ChannelLimitsDto } from '@parvis/api/planning';

const OAUTH_CODE = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
const OAUTH_STATE = /^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}$/;
const OAUTH_ERROR = /^[a-z_]+$/;

export class ChannelConnectionParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'channelId must be a UUID' }) channelId!: string;
}

/** A channel's connection as its admins see it: never a secret. */
export class ConnectionDto {
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty({ enum: ['connected', 'reconnect_required', 'not_connected'], enumName: 'ChannelConnectionStatus' }) status!: 'connected' | 'reconnect_required' | 'not_connected';
  @ApiProperty({ description: 'The network key of the adapter' }) network!: string;
  @ApiProperty({ type: String, nullable: true }) accountHandle!: string | null;
  @ApiProperty({ type: String, nullable: true }) accountUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The PDS or instance' }) serviceUrl!: string | null;
  @ApiProperty({ type: ChannelLimitsDto, nullable: true }) limits!: ChannelLimitsDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastVerifiedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The platform's words when the credentials last failed" }) lastError!: string | null;
}

export class ConnectChannelDto {
  @ApiPropertyOptional({ description: 'The PDS or instance URL (https; the network default when omitted)', maxLength: 500 })
  @IsOptional() @IsString() @MaxLength(500, { message: 'serviceUrl must be at most 500 characters' })
  serviceUrl?: string;

  @ApiPropertyOptional({ description: "The adapter's connection fields by key (handle and app password, access token…)", type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional() @IsObject({ message: 'fields must be an object of strings' })
  fields?: Record<string, string>;

  @ApiPropertyOptional({ enum: ['automatic', 'manual'], description: "manual: a person publishes it by hand; at the planned time Parvis hands them the final text and media (any network, the network's API unused)" })
  @IsOptional() @IsIn(['automatic', 'manual'], { message: 'publishing must be automatic or manual' })
  publishing?: 'automatic' | 'manual';
}

export class StartOAuthDto {
  @ApiProperty({ description: 'The instance URL', maxLength: 500 })
  @IsString() @MaxLength(500, { message: 'serviceUrl must be at most 500 characters' })
  serviceUrl!: string;
}

export class OAuthStartDto {
  @ApiProperty({ description: 'Send the browser there; the server comes back to the Parvis callback' }) authorizationUrl!: string;
}

/** What servers send back (RFC 6749 §4.1.2): the code, our state, or an error code. */
export class OAuthCallbackQueryDto {
  @ApiPropertyOptional({ pattern: OAUTH_CODE.source })
  @IsOptional() @IsString() @MaxLength(2000, { message: 'code must be at most 2000 characters' }) @Matches(OAUTH_CODE, { message: 'code is not an authorisation code' })
  code?: string;
  @ApiProperty({ pattern: OAUTH_STATE.source })
  @IsString() @MaxLength(4000, { message: 'state must be at most 4000 characters' }) @Matches(OAUTH_STATE, { message: 'state is not a Parvis state' })
  state!: string;
  @ApiPropertyOptional({ description: 'Set by the server when the user refused', pattern: OAUTH_ERROR.source })
  @IsOptional() @IsString() @MaxLength(200, { message: 'error must be at most 200 characters' }) @Matches(OAUTH_ERROR, { message: 'error is not an OAuth error code' })
  error?: string;
}

export class VerifyResultDto {
  @ApiProperty() ok!: boolean;
  @ApiPropertyOptional({ description: 'Why not (reconnect_required, transient, rate_limited…)' }) kind?: string;
  @ApiPropertyOptional({ description: "The platform's words" }) message?: string;
  @ApiProperty({ type: ConnectionDto }) connection!: ConnectionDto;
}

