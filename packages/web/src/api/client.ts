import type { ErrorCode } from '@kizuki/core';

/**
 * Codes the browser adds to the server's ErrorCode: the request never got an answer, or the
 * answer was not what the API promises (a proxy's HTML error page, for example).
 */
export type ClientErrorCode = 'network_error' | 'unexpected_response';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** A failed API call: the server's `{ error: { code, message, details } }`, typed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is with its Content-Type instead of a JSON body (a file upload). */
  upload?: { data: Blob; contentType: string };
  /** The Accept header; JSON unless the caller expects a file. */
  accept?: string;
  signal?: AbortSignal;
  /**
   * Whether a 401 means "the session is gone" (go back to the login page). False for the login
   * request itself, where 401 only means wrong credentials.
   */
  redirectOnUnauthorized?: boolean;
}

let csrfToken: string | undefined;
let unauthorizedHandler: (() => void) | undefined;

/** Remembers the token from login or `/api/auth/me`; undefined forgets it (logout, expiry). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server answers 401 to a request made with a session (expired or logged out elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  unauthorizedHandler = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads `{ error: { code, message, details } }`; falls back to a generic Japanese message otherwise. */
async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string' && error.message !== '') {
    return new ApiError(response.status, error.code as ErrorCode, error.message, error.details);
  }
  return new ApiError(
    response.status,
    'unexpected_response',
    `サーバーから予期しない応答がありました（HTTP ${response.status}）。時間をおいてもう一度お試しください。`,
  );
}

/**
 * Calls the Kizuki API with the session cookie and answers the successful Response as it is (a
 * download reads it as a Blob); throws ApiError on any failure, as apiRequest does.
 */
export async function apiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (options.upload !== undefined) headers['Content-Type'] = options.upload.contentType;
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  // Every state-changing request carries the per-session token (the server refuses it otherwise).
  if (method !== 'GET' && csrfToken !== undefined) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.upload !== undefined ? options.upload.data : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'サーバーに接続できませんでした。ネットワークの接続を確認して、もう一度お試しください。', {
      cause: String(cause),
    });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && options.redirectOnUnauthorized !== false) {
      csrfToken = undefined;
      unauthorizedHandler?.();
    }
    throw error;
  }
  return response;
}

/**
 * Calls the Kizuki API with the session cookie and JSON; throws ApiError on any failure
 * (an AbortError from `signal` is passed through unchanged so callers can ignore it).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiFetch(path, options);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'unexpected_response', 'サーバーの応答を読み取れませんでした。時間をおいてもう一度お試しください。');
  }
}
