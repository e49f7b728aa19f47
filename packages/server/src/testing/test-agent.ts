import type { createApp } from '../http/app.js';

/** A response as tests read it: the JSON body is untyped on purpose (tests assert its shape). */
export interface TestResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response shapes
  json: any;
  /** the body as text (a CSV or another non-JSON answer) */
  text: string;
}

/** A signed-in browser: keeps the session cookie and the CSRF token like the UI does. */
export class TestAgent {
  cookie = '';
  csrf = '';
  private static count = 0;
  /** each agent comes from its own address, as the login throttle counts per address too */
  private readonly address = `192.0.2.${++TestAgent.count}`;
  constructor(
    private readonly app: ReturnType<typeof createApp>,
    private readonly defaultPassword = 'correct-password-123',
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> {
    const res = await this.app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': body instanceof Uint8Array ? 'application/zip' : 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        host: 'kizuki.test',
        'x-forwarded-for': this.address,
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array || typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie?.startsWith('kizuki_session=')) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    const json: unknown = text && isJson ? JSON.parse(text) : undefined;
    return { status: res.status, headers: res.headers, json, text };
  }

  async login(login: string, pw = this.defaultPassword): Promise<TestResponse> {
    const res = await this.request('POST', '/api/auth/login', { login, password: pw });
    if (res.status === 200) this.csrf = String((res.json as { csrfToken: string }).csrfToken);
    return res;
  }
}

