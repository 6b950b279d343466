import type { OpenAPIObject } from '@nestjs/swagger';
import { declaredErrorCodes } from '../errors/error-codes';

type Schemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

const ERROR_BODY_REF = '#/components/schemas/ErrorBody';

/** The error model of every route: `{ code, message, details }`, `code` one of the published codes. */
function errorSchemas(): Schemas {
  return {
    ErrorCode: { type: 'string', enum: declaredErrorCodes(), description: 'Every code the API answers with (closed list).' },
    FieldError: {
      type: 'object',
      required: ['field', 'messages'],
      properties: { field: { type: 'string', example: 'email' }, messages: { type: 'array', items: { type: 'string' } } },
    },
    ErrorBody: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { $ref: '#/components/schemas/ErrorCode' },
        message: { type: 'string', example: 'Invalid input: email' },
        details: {
          description: 'VALIDATION_FAILED: the fields, as [{ field, messages }]; VERSION_MISMATCH: { current }; otherwise absent or specific',
        },
      },
    },
  };
}

/** Adds the error model and, to each operation without one, a default response using it. */
export function addErrorModel(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...errorSchemas() } };
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
      if (!operation || operation.responses['default']) continue;
      operation.responses['default'] = { description: 'An error', content: { 'application/json': { schema: { $ref: ERROR_BODY_REF } } } };
    }
  }
  return document;
}
