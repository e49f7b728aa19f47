/**
 * Crash durability: a server takes a burst of acknowledged writes of several document kinds through
 * the API (new 支援経過 entries, revisions of an entry, revisions of a 居宅サービス計画), is killed with
 * SIGKILL at a random moment, and restarts. Every write the server acknowledged (2xx) must be there
 * after the restart, exactly as acknowledged; every document must still read; and we measure the
 * time until the restarted server answers. On SQLite a second server on the same data directory
 * must refuse with data_dir_locked.
 *
 *   npm run trial -- crash-durability            (100 trials per backend)
 *   npm run trial -- crash-durability --short    (5 per backend; what npm test runs)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killHard, percentile, postgresBackend, runKizuki, seededRandom, Session, startServer, stopServer, type RunningServer, type TrialBackend, type TrialOptions, type TrialReport } from './support.js';

const password = 'kizuki-demo-2025';
const workers = 4;

type Body = Record<string, unknown>;

interface DocumentAnswer {
  document: { id: string; revision: number; body: Body };
}

interface Acknowledged {
  clientId: string;
  documentId: string;
  revision: number;
  marker: string;
  /** the field of the body the marker was written into */
  read: (body: Body) => unknown;
}

const planIntention = (body: Body) => (body.intentions as Body | undefined)?.client;
const entryContent = (body: Body) => body.content;

function sqliteBackend(): Promise<TrialBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-trial-'));
  return Promise.resolve({ name: 'sqlite', env: { KIZUKI_DATA_DIR: dataDir }, cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })) });
}

/** One worker's burst: writes until the server stops answering, recording what it acknowledged. */
async function burst(session: Session, clientId: string, planId: string | undefined, worker: number, trial: number, acked: Acknowledged[], stop: { dead: boolean }): Promise<void> {
  let own: { id: string; revision: number } | undefined;
  let plan: { revision: number; body: Body } | undefined;
  for (let n = 0; !stop.dead; n++) {
    const marker = `t${trial}-w${worker}-n${n}`;
    try {
      if (worker === 0 && planId !== undefined) {
        if (!plan) {
          const read = await session.request<DocumentAnswer>('GET', `/api/clients/${clientId}/documents/${planId}`);
          plan = { revision: read.json.document.revision, body: read.json.document.body };
        }
        const body = { ...plan.body, intentions: { ...(plan.body.intentions as Body | undefined), client: `自宅で暮らしたい（${marker}）` } };
        const res = await session.request<DocumentAnswer>('PUT', `/api/clients/${clientId}/documents/${planId}`, { baseRevision: plan.revision, body });
        if (res.status === 200) {
          plan = { revision: res.json.document.revision, body };
          acked.push({ clientId, documentId: planId, revision: plan.revision, marker, read: planIntention });
        } else if (res.status === 409) plan = undefined;
        continue;
      }
      if (own === undefined || n % 3 === 0) {
        const entry = { id: `trial-${trial}-${worker}-${n}`, date: '2025-07-01', kind: 'phone', content: marker };
        const res = await session.request<DocumentAnswer>('POST', `/api/clients/${clientId}/documents`, { kind: 'support_log_entry', body: entry });
        if (res.status === 201) {
          own = { id: res.json.document.id, revision: 1 };
          acked.push({ clientId, documentId: own.id, revision: 1, marker, read: entryContent });
        }
      } else {
        const entry = { id: own.id, date: '2025-07-01', kind: 'phone', content: marker };
        const res = await session.request<DocumentAnswer>('PUT', `/api/clients/${clientId}/documents/${own.id}`, { baseRevision: own.revision, body: entry });
        if (res.status === 200) {
          own = { id: own.id, revision: res.json.document.revision };
          acked.push({ clientId, documentId: own.id, revision: own.revision, marker, read: entryContent });
        }
      }
    } catch {
      // The connection broke: the server is gone. Nothing unacknowledged is counted.
      return;
    }
  }
}

async function verify(session: Session, acked: readonly Acknowledged[]): Promise<{ missing: string[]; corrupted: string[] }> {
  const missing: string[] = [];
  const corrupted: string[] = [];
  for (const write of acked) {
    const res = await session.request<DocumentAnswer>('GET', `/api/clients/${write.clientId}/documents/${write.documentId}/revisions/${write.revision}`);
    if (res.status === 404) missing.push(`${write.documentId}@${write.revision}`);
    else if (res.status !== 200) corrupted.push(`${write.documentId}@${write.revision}: ${res.status}`);
    else if (!String(write.read(res.json.document.body)).includes(write.marker)) missing.push(`${write.documentId}@${write.revision} (other content)`);
  }
  return { missing, corrupted };
}

async function runOn(backend: TrialBackend, trials: number, random: () => number): Promise<TrialReport> {
  const failures: string[] = [];
  const seed = await runKizuki(['demo'], backend.env);
  if (seed.code !== 0) throw new Error(`demo seeding failed: ${seed.stderr}`);
  let server: RunningServer = await startServer(backend.env);
  const restartMs: number[] = [];
  let acknowledged = 0;
  let missing = 0;
  let corrupted = 0;
  try {
    if (backend.name === 'sqlite') {
      const second = await runKizuki(['serve'], { ...backend.env, PORT: '0', HOST: '127.0.0.1' });
      if (second.code === 0 || !second.stderr.includes('二重に起動することはできません')) failures.push(`second server on the same data directory did not refuse: ${second.code} ${second.stderr.slice(0, 200)}`);
    }
    const probe = new Session(server.url);
    await probe.login('cm.sato', password);
    const { clients } = (await probe.request<{ clients: { id: string }[] }>('GET', '/api/clients')).json;
    const clientId = clients[0]!.id;
    const plans = (await probe.request<{ documents: { id: string }[] }>('GET', `/api/clients/${clientId}/documents?kind=care_plan`)).json.documents;
    const planId = plans[0]?.id;
    for (let trial = 0; trial < trials; trial++) {
      const session = new Session(server.url);
      await session.login('cm.sato', password);
      const acked: Acknowledged[] = [];
      const stop = { dead: false };
      const running = Array.from({ length: workers }, (_, w) => burst(session, clientId, planId, w, trial, acked, stop));
      await new Promise((r) => setTimeout(r, 50 + random() * 450));
      await killHard(server);
      stop.dead = true;
      await Promise.all(running);
      server = await startServer(backend.env);
      restartMs.push(server.startMs);
      const check = new Session(server.url);
      await check.login('cm.sato', password);
      const result = await verify(check, acked);
      acknowledged += acked.length;
      missing += result.missing.length;
      corrupted += result.corrupted.length;
      for (const m of result.missing.slice(0, 3)) failures.push(`${backend.name} trial ${trial}: acknowledged write missing: ${m}`);
      for (const c of result.corrupted.slice(0, 3)) failures.push(`${backend.name} trial ${trial}: document unreadable: ${c}`);
      // Every document of the client still reads after the crash.
      const all = await check.request('GET', `/api/clients/${clientId}`);
      if (all.status !== 200) failures.push(`${backend.name} trial ${trial}: case file answers ${all.status}`);
    }
  } finally {
    await stopServer(server);
  }
  const sorted = [...restartMs].sort((a, b) => a - b);
  return {
    name: backend.name,
    lines: [
      `${backend.name}: ${trials} crashes, ${acknowledged} acknowledged writes, ${missing} missing, ${corrupted} corrupted; time to serve again p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${percentile(sorted, 100).toFixed(0)} ms`,
    ],
    failures,
  };
}

export async function run(options: TrialOptions): Promise<TrialReport> {
  const trials = options.short ? 5 : 100;
  const random = seededRandom(20261204);
  const lines: string[] = [];
  const failures: string[] = [];
  const backends: (() => Promise<TrialBackend>)[] = [sqliteBackend];
  if (options.databaseUrl) backends.push(() => postgresBackend(options.databaseUrl!));
  for (const open of backends) {
    const backend = await open();
    try {
      const report = await runOn(backend, trials, random);
      lines.push(...report.lines);
      failures.push(...report.failures);
    } finally {
      await backend.cleanup();
    }
  }
  return { name: 'crash durability', lines, failures };
}
