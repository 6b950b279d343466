import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorBodyDto {
  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiProperty({ example: 'Invalid input: email' })
  message!: string;

  @ApiPropertyOptional({ description: 'For VALIDATION_FAILED: [{ field, messages }]' })
  details?: unknown;
}
