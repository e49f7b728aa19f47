/**
 * What the trials share: a Kizuki server run as a child process (the real `kizuki` binary), a
 * signed-in HTTP client, and PostgreSQL schemas of their own. Traffic goes to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface TrialOptions {
  /** the short version that `npm test` runs */
  short: boolean;
  /** PostgreSQL URL (TEST_DATABASE_URL) for the PostgreSQL half, if any */
  databaseUrl?: string;
}

export interface TrialReport {
  name: string;
  /** figures, one per line */
  lines: string[];
  /** what went against the target (an empty list is a pass) */
  failures: string[];
}

export const kizukiBin = fileURLToPath(new URL('../../packages/server/bin/kizuki.js', import.meta.url));

/** A backend to run a trial on: its environment for the server, and how to clean up. */
export interface TrialBackend {
  name: 'sqlite' | 'postgres';
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function postgresBackend(databaseUrl: string): Promise<TrialBackend> {
  const schema = `trial_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'postgres',
    env: { DATABASE_URL: url.toString() },
    async cleanup() {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** Runs a `kizuki` command to its end; resolves with its exit code and output. */
export function runKizuki(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kizukiBin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** milliseconds from spawn to the first successful /api/health */
  startMs: number;
  stderr: () => string;
}

/** Starts `kizuki serve` on a free port of 127.0.0.1 and waits until it answers /api/health. */
export async function startServer(env: Record<string, string>, timeoutMs = 30_000, nodeArgs: readonly string[] = []): Promise<RunningServer> {
  const began = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, kizukiBin, 'serve'], { env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/u.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return { url, child, startMs: performance.now() - began, stderr: () => stderr };
}

/** Kills the server with SIGKILL (no chance to flush or close anything) and waits for it to be gone. */
export async function killHard(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((r) => server.child.once('close', r));
  server.child.kill('SIGKILL');
  await gone;
}

export async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((r) => server.child.once('close', r));
  server.child.kill('SIGTERM');
  await gone;
}

/** A signed-in user of a running server: cookie and CSRF token kept like a browser would. */
export class Session {
  private cookie = '';
  private csrf = '';
  constructor(private readonly baseUrl: string) {}

  async login(login: string, password: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
    if (!res.ok) throw new Error(`login ${login} failed: ${res.status} ${await res.text()}`);
    // Every cookie the answer sets that still has a value (the login also clears its 2FA challenge cookie).
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .filter((pair) => !pair.endsWith('='))
      .join('; ');
    this.csrf = String(((await res.json()) as { csrfToken: string }).csrfToken);
  }

  /** The answer's JSON is typed by the caller (`T`), as the trial expects it; a trial checks `status` first. */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = { unparsable: text };
    }
    return { status: res.status, json: json as T };
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** A small deterministic random source, so a trial can be rerun with the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
