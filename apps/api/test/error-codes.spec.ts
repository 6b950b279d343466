import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { declaredErrorCodes, errorCodeOwners } from '@parvis/api/core';
// Loading the application loads every module, hence every declaration of codes.
import '../src/app/app.module';

const API_LIBS = join(__dirname, '../../../libs/api');

interface CodeObject {
  name: string;
  module: string;
  codes: string[];
}

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'testing' ? [] : sourcesOf(path);
    return /\.ts$/.test(entry) && !/\.(spec|integration-spec)\.ts$/.test(entry) ? [path] : [];
  });
}

const isDir = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
/** `core`, `identity`… and nested ones such as `adapters/mastodon`: every folder holding a `src`. */
const modules = readdirSync(API_LIBS).flatMap((name) =>
  isDir(join(API_LIBS, name, 'src'))
    ? [name]
    : isDir(join(API_LIBS, name))
      ? readdirSync(join(API_LIBS, name)).filter((child) => isDir(join(API_LIBS, name, child, 'src'))).map((child) => `${name}/${child}`)
      : [],
);
const files = modules.flatMap((module) => sourcesOf(join(API_LIBS, module, 'src')).map((path) => ({ module, path, text: readFileSync(path, 'utf8') })));

/** `export const XErrorCode = defineErrorCodes('x', { … })` or a plain `{ … } as const` object. */
const codeObjects: CodeObject[] = files.flatMap(({ module, text }) =>
  [...text.matchAll(/export const (\w+ErrorCode) = (?:defineErrorCodes\('\w+', )?\{([^}]*)\}/g)].map((match) => ({
    name: match[1] ?? '',
    module,
    codes: [...(match[2] ?? '').matchAll(/:\s*'([A-Z0-9_]+)'/g)].map((code) => code[1] ?? ''),
  })),
);

describe('error codes: closed unions per module, all published', () => {
  it('finds the modules and their code objects', () => {
    expect(modules).toEqual(expect.arrayContaining(['core', 'identity', 'planning', 'notifications']));
    expect(codeObjects.map((o) => o.name)).toEqual(expect.arrayContaining(['CommonErrorCode', 'IdentityErrorCode', 'PlanningErrorCode', 'NotificationsErrorCode']));
  });

  it('every code a module declares is in the published list (declared through defineErrorCodes)', () => {
    const published = new Set(declaredErrorCodes());
    const missing = codeObjects.flatMap((o) => o.codes.filter((code) => !published.has(code)).map((code) => `${o.name}.${code}`));
    expect(missing).toEqual([]);
  });

  it('no AppError is built from a string literal: codes come from the module\'s own object', () => {
    const literals = files.flatMap(({ path, text }) =>
      [...text.matchAll(/(?:new AppError|AppError\.(?:notFound|conflict|forbidden|badRequest))\(\s*'([A-Z][A-Z0-9_]+)'/g)].map((match) => `${relative(API_LIBS, path)}: '${match[1]}'`),
    );
    expect(literals).toEqual([]);
  });

  it('a module uses only its own codes and the common ones', () => {
    const ownerOf = new Map(codeObjects.map((o) => [o.name, o.module]));
    const foreign = files.flatMap(({ module, path, text }) =>
      [...text.matchAll(/\b(\w+ErrorCode)\.\w+/g)]
        .map((match) => match[1] ?? '')
        .filter((name) => ownerOf.has(name) && ownerOf.get(name) !== module && ownerOf.get(name) !== 'core')
        .map((name) => `${relative(API_LIBS, path)} uses ${name}`),
    );
    expect(foreign).toEqual([]);
  });

  it('a code belongs to exactly one module', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const o of codeObjects) {
      for (const code of o.codes) {
        const previous = seen.get(code);
        if (previous !== undefined && previous !== o.name) duplicates.push(`${code} in ${previous} and ${o.name}`);
        seen.set(code, o.name);
      }
    }
    // The concurrency helpers restate contract A's VERSION_MISMATCH, which core declares as common.
    expect(duplicates.filter((d) => !d.startsWith('VERSION_MISMATCH in CommonErrorCode'))).toEqual([]);
    expect(errorCodeOwners().get('VALIDATION_FAILED')).toBe('common');
  });
});
