import { isKizukiError, KizukiError } from '@kizuki/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Maps any error to `{ "error": { code, message, details } }` with the right status. */
export function errorResponse(c: Context, error: unknown): Response {
  if (isKizukiError(error)) {
    const headers: Record<string, string> = {};
    const details = error.details as { retryAfterSeconds?: number } | undefined;
    if (error.code === 'too_many_attempts' && details?.retryAfterSeconds) {
      headers['Retry-After'] = String(details.retryAfterSeconds);
    }
    return c.json({ error: error.toBody() }, error.status as ContentfulStatusCode, headers);
  }
  console.error('[kizuki] unexpected error', error);
  const internal = new KizukiError('internal', 'サーバーで予期しないエラーが発生しました。入力した内容は保存されていない可能性があります。');
  return c.json({ error: internal.toBody() }, 500);
}

/** Reads a JSON body, answering bad_request in Japanese when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new KizukiError('bad_request', 'リクエストの本文が空です。JSONで送ってください。');
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new KizukiError('bad_request', 'リクエストの本文がJSONとして読めません。', { contentType: c.req.header('content-type') });
  }
  if (holdsNul(value)) throw nulRefused();
  return value;
}

/** PostgreSQL text cannot hold U+0000, so no input may carry it (SQLite would keep it; both answer the same). */
export const nulRefused = () => new KizukiError('bad_request', '入力に使えない文字（NUL, U+0000）が含まれています。取り除いて送り直してください。');

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v));
  return false;
}
