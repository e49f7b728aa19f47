/**
 * Load: many signed-in care managers (separate sessions, CSRF token sent like the web client)
 * use a real `kizuki serve` on 127.0.0.1 at the same time, on SQLite and, when TEST_DATABASE_URL
 * is set, on PostgreSQL (a schema of its own, dropped afterwards). The demo is seeded and its
 * office's case files copied under generated fictional names up to KIZUKI_LOAD_CLIENTS clients.
 *
 * Each user repeats: pick an action by weight, wait for the answer, think, again. Latency is
 * measured by the client from request to the full answer body. Any answer other than 2xx is an
 * error, except 409 on a plan save (someone saved the same plan in between).
 *
 *   npm run bench -- load                             50 users, 30 s per backend
 *   npm run bench -- load --seconds=10 --users=20     shorter
 *   KIZUKI_LOAD_PROFILE=/tmp/prof npm run bench -- load   server CPU profile (node --cpu-prof)
 *
 * Besides latency, the server process's CPU time (user + system, from /proc/PID/stat) is reported
 * per request: for the mixed run, and for each action run alone afterwards (--kind-seconds, by
 * --kind-users users without think time). The load generator runs on the same cores, so latency
 * depends on how busy the machine is; CPU time per request much less so.
 *
 * Before the measured run, the first audit after the start is timed alone (it builds what later
 * audits reuse: the office's peer plans validated and fingerprinted), then the users run the same
 * mix unmeasured for --warmup-seconds, so the figures are those of a server that has been running.
 *
 * Options (also as environment KIZUKI_LOAD_SECONDS, _USERS, _CLIENTS, _THINK_MS, _BACKENDS, _KIND_SECONDS, _KIND_USERS, _WARMUP_SECONDS):
 * --seconds, --users, --clients, --think-ms (mean think time; uniform 0..2×mean), --backends=sqlite,postgres,
 * --kind-seconds (0 skips the runs of one action alone; default 3), --kind-users (default 4),
 * --warmup-seconds (default 5; 0 measures from the first request).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  percentile,
  postgresBackend,
  runKizuki,
  seededRandom,
  Session,
  startServer,
  stopServer,
  type TrialBackend,
} from '../trials/support.js';
import { count } from './measure.js';

const password = 'kizuki-demo-2025';
const demoCareManagers = ['cm.sato', 'cm.tanaka'];
/** Care managers added for the run, so the sessions spread over several accounts. */
const extraCareManagers = 6;

function option(name: string, fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  const env = process.env[`KIZUKI_LOAD_${name.toUpperCase().replaceAll('-', '_')}`];
  const text = flag?.slice(name.length + 3) ?? env;
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: ${text} is not a number`);
  return n;
}

function backendNames(): string[] {
  const flag = process.argv.find((a) => a.startsWith('--backends='))?.slice('--backends='.length) ?? process.env.KIZUKI_LOAD_BACKENDS;
  return (flag ?? 'sqlite,postgres').split(',').map((s) => s.trim());
}

interface StoredDoc {
  id: string;
  kind: string;
  revision: number;
  body: Record<string, unknown>;
}

interface CaseFileAnswer {
  client: { id: string };
  documents: StoredDoc[];
}

type Kind = 'client list' | 'case file' | 'audit' | 'support log save' | 'plan open' | 'plan save';
const kinds: Kind[] = ['client list', 'case file', 'audit', 'support log save', 'plan open', 'plan save'];

/** Share of each action (a plan save is always preceded by opening the plan). */
const mix: [Exclude<Kind, 'plan open'>, number][] = [
  ['client list', 0.2],
  ['case file', 0.3],
  ['audit', 0.2],
  ['support log save', 0.2],
  ['plan save', 0.1],
];

interface Tally {
  ms: number[];
  errors: number;
  conflicts: number;
  errorSamples: string[];
}

function sqliteBackend(): TrialBackend {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-load-'));
  // KIZUKI_LOAD_KEEP_DATA=1 leaves the data directory for a look at the database afterwards.
  const keep = process.env.KIZUKI_LOAD_KEEP_DATA === '1';
  return {
    name: 'sqlite',
    env: { KIZUKI_DATA_DIR: dataDir },
    cleanup: () => Promise.resolve(keep ? console.error(`data kept in ${dataDir}`) : rmSync(dataDir, { recursive: true, force: true })),
  };
}

const kanaDigits = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ'];
const givenNames = ['花子', '一郎', '幸子', '清', '和子', '茂', '節子', '勇', '久子', '実'];
const givenKana = ['ハナコ', 'イチロウ', 'サチコ', 'キヨシ', 'カズコ', 'シゲル', 'セツコ', 'イサム', 'ヒサコ', 'ミノル'];

/** A fictional person for generated client n. */
function fictionalClient(template: Record<string, unknown>, n: number): Record<string, unknown> {
  const digits = String(n).padStart(3, '0');
  const kanaTail = [...digits].map((d) => kanaDigits[Number(d)]).join('');
  const { id: _id, ...rest } = template;
  return {
    ...rest,
    name: `負荷試験 ${givenNames[n % 10]}${digits}`,
    nameKana: `フカシケン ${givenKana[n % 10]}${kanaTail}`,
    insuredNumber: `9${String(100_000_000 + n).slice(1)}0`.slice(0, 10),
  };
}

/** Copies the demo office's case files under new fictional names until the office has `target` clients. */
async function seedClients(session: Session, target: number): Promise<void> {
  const list = await session.request<{ clients: { id: string }[] }>('GET', '/api/clients');
  if (list.status !== 200) throw new Error(`client list: ${list.status} ${JSON.stringify(list.json)}`);
  const demo = list.json.clients;
  const templates: CaseFileAnswer[] = [];
  for (const c of demo) templates.push((await session.request<CaseFileAnswer>('GET', `/api/clients/${c.id}`)).json);
  for (let n = demo.length; n < target; n++) {
    const template = templates[n % templates.length]!;
    const clientDoc = template.documents.find((d) => d.kind === 'client');
    if (!clientDoc) throw new Error('a demo case file has no client document');
    const created = await session.request<{ document: { clientId: string } }>('POST', '/api/clients', fictionalClient(clientDoc.body, n));
    if (created.status !== 201) throw new Error(`creating client ${n}: ${created.status} ${JSON.stringify(created.json)}`);
    const clientId = created.json.document.clientId;
    for (const doc of template.documents) {
      if (doc.kind === 'client') continue;
      const { id: _id, ...body } = doc.body;
      const answer = await session.request('POST', `/api/clients/${clientId}/documents`, { kind: doc.kind, body });
      if (answer.status !== 201) throw new Error(`copying ${doc.kind} to client ${n}: ${answer.status} ${JSON.stringify(answer.json)}`);
    }
  }
}

async function addCareManagers(env: Record<string, string>): Promise<string[]> {
  const logins: string[] = [];
  for (let i = 1; i <= extraCareManagers; i++) {
    const login = `cm.load${i}`;
    const made = await runKizuki(['user', 'add', '--org', 'demo-office', '--login', login, '--name', `負荷試験 担当${i}`, '--role', 'care_manager'], {
      ...env,
      KIZUKI_PASSWORD: password,
    });
    if (made.code !== 0) throw new Error(`user add ${login}: ${made.stderr}`);
    logins.push(login);
  }
  return logins;
}

interface UserState {
  session: Session;
  random: () => number;
}

async function act(user: UserState, kind: Exclude<Kind, 'plan open'>, clients: readonly string[], tallies: Map<Kind, Tally>): Promise<void> {
  const clientId = clients[Math.floor(user.random() * clients.length)]!;
  const timed = async <T>(k: Kind, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> => {
    const began = performance.now();
    const tally = tallies.get(k)!;
    let answer: { status: number; json: T };
    try {
      answer = await user.session.request<T>(method, path, body);
    } catch (error) {
      tally.errors += 1;
      if (tally.errorSamples.length < 3) tally.errorSamples.push(`${method} ${path} → ${error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : String(error)}`);
      return { status: 0, json: {} as T };
    }
    tally.ms.push(performance.now() - began);
    if (answer.status === 409 && k === 'plan save') tally.conflicts += 1;
    else if (answer.status < 200 || answer.status >= 300) {
      tally.errors += 1;
      if (tally.errorSamples.length < 3) tally.errorSamples.push(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`);
    }
    return answer;
  };
  switch (kind) {
    case 'client list':
      await timed('client list', 'GET', '/api/clients');
      return;
    case 'case file':
      await timed('case file', 'GET', `/api/clients/${clientId}`);
      return;
    case 'audit':
      await timed('audit', 'GET', `/api/clients/${clientId}/audit`);
      return;
    case 'support log save':
      await timed('support log save', 'POST', `/api/clients/${clientId}/documents`, {
        kind: 'support_log_entry',
        body: { date: '2025-07-01', kind: 'phone', content: `負荷試験の電話連絡（${Math.floor(user.random() * 1e6)}）` },
      });
      return;
    case 'plan save': {
      const open = await timed<{ documents: StoredDoc[] }>('plan open', 'GET', `/api/clients/${clientId}/documents?kind=care_plan`);
      const plan = open.json.documents?.at(-1);
      if (!plan) return;
      await timed('plan save', 'PUT', `/api/clients/${clientId}/documents/${plan.id}`, { baseRevision: plan.revision, body: plan.body });
      return;
    }
  }
}

/** Clock ticks per second of /proc/PID/stat. */
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, all threads) the process has used so far, in ms; undefined where /proc is missing. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

function cpuPerRequest(cpuMs: number | undefined, requests: number): string {
  return cpuMs === undefined || requests === 0 ? 'n/a' : `${(cpuMs / requests).toFixed(2)} ms`;
}

function newTallies(): Map<Kind, Tally> {
  return new Map<Kind, Tally>(kinds.map((k) => [k, { ms: [], errors: 0, conflicts: 0, errorSamples: [] }]));
}

/** Every user repeats `choose()` until `seconds` have passed, thinking `thinkMs` on average in between. */
async function drive(users: readonly UserState[], seconds: number, thinkMs: number, clients: readonly string[], tallies: Map<Kind, Tally>, choose: (random: () => number) => Exclude<Kind, 'plan open'>): Promise<number> {
  const began = performance.now();
  const endAt = began + seconds * 1000;
  await Promise.all(
    users.map(async (user) => {
      // Users start spread over the first think time, not all at the same instant.
      if (thinkMs > 0) await new Promise((r) => setTimeout(r, user.random() * thinkMs));
      while (performance.now() < endAt) {
        await act(user, choose(user.random), clients, tallies);
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, user.random() * 2 * thinkMs));
      }
    }),
  );
  return (performance.now() - began) / 1000;
}

function pick(random: () => number): Exclude<Kind, 'plan open'> {
  let r = random();
  for (const [kind, share] of mix) {
    if (r < share) return kind;
    r -= share;
  }
  return mix[0]![0];
}

async function runOn(
  backend: TrialBackend,
  settings: { seconds: number; users: number; clients: number; thinkMs: number; kindSeconds: number; kindUsers: number; warmupSeconds: number },
): Promise<string[]> {
  const seeded = await runKizuki(['demo'], backend.env);
  if (seeded.code !== 0) throw new Error(`demo seeding failed: ${seeded.stderr}`);
  const logins = [...demoCareManagers, ...(await addCareManagers(backend.env))];
  const profileDir = process.env.KIZUKI_LOAD_PROFILE;
  const nodeArgs = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(process.env.KIZUKI_LOAD_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  const server = await startServer(backend.env, 30_000, nodeArgs);
  try {
    const seeder = new Session(server.url);
    await seeder.login(logins[0]!, password);
    const seedBegan = performance.now();
    await seedClients(seeder, settings.clients);
    const seedMs = performance.now() - seedBegan;
    const clients = (await seeder.request<{ clients: { id: string }[] }>('GET', '/api/clients')).json.clients.map((c) => c.id);

    const users: UserState[] = [];
    for (let i = 0; i < settings.users; i++) {
      const session = new Session(server.url);
      await session.login(logins[i % logins.length]!, password);
      users.push({ session, random: seededRandom(1000 + i) });
    }
    // The first audit after the start builds what later audits reuse (every peer plan of the office
    // validated and fingerprinted): timed on its own, then the mix runs unmeasured for the warm-up.
    const coldBegan = performance.now();
    const cold = await users[0]!.session.request('GET', `/api/clients/${clients[0]!}/audit`);
    const coldMs = performance.now() - coldBegan;
    if (cold.status !== 200) throw new Error(`first audit: ${cold.status}`);
    if (settings.warmupSeconds > 0) await drive(users, settings.warmupSeconds, settings.thinkMs, clients, newTallies(), pick);
    const tallies = newTallies();
    const pid = server.child.pid;
    const cpuBefore = processCpuMs(pid);
    const elapsed = await drive(users, settings.seconds, settings.thinkMs, clients, tallies, pick);
    const cpuAfter = processCpuMs(pid);
    const serverCpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    const all = [...tallies.values()].flatMap((t) => t.ms).sort((a, b) => a - b);
    const errors = [...tallies.values()].reduce((n, t) => n + t.errors, 0);
    const lines = [
      `${backend.name}: ${settings.users} users (${logins.length} care manager accounts, one session each user), ${count(clients.length)} clients (seeded in ${(seedMs / 1000).toFixed(1)} s), ` +
        `${elapsed.toFixed(1)} s, think time mean ${settings.thinkMs} ms: ${count(all.length)} requests, ${(all.length / elapsed).toFixed(0)} req/s, ` +
        `p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, errors ${errors}, ` +
        `server CPU ${serverCpuMs === undefined ? 'n/a' : `${(serverCpuMs / 1000).toFixed(1)} s`} (${cpuPerRequest(serverCpuMs, all.length)} per request)`,
      `  measured after a warm-up of ${settings.warmupSeconds} s of the same mix; the first audit after the start took ${coldMs.toFixed(0)} ms`,
    ];
    for (const [kind, tally] of tallies) {
      const sorted = tally.ms.sort((a, b) => a - b);
      lines.push(
        `  ${kind.padEnd(17)} ${String(sorted.length).padStart(6)} req  p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms  ` +
          `p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms  errors ${tally.errors}${kind === 'plan save' ? `  409 ${tally.conflicts}` : ''}`,
      );
      for (const sample of tally.errorSamples) lines.push(`    ${sample}`);
    }
    if (settings.kindSeconds > 0) {
      lines.push(`  each action alone, ${settings.kindUsers} users without think time for ${settings.kindSeconds} s (server CPU per request; a plan save counts its plan open too):`);
      const soloUsers = users.slice(0, Math.max(1, settings.kindUsers));
      for (const [kind] of mix) {
        const solo = newTallies();
        const before = processCpuMs(pid);
        await drive(soloUsers, settings.kindSeconds, 0, clients, solo, () => kind);
        const after = processCpuMs(pid);
        const cpu = before === undefined || after === undefined ? undefined : after - before;
        const done = [...solo.values()].reduce((n, t) => n + t.ms.length, 0);
        const failed = [...solo.values()].reduce((n, t) => n + t.errors, 0);
        const sorted = [...solo.values()].flatMap((t) => t.ms).sort((a, b) => a - b);
        lines.push(
          `    ${kind.padEnd(17)} ${String(done).padStart(6)} req  server CPU ${cpuPerRequest(cpu, done).padStart(9)} per request  p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  errors ${failed}`,
        );
      }
    }
    return lines;
  } finally {
    await stopServer(server);
    const stderr = server.stderr().trim();
    if (stderr !== '' && process.env.KIZUKI_LOAD_VERBOSE) console.error(stderr);
  }
}

/** The load benchmark, run by scripts/bench.ts. */
export async function run(): Promise<{ name: string; lines: string[] }> {
  const settings = {
    seconds: option('seconds', 30),
    users: option('users', 50),
    clients: option('clients', 200),
    thinkMs: option('think-ms', 500),
    kindSeconds: option('kind-seconds', 3),
    kindUsers: option('kind-users', 4),
    warmupSeconds: option('warmup-seconds', 5),
  };
  const lines: string[] = [];
  const wanted = backendNames();
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const backends: (() => Promise<TrialBackend>)[] = [];
  if (wanted.includes('sqlite')) backends.push(() => Promise.resolve(sqliteBackend()));
  if (wanted.includes('postgres')) {
    if (databaseUrl) backends.push(() => postgresBackend(databaseUrl));
    else lines.push('postgres: skipped (TEST_DATABASE_URL is not set)');
  }
  for (const open of backends) {
    const backend = await open();
    try {
      lines.push(...(await runOn(backend, settings)));
    } finally {
      await backend.cleanup();
    }
  }
  return { name: 'load', lines };
}
