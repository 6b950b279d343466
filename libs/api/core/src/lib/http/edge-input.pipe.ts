import { ArgumentMetadata, HttpStatus, Injectable, PipeTransform, Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { AppError, CommonErrorCode, FieldError } from '../errors/app-error';

/** Deeper than any DTO of ours; past it, class-transformer's recursion would overflow the stack. */
export const MAX_INPUT_DEPTH = 32;

interface PropertyDocs {
  nullable?: boolean;
  type?: unknown;
  isArray?: boolean;
}

type Path = readonly (string | number)[];

function refuse(field: string, message: string): AppError {
  const details: FieldError[] = [{ field, messages: [message] }];
  return new AppError(CommonErrorCode.ValidationFailed, `Invalid input: ${field}`, HttpStatus.BAD_REQUEST, details);
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Iterative, so a hostile depth cannot overflow the stack here either. */
function exceedsDepth(root: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (!isContainer(value)) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) if (isContainer(child)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The path of the first string (value or key) holding a NUL character, which PostgreSQL text cannot store. */
function findNul(root: unknown, rootPath: Path): Path | null {
  const stack: { value: unknown; path: Path }[] = [{ value: root, path: rootPath }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (isContainer(value)) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, Array.isArray(value) ? Number(key) : key];
        if (key.includes('\u0000')) return childPath;
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return null;
}

function documentedClass(type: unknown): Type | null {
  if (Array.isArray(type)) return documentedClass(type[0]);
  if (typeof type !== 'function') return null;
  // `type: () => Dto` (lazy) or `type: Dto` itself; a class has a prototype, a factory arrow does not.
  const candidate: unknown = type.prototype === undefined ? (type as () => unknown)() : type;
  if (typeof candidate !== 'function' || candidate === String || candidate === Number || candidate === Boolean) return null;
  return candidate as Type;
}

/**
 * A null the DTO does not declare nullable (`@ApiProperty({ nullable: true })`, the same mark the OpenAPI
 * document shows) is refused: `@IsOptional()` lets null through, and a NOT NULL column would fail later.
 */
function findForbiddenNull(value: unknown, dto: Type, path: Path): Path | null {
  if (!isContainer(value) || Array.isArray(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const docs = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, key) as PropertyDocs | undefined;
    const childPath = [...path, key];
    if (child === null) {
      if (!docs?.nullable) return childPath;
      continue;
    }
    const nested = documentedClass(docs?.type);
    if (!nested) continue;
    const items = Array.isArray(child) ? child.map((item, index) => ({ item, itemPath: [...childPath, index] })) : [{ item: child, itemPath: childPath }];
    for (const { item, itemPath } of items) {
      if (item === null) return itemPath;
      const found = findForbiddenNull(item, nested, itemPath);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The global rule for input that would pass a DTO yet break below it, applied to every body, query and
 * path parameter of every route before the validation pipe: too deep, a NUL character, a stray null.
 */
@Injectable()
export class EdgeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root: Path = metadata.data ? [metadata.data] : [];
    const where = root.length > 0 ? String(root[0]) : metadata.type;
    if (exceedsDepth(value, MAX_INPUT_DEPTH)) {
      throw refuse(where, `${where} is nested more than ${MAX_INPUT_DEPTH} levels deep`);
    }
    const nul = findNul(value, root);
    if (nul) {
      const field = nul.length > 0 ? nul.join('.') : where;
      throw refuse(field, `${field} must not contain a NUL character`);
    }
    const dto = metadata.type === 'body' && !metadata.data ? documentedClass(metadata.metatype) : null;
    const stray = dto ? findForbiddenNull(value, dto, []) : null;
    if (stray) {
      const field = stray.join('.');
      throw refuse(field, `${field} must not be null`);
    }
    return value;
  }
}
