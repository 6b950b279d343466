import { ApiError, toApiError } from '@parvis/web/data-access';

export interface RequestOptions {
  body?: unknown;
  /** The version the user saw (contract A): a stale one gets a 412. */
  ifMatch?: number;
  search?: Record<string, string | number | boolean | undefined>;
}

function url(path: string, search: RequestOptions['search'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

function networkError(cause: unknown): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', message: cause instanceof Error ? cause.message : 'Network error' });
}

/**
 * JSON call to an organisation route of contract F, same errors as the generated client
 * (ApiError with the API's code; NETWORK_ERROR when nothing answered).
 */
export async function orgRequest<T>(method: string, orgId: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  let response: Response;
  try {
    response = await globalThis.fetch(
      new Request(new URL(url(`/api/orgs/${orgId}${path}`, options.search), globalThis.location.href), {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
    );
  } catch (cause) {
    throw networkError(cause);
  }
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw toApiError(response, body);
  return body as T;
}

/** Multipart upload with progress (fetch has no upload progress: XMLHttpRequest does). */
export function uploadWithProgress<T>(orgId: string, path: string, form: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/orgs/${orgId}${path}`);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(networkError(new Error('Upload failed')));
    request.onabort = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Upload cancelled' }));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(toApiError(new Response(null, { status: request.status, statusText: request.statusText }), body));
    };
    signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}
