import { ApiError, toApiError } from '@parvis/web/data-access';

function networkError(message: string): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', message });
}

/**
 * Multipart upload with progress (fetch reports no upload progress; XMLHttpRequest does), with the
 * generated client's errors: ApiError with the API's code, NETWORK_ERROR when nothing answered.
 */
export function uploadWithProgress<T>(orgId: string, path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/orgs/${orgId}${path}`);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(networkError('Upload failed'));
    request.onabort = () => reject(networkError('Upload cancelled'));
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
    request.send(form);
  });
}
