import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ALL_NETWORKS, type Network } from '@parvis/shared/domain';
import { PostParamsDto } from '../dto/review.dto';

export const EXTERNAL_LINK_STATES = ['sent', 'used', 'voided', 'expired', 'revoked'] as const;
export type ExternalLinkState = (typeof EXTERNAL_LINK_STATES)[number];

export class ExternalReviewLinkParamsDto extends PostParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'linkId must be a UUID' }) linkId!: string;
}

export class CreateExternalReviewDto {
  @ApiProperty({ maxLength: 200, example: 'Mme la Maire' }) @IsString() @Length(1, 200) @Matches(/\S/, { message: 'name must not be blank' }) name!: string;
  @ApiProperty({ maxLength: 254, example: 'maire@ville.fr' }) @IsString() @MaxLength(254) @IsEmail({}, { message: 'email must be an e-mail address' }) email!: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 7 }) @IsOptional() @IsInt() @Min(1) @Max(30) expiresInDays?: number;
}

export class ExternalReviewLinkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Send it back in If-Match to revoke' }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ enum: EXTERNAL_LINK_STATES }) state!: ExternalLinkState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'The review round and step (0-based) the link was sent for' }) round!: number;
  @ApiProperty() step!: number;
  @ApiProperty({ type: String, nullable: true, enum: ['approve', 'request_changes'] }) decision!: 'approve' | 'request_changes' | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) usedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name the person gave when deciding' }) deciderName!: string | null;
  @ApiPropertyOptional({ description: 'Only in the creation response: the link to send (never shown again)' }) url?: string;
  @ApiPropertyOptional({ description: 'Only in the creation response: whether the link was e-mailed (false: no SMTP configured, copy the url)' }) mailed?: boolean;
}

export class ExternalReviewLinkListDto {
  @ApiProperty({ type: [ExternalReviewLinkDto] }) items!: ExternalReviewLinkDto[];
}

/** Public routes: the token of the link. */
export class ExternalTokenParamsDto {
  @ApiProperty({ description: 'The secret token of the link' })
  @IsString()
  @Length(20, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be a link token' })
  token!: string;
}

export class ExternalMediaParamsDto extends ExternalTokenParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'mediaId must be a UUID' }) mediaId!: string;
}

export class ExternalMediaDto {
  @ApiProperty({ format: 'uuid' }) mediaId!: string;
  @ApiProperty({ enum: ['image', 'video'] }) kind!: 'image' | 'video';
  @ApiProperty({ type: String, nullable: true }) altText!: string | null;
  @ApiProperty({ description: 'Relative URL of the file, through the token' }) url!: string;
}

export class ExternalVariantDto {
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network' }) network!: Network;
  @ApiProperty() channelName!: string;
  @ApiProperty({ description: 'The text as it will go out' }) text!: string;
  @ApiProperty({ type: [String], nullable: true }) threadParts!: string[] | null;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Mastodon content warning' }) contentWarning!: string | null;
  @ApiProperty({ type: [ExternalMediaDto] }) media!: ExternalMediaDto[];
}

/** What the person sees through the link, and nothing else of the organisation. */
export class ExternalReviewPageDto {
  @ApiProperty() organizationName!: string;
  @ApiProperty({ description: "The organisation's IANA zone (dates are shown in it)" }) timeZone!: string;
  @ApiProperty({ description: 'The step the person decides at' }) stepName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) plannedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: [ExternalVariantDto] }) variants!: ExternalVariantDto[];
}

export class ExternalDecisionDto {
  @ApiProperty({ enum: ['approve', 'request_changes'] }) @IsIn(['approve', 'request_changes']) action!: 'approve' | 'request_changes';
  @ApiPropertyOptional({ maxLength: 4000, description: 'Required to request changes' }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) @Matches(/\S/, { message: 'name must not be blank' }) name!: string;
  @ApiProperty({ maxLength: 254 }) @IsString() @MaxLength(254) @IsEmail({}, { message: 'email must be an e-mail address' }) email!: string;
}

export class ExternalDecisionResultDto {
  @ApiProperty({ enum: ['approve', 'request_changes'] }) decision!: 'approve' | 'request_changes';
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}
