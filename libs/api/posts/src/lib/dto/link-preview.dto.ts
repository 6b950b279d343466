import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class CreateLinkPreviewDto {
  @ApiProperty({ maxLength: 2000, example: 'https://ville.fr/agenda' }) @IsString() @MaxLength(2000) url!: string;
}

export class LinkPreviewDto {
  @ApiProperty() url!: string;
  @ApiProperty({ description: 'After redirects' }) finalUrl!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) siteName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The card image, stored in the media library' }) imageMediaId!: string | null;
}
