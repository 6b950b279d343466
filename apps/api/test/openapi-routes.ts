import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';

export type Access = 'public' | 'operator' | 'organization' | 'authenticated';

export interface SchemaObject {
  type?: string;
  format?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  enum?: unknown[];
  allOf?: SchemaObject[];
  $ref?: string;
  maxLength?: number;
}

export interface RouteParam {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: SchemaObject;
}

export interface Route {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI template, e.g. /api/orgs/{orgId}/members/{memberId} */
  template: string;
  access: Access;
  pathParams: RouteParam[];
  queryParams: RouteParam[];
  body: SchemaObject | null;
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

interface Operation {
  parameters?: RouteParam[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  'x-parvis-access'?: string;
}

/** Every operation of the generated document, so the suites below cover routes added later. */
export function routesOf(document: OpenAPIObject): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const marker = operation['x-parvis-access'];
      const access: Access =
        marker === 'public' ? 'public' : marker === 'operator' ? 'operator' : template.includes('{orgId}') ? 'organization' : 'authenticated';
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      routes.push({
        method,
        template,
        access,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: bodySchema ? resolve(document, bodySchema) : null,
      });
    }
  }
  return routes;
}

export function resolve(document: OpenAPIObject, schema: SchemaObject): SchemaObject {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name] as SchemaObject | undefined;
    if (!target) throw new Error(`Unresolved ${schema.$ref}`);
    return resolve(document, target);
  }
  if (schema.allOf && schema.allOf.length === 1 && schema.allOf[0]) return resolve(document, schema.allOf[0]);
  return schema;
}

/** Fills a route template; a parameter without a known value gets a random UUID (a row that does not exist). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(values[name] ?? randomUUID()));
}

/** A body that passes validation, so a test can vary one thing at a time. */
export function validSample(document: OpenAPIObject, schema: SchemaObject | null): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [property, raw] of Object.entries(schema?.properties ?? {})) {
    const field = resolve(document, raw);
    if (field.format === 'uuid') continue; // references are optional; a random one would be refused as unknown
    if (field.enum) body[property] = field.enum[field.enum.length - 1];
    else if (field.type === 'array') body[property] = [];
    else if (field.type === 'number' || field.type === 'integer') body[property] = 1;
    else if (field.type === 'boolean') body[property] = false;
    else if (field.type === 'object') body[property] = {};
    else if (/email/i.test(property)) body[property] = `sample-${Math.random().toString(36).slice(2, 8)}@test.parvis.fr`;
    else if (/password/i.test(property)) body[property] = 'une phrase de passe valide';
    else if (property === 'timeZone') body[property] = 'Europe/Paris';
    else if (/^date$|Date$|^startsOn$|^endsOn$/.test(property)) body[property] = '2026-09-19';
    else if (/Time$/.test(property)) body[property] = '09:00';
    else if (/At$/.test(property)) body[property] = '2026-09-19T07:00:00.000Z';
    else if (property === 'url') body[property] = 'https://ville.fr/publication-valide';
    else if (property === 'color') body[property] = '#336699';
    else if (property === 'slug') body[property] = `slug-${Math.random().toString(36).slice(2, 8)}`;
    else body[property] = 'Valeur valide';
  }
  return body;
}

/** Values for the required query parameters, so a test can vary one parameter at a time. */
export function validQuery(route: Route): Record<string, string> {
  const query: Record<string, string> = {};
  for (const param of route.queryParams.filter((p) => p.required)) {
    query[param.name] = param.name === 'to' ? '2026-09-30' : param.name === 'from' ? '2026-09-01' : '1';
  }
  return query;
}
