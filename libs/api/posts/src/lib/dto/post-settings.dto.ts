import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class PostSettingsDto {
  @ApiProperty({ description: '0 until the settings are first changed' }) version!: number;
  @ApiProperty({ description: 'Links get utm_source (the network), utm_medium=social and utm_campaign (the campaign slug) at publication' }) utmTagging!: boolean;
}

export class UpdatePostSettingsDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() utmTagging?: boolean;
}
