import { demoTotpSecret } from '../demo/demo-organizations.js';
import type { createApp } from '../http/app.js';
import { hotp, base32Decode, totpStep } from '../auth/totp.js';

/** What an agent knows of a user's 二要素認証 (per app, since each test app has its own store). */
interface KnownFactor {
  secret: string;
  lastStep: number;
  recoveryCodes: string[];
}

const knownFactors = new WeakMap<object, Map<string, KnownFactor>>();

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
  /** the pending sign-in's cookie between the password and the code */
  private loginCookie = '';
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
        ...(this.cookie || this.loginCookie ? { cookie: [this.cookie, this.loginCookie].filter(Boolean).join('; ') } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        host: 'kizuki.test',
        'x-forwarded-for': this.address,
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array || typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    for (const setCookie of res.headers.getSetCookie()) {
      const pair = setCookie.split(';')[0] ?? '';
      if (pair.startsWith('kizuki_session=')) this.cookie = pair;
      if (pair.startsWith('kizuki_login=')) this.loginCookie = pair === 'kizuki_login=' ? '' : pair;
    }
    const text = await res.text();
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    const json: unknown = text && isJson ? JSON.parse(text) : undefined;
    return { status: res.status, headers: res.headers, json, text };
  }

  /**
   * Signs in like the UI: the password, then, when the server asks, a code computed from the
   * user's secret (the one this agent saw at enrollment, or the demo seed's), or enrollment for a
   * user who must have 二要素認証 and has none. Codes are computed at the server's clock (the Date
   * header), so tests with a fixed clock sign in too.
   */
  async login(login: string, pw = this.defaultPassword): Promise<TestResponse> {
    let res = await this.request('POST', '/api/auth/login', { login, password: pw });
    const step = res.status === 200 ? (res.json as { step?: string }).step : undefined;
    if (step === 'enroll') res = await this.enroll(login, serverTime(res));
    else if (step === 'code') res = await this.request('POST', '/api/auth/login/code', { code: this.nextCode(login, serverTime(res)) });
    if (res.status === 200) this.csrf = String((res.json as { csrfToken: string }).csrfToken);
    if (res.status === 200 && step !== undefined) await this.keepRecoveryCodes(login, serverTime(res));
    return res;
  }

  /**
   * A test clock may stand still, and then each TOTP step can be used once only: keep a stock of
   * recovery codes (regenerated with a code while signed in) for the next sign-ins of this user.
   */
  private async keepRecoveryCodes(login: string, serverMs: number): Promise<void> {
    const factor = this.knownFactor(login);
    if (factor.recoveryCodes.length > 1) return;
    const res = await this.request('POST', '/api/auth/two-factor/recovery-codes', { code: this.nextCode(login, serverMs) });
    if (res.status !== 200) throw new Error(`test agent: could not renew the recovery codes of ${login} (${res.status} ${res.text})`);
    factor.recoveryCodes = [...(res.json as { recoveryCodes: string[] }).recoveryCodes];
  }

  /** The factor this agent knows for a login (enrolled through it, or the demo seed's secret). */
  knownFactor(login: string): KnownFactor {
    const known = this.factors();
    const factor = known.get(login) ?? { secret: demoTotpSecret, lastStep: -1, recoveryCodes: [] };
    known.set(login, factor);
    return factor;
  }

  /** A code the server has not seen yet: the next TOTP step inside its window, else a recovery code. */
  nextCode(login: string, serverMs: number): string {
    const factor = this.knownFactor(login);
    const now = totpStep(serverMs);
    const step = Math.max(now - 1, factor.lastStep + 1);
    if (step <= now + 1) {
      factor.lastStep = step;
      return hotp(base32Decode(factor.secret), step);
    }
    const recovery = factor.recoveryCodes.shift();
    if (recovery === undefined) throw new Error(`test agent: no unused code left for ${login} at this server time`);
    return recovery;
  }

  private factors(): Map<string, KnownFactor> {
    let known = knownFactors.get(this.app);
    if (!known) knownFactors.set(this.app, (known = new Map<string, KnownFactor>()));
    return known;
  }

  private async enroll(login: string, serverMs: number): Promise<TestResponse> {
    const started = await this.request('POST', '/api/auth/login/enroll');
    if (started.status !== 200) return started;
    const factor: KnownFactor = { secret: String((started.json as { secret: string }).secret), lastStep: -1, recoveryCodes: [] };
    this.factors().set(login, factor);
    const res = await this.request('POST', '/api/auth/login/enroll/confirm', { code: this.nextCode(login, serverMs) });
    if (res.status === 200) factor.recoveryCodes = [...(res.json as { recoveryCodes: string[] }).recoveryCodes];
    return res;
  }
}

function serverTime(res: TestResponse): number {
  const date = res.headers.get('date');
  return date ? Date.parse(date) : Date.now();
}
