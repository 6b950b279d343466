import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';

export const ALT_TEXT_MAX = 5000;

export class MediaParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'mediaId must be a UUID' }) mediaId!: string;
}

export class MediaRenditionDto {
  @ApiProperty({ example: 'bluesky' }) network!: string;
  @ApiProperty() mime!: string;
  @ApiProperty() bytes!: number;
  @ApiProperty({ type: Number, nullable: true }) width!: number | null;
  @ApiProperty({ type: Number, nullable: true }) height!: number | null;
}

export class MediaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['image', 'video'] }) kind!: 'image' | 'video';
  @ApiProperty({ description: 'Sniffed from the bytes' }) mime!: string;
  @ApiProperty({ type: Number, nullable: true }) width!: number | null;
  @ApiProperty({ type: Number, nullable: true }) height!: number | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ description: 'Size of the stored (re-encoded) file' }) bytes!: number;
  @ApiProperty({ description: 'SHA-256 of the stored bytes' }) contentHash!: string;
  @ApiProperty({ type: String, nullable: true }) altText!: string | null;
  @ApiProperty() fileName!: string;
  @ApiProperty({ example: '/api/orgs/…/media/…/file' }) url!: string;
  @ApiProperty({ type: [MediaRenditionDto], description: 'Copies made for a network (Bluesky: at most 2 MB)' }) renditions!: MediaRenditionDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MediaPageDto {
  @ApiProperty({ type: [MediaDto] }) items!: MediaDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UpdateMediaDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ALT_TEXT_MAX, description: 'The default alt text (a variant may override it)' })
  @ValidateIf((_o, v) => v !== null) @IsOptional() @IsString() @MaxLength(ALT_TEXT_MAX)
  altText?: string | null;
}

/** The multipart form's text fields (the file is `file`). */
export class UploadMediaFieldsDto {
  @ApiPropertyOptional({ maxLength: ALT_TEXT_MAX }) @IsOptional() @IsString() @MaxLength(ALT_TEXT_MAX) altText?: string;
}
