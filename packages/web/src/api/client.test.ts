import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, setCsrfToken, setUnauthorizedHandler } from './client.js';

type FetchMock = ReturnType<typeof vi.fn<typeof fetch>>;

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

function sentHeaders(fetchMock: FetchMock, call = 0): Record<string, string> {
  return fetchMock.mock.calls[call]![1]!.headers as Record<string, string>;
}

describe('apiRequest', () => {
  let fetchMock: FetchMock;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken(undefined);
    setUnauthorizedHandler(undefined);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the JSON body and sends the session cookie', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { clients: [] }));
    await expect(apiRequest('/api/clients')).resolves.toEqual({ clients: [] });
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/clients');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('GET');
  });

  it('returns undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiRequest('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('sends the CSRF token and JSON body on POST but not the token on GET', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse(200, {})));
    setCsrfToken('token-123');
    await apiRequest('/api/things', { method: 'POST', body: { a: 1 } });
    await apiRequest('/api/things');
    expect(sentHeaders(fetchMock, 0)['X-CSRF-Token']).toBe('token-123');
    expect(sentHeaders(fetchMock, 0)['Content-Type']).toBe('application/json');
    expect(fetchMock.mock.calls[0]![1]!.body).toBe('{"a":1}');
    expect(sentHeaders(fetchMock, 1)['X-CSRF-Token']).toBeUndefined();
  });

  it('turns an error body into an ApiError with code, message and details', async () => {
    const details = [{ path: 'login', message: 'ログイン名を入力してください' }];
    fetchMock.mockResolvedValue(
      jsonResponse(400, { error: { code: 'validation_failed', message: '入力内容を確認してください', details } }),
    );
    const error = await caught(apiRequest('/api/auth/login', { method: 'POST', body: {} }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: '入力内容を確認してください', details });
  });

  it('gives a Japanese fallback message when the error body is not the API shape', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad Gateway</html>', { status: 502 }));
    const error = await caught(apiRequest('/api/clients'));
    expect(error).toMatchObject({ status: 502, code: 'unexpected_response' });
    expect((error as ApiError).message).toContain('HTTP 502');
  });

  it('rejects an error object without a message as unexpected', async () => {
    fetchMock.mockResolvedValue(jsonResponse(500, { error: { code: 'internal' } }));
    await expect(apiRequest('/api/clients')).rejects.toMatchObject({ status: 500, code: 'unexpected_response' });
  });

  it('reports a network failure as network_error', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(apiRequest('/api/clients')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('passes an abort through unchanged', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    fetchMock.mockRejectedValue(abort);
    await expect(apiRequest('/api/clients')).rejects.toBe(abort);
  });

  it('rejects a success body that is not JSON', async () => {
    fetchMock.mockResolvedValue(new Response('not json', { status: 200 }));
    await expect(apiRequest('/api/clients')).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('on 401 forgets the CSRF token and calls the unauthorized handler', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    setCsrfToken('token-123');
    fetchMock.mockResolvedValueOnce(
      jsonResponse(401, { error: { code: 'unauthenticated', message: 'ログインしてください' } }),
    );
    await expect(apiRequest('/api/clients')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    fetchMock.mockResolvedValueOnce(jsonResponse(200, {}));
    await apiRequest('/api/things', { method: 'POST' });
    expect(sentHeaders(fetchMock, 1)['X-CSRF-Token']).toBeUndefined();
  });

  it('does not leave the login page on wrong credentials', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    fetchMock.mockResolvedValue(
      jsonResponse(401, { error: { code: 'invalid_credentials', message: 'ログイン名またはパスワードが違います' } }),
    );
    const request = apiRequest('/api/auth/login', { method: 'POST', body: {}, redirectOnUnauthorized: false });
    await expect(request).rejects.toMatchObject({ code: 'invalid_credentials', message: 'ログイン名またはパスワードが違います' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
