import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { isUuid } from './uuid';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** Cursor pagination: the cursor is opaque to clients (base64url of the last row's sort key). */
export class CursorQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a cursor returned by a previous page' })
  cursor?: string;
}

/** The last row's sort value (a timestamp or a text) and id: the keyset the next page starts after. */
export interface SortKey {
  value: string;
  id: string;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify([key.value, key.id]), 'utf8').toString('base64url');
}

/** Null when the cursor was not produced by `encodeCursor` for this kind of sort value. */
export function decodeCursor(cursor: string, kind: 'timestamp' | 'text' = 'timestamp'): SortKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !isUuid(parsed[1])) return null;
    if (kind === 'timestamp' && Number.isNaN(Date.parse(parsed[0]))) return null;
    return { value: parsed[0], id: parsed[1] };
  } catch {
    return null;
  }
}
