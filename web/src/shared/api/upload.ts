import type { ZodType } from 'zod';
import { ApiError, ensureCsrfToken, failedResponseError, isCsrfFailure, parseResponse, refreshCsrfToken } from './client.ts';
import { CSRF_HEADER } from './csrf.ts';

export interface UploadOptions<T> {
  schema: ZodType<T>;
  /** Called as the file goes out, with the share sent so far (0…1). */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

interface Answer {
  status: number;
  body: unknown;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** XMLHttpRequest, as fetch cannot report how much of a request body has been sent. */
function post(path: string, file: File, token: string | null, options: UploadOptions<unknown>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) }));
    xhr.addEventListener('error', () => reject(new ApiError(0, 'network_error', 'The service could not be reached')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was stopped', 'AbortError')));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Uploads one file as multipart/form-data (field "file") with the CSRF header, reporting progress.
 * Errors come out as the API client's, so the UI translates them the same way.
 */
export async function apiUpload<T>(path: string, file: File, options: UploadOptions<T>): Promise<T> {
  let answer = await post(path, file, await ensureCsrfToken(), options);
  if (isCsrfFailure(answer.status, answer.body)) {
    await refreshCsrfToken();
    answer = await post(path, file, await ensureCsrfToken(), options);
  }
  if (answer.status < 200 || answer.status >= 300) throw failedResponseError(answer.status, answer.body);
  return parseResponse(options.schema, answer.body, `POST ${path}`, answer.status);
}
