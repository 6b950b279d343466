export interface FieldError {
  field: string;
  messages: string[];
}

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

/** An error answered by the API (`{ code, message, details }`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
  }

  /**
   * Field errors (`details: [{ field, messages }]`): VALIDATION_FAILED, and other codes
   * about one field (IDENTITY_WRONG_PASSWORD…). Empty otherwise.
   */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(isFieldError);
  }

  /** `lockedUntil` of an AUTH_ACCOUNT_LOCKED answer, when present. */
  get lockedUntil(): Date | null {
    if (!isRecord(this.details) || typeof this.details['lockedUntil'] !== 'string') return null;
    const date = new Date(this.details['lockedUntil']);
    return Number.isNaN(date.getTime()) ? null : date;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function toApiError(response: Response, body: unknown): ApiError {
  const record = isRecord(body) ? body : {};
  return new ApiError({
    status: response.status,
    code: typeof record['code'] === 'string' ? record['code'] : `HTTP_${response.status}`,
    message: typeof record['message'] === 'string' ? record['message'] : response.statusText || `HTTP ${response.status}`,
    details: record['details'],
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value['field'] === 'string' &&
    Array.isArray(value['messages']) &&
    value['messages'].every((m) => typeof m === 'string')
  );
}
