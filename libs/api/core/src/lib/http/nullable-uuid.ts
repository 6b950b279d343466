import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, ValidateIf } from 'class-validator';

/**
 * An optional reference a PATCH may clear: a UUID, `null` (clear it) or absent (leave it). Typed
 * as a nullable string in the OpenAPI document, so the generated client says `string | null`.
 */
export const NullableUuid = (field: string, description?: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description }),
    ValidateIf((_object, value) => value !== null),
    IsOptional(),
    IsUUID('all', { message: `${field} must be a UUID or null` }),
  );
