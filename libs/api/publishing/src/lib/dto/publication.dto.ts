import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';

export class PostPublicationsParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'postId must be a UUID' }) postId!: string;
}

/** Where one variant stands on its channel: the live link, or the platform's own words. */
export class PublicationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty({ enum: ['pending', 'publishing', 'published', 'failed', 'unknown_outcome', 'handed_over'], enumName: 'PublicationState' }) state!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The live post' }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'auth_expired, reconnect_required, rate_limited, invalid_content, transient, unknown_outcome, declined' }) errorKind!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The platform's words" }) error!: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it is due, or when the next attempt may start' }) nextAttemptAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
}

export class PublicationListDto {
  @ApiProperty({ type: [PublicationDto] }) items!: PublicationDto[];
}
