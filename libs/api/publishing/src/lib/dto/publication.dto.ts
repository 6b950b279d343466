import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { CursorQueryDto, OrgParamsDto } from '@parvis/api/core';
import { ALL_NETWORKS } from '@parvis/shared/domain';
import { PublicationState } from '../entities';

const PUBLICATION_STATES = Object.values(PublicationState);

export class PostPublicationsParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'postId must be a UUID' }) postId!: string;
}

export class PublicationParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'publicationId must be a UUID' }) publicationId!: string;
}

/** Where one variant stands on its channel: the live link, or the platform's own words. */
export class PublicationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** The publication's version: the If-Match of a retry. */
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network' }) network!: string;
  @ApiProperty({ enum: PUBLICATION_STATES, enumName: 'PublicationState' }) state!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The live post' }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'auth_expired, reconnect_required, rate_limited, invalid_content, transient, unknown_outcome, declined' }) errorKind!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The platform's words" }) error!: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it is due, or when the next attempt may start' }) nextAttemptAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ description: '« Réessayer » is safe now (POST …/retry)' }) canRetry!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'A manual channel: the final text handed over to copy (UTM-tagged as sent)' }) handoverText!: string | null;
}

export class PublicationListDto {
  @ApiProperty({ type: [PublicationDto] }) items!: PublicationDto[];
}

export class PublicationQueueItemDto extends PublicationDto {
  /** The post's version: the If-Match of « publier maintenant » and « annuler » (POST …/posts/:postId/publish-now, …/cancel). */
  @ApiProperty({ description: 'The post’s version: the If-Match of publish-now and cancel from the queue' }) postVersion!: number;
  @ApiProperty({ description: 'The post’s first line, cut at its last whole word with « … » past 80 characters' }) postTitle!: string;
  @ApiProperty({ description: 'At most 200 characters of the published text' }) excerpt!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The planned time (or the moment of « publier maintenant »)' }) dueAt!: string;
}

export class PublicationQueuePageDto {
  @ApiProperty({ type: [PublicationQueueItemDto] }) items!: PublicationQueueItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class PublicationFilterFieldsDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Due at or after (an instant, or a date in the organisation’s time zone)' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or instant' })
  from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Due before (an instant, or up to the end of a date)' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or instant' })
  to?: string;
  @ApiPropertyOptional({ enum: PUBLICATION_STATES, enumName: 'PublicationState' })
  @IsOptional() @IsIn(PUBLICATION_STATES, { message: 'state must be a publication state' })
  state?: PublicationState;
}

export class PublicationQueryDto extends IntersectionType(PublicationFilterFieldsDto, CursorQueryDto) {}

/**
 * A manual channel's report: `{ done: true, url }` (the live post) or `{ done: false, reason }`.
 * Each field is checked whenever it is sent, so a wrong one is always named.
 */
export class ManualReportDto {
  @ApiProperty({ description: 'true: published by hand (url required); false: not done (reason required)' })
  @IsBoolean({ message: 'done must be true or false' })
  done!: boolean;

  @ApiPropertyOptional({ maxLength: 1000, description: 'The live post (http or https), when done' })
  @ValidateIf((o: ManualReportDto) => o.done === true || o.url !== undefined)
  @IsString({ message: 'url must be the live post’s address' })
  @MaxLength(1000, { message: 'url must be at most 1000 characters' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be the live post’s http(s) address' })
  url?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why it was not done' })
  @ValidateIf((o: ManualReportDto) => o.done === false || o.reason !== undefined)
  @IsString({ message: 'reason must be a sentence' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason?: string;
}
