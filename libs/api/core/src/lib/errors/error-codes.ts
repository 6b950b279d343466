import { CommonErrorCode } from './app-error';

/**
 * Every module's closed set of codes, by module. Each feature adds its own entry with
 * `declare module '@parvis/api/core' { interface ErrorCodeRegistry { planning: typeof PlanningErrorCode } }`,
 * so `AppError` only accepts a declared code and the OpenAPI document lists them all.
 */
export interface ErrorCodeRegistry {
  common: typeof CommonErrorCode;
}

type CodesOf<T> = T[keyof T];

/** Every code the API may answer with (`components.schemas.ErrorCode` in the OpenAPI document). */
export type ErrorCode = { [M in keyof ErrorCodeRegistry]: CodesOf<ErrorCodeRegistry[M]> }[keyof ErrorCodeRegistry];

const moduleOfCode = new Map<string, string>();

/** Declares a module's codes (once, beside the module): they join the published list. */
export function defineErrorCodes<const T extends Readonly<Record<string, string>>>(module: string, codes: T): T {
  for (const code of Object.values(codes)) {
    const owner = moduleOfCode.get(code);
    if (owner !== undefined && owner !== module) throw new Error(`Error code ${code} of ${module} is already declared by ${owner}`);
    moduleOfCode.set(code, module);
  }
  return codes;
}

defineErrorCodes('common', CommonErrorCode);

/** The codes declared so far, sorted (modules declare theirs as they load, before the document is built). */
export function declaredErrorCodes(): string[] {
  return [...moduleOfCode.keys()].sort();
}

/** Which module declared each code. */
export function errorCodeOwners(): ReadonlyMap<string, string> {
  return moduleOfCode;
}
