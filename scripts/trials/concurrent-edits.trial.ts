/**
 * Concurrent edits: N clients (different users, and two tabs of one user) save the same document
 * from the same revision at the same moment, round after round. Every round exactly one save is
 * acknowledged and every other answers 409; afterwards the history holds every acknowledged save
 * in order with its content (0 lost updates).
 *
 *   npm run trial -- concurrent-edits            (200 rounds of 8 clients per backend)
 *   npm run trial -- concurrent-edits --short    (20 rounds)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBackend, runKizuki, Session, startServer, stopServer, type TrialBackend, type TrialOptions, type TrialReport } from './support.js';

const password = 'kizuki-demo-2025';
/** Two care managers and the office admin of the demo office; cm.sato opens two tabs (one session). */
const logins = ['cm.sato', 'cm.sato', 'cm.tanaka', 'office.admin', 'cm.tanaka', 'office.admin', 'cm.sato', 'cm.tanaka'];

interface DocumentAnswer {
  document: { id: string; revision: number; body: Record<string, unknown> };
}

function sqliteBackend(): Promise<TrialBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-trial-'));
  return Promise.resolve({ name: 'sqlite', env: { KIZUKI_DATA_DIR: dataDir }, cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })) });
}

async function runOn(backend: TrialBackend, rounds: number): Promise<TrialReport> {
  const failures: string[] = [];
  const seed = await runKizuki(['demo'], backend.env);
  if (seed.code !== 0) throw new Error(`demo seeding failed: ${seed.stderr}`);
  const server = await startServer(backend.env);
  let acknowledged = 0;
  let conflicts = 0;
  let other = 0;
  try {
    const sessions = new Map<string, Session>();
    const clientsOf: Session[] = [];
    for (const [i, login] of logins.entries()) {
      // The first two entries share one session: two tabs of the same user.
      const key = i === 1 ? 'cm.sato' : `${login}#${i}`;
      let session = sessions.get(key);
      if (!session) {
        session = new Session(server.url);
        await session.login(login, password);
        sessions.set(key, session);
      }
      clientsOf.push(session);
    }
    const first = clientsOf[0]!;
    const { clients } = (await first.request<{ clients: { id: string }[] }>('GET', '/api/clients')).json;
    const clientId = clients[0]!.id;
    const created = await first.request<DocumentAnswer>('POST', `/api/clients/${clientId}/documents`, { kind: 'support_log_entry', body: { id: 'trial-concurrent', date: '2025-07-01', kind: 'phone', content: 'start' } });
    if (created.status !== 201) throw new Error(`could not create the document: ${created.status}`);
    const documentId = created.json.document.id;
    const path = `/api/clients/${clientId}/documents/${documentId}`;
    let revision = 1;
    const expected: { revision: number; content: string }[] = [{ revision: 1, content: 'start' }];
    for (let round = 0; round < rounds; round++) {
      const answers = await Promise.all(
        clientsOf.map((session, i) => session.request<DocumentAnswer>('PUT', path, { baseRevision: revision, body: { id: documentId, date: '2025-07-01', kind: 'phone', content: `r${round}-c${i}` } })),
      );
      const ok = answers.filter((a) => a.status === 200);
      conflicts += answers.filter((a) => a.status === 409).length;
      other += answers.filter((a) => a.status !== 200 && a.status !== 409).length;
      acknowledged += ok.length;
      if (ok.length !== 1) failures.push(`${backend.name} round ${round}: ${ok.length} saves acknowledged from one revision`);
      for (const a of ok) expected.push({ revision: a.json.document.revision, content: String(a.json.document.body.content) });
      revision = Math.max(revision, ...ok.map((a) => a.json.document.revision));
    }
    // Every acknowledged save is in the history with what it saved.
    let lost = 0;
    for (const save of expected) {
      const read = await first.request<DocumentAnswer>('GET', `${path}/revisions/${save.revision}`);
      if (read.status !== 200 || read.json.document.body.content !== save.content) lost += 1;
    }
    const historyAnswer = await first.request<{ revisions?: unknown[] }>('GET', `${path}/revisions`);
    if (historyAnswer.status !== 200) throw new Error(`history answers ${historyAnswer.status}: ${JSON.stringify(historyAnswer.json)}`);
    const history = historyAnswer.json.revisions ?? [];
    if (lost > 0) failures.push(`${backend.name}: ${lost} acknowledged saves lost or changed`);
    if (history.length !== expected.length) failures.push(`${backend.name}: history has ${history.length} revisions, ${expected.length} were acknowledged`);
    if (other > 0) failures.push(`${backend.name}: ${other} answers neither 200 nor 409`);
    return {
      name: backend.name,
      lines: [`${backend.name}: ${rounds} rounds × ${clientsOf.length} clients (two tabs of cm.sato): ${acknowledged} saves acknowledged, ${conflicts} answered 409, ${other} other answers, ${lost} lost updates`],
      failures,
    };
  } finally {
    await stopServer(server);
  }
}

export async function run(options: TrialOptions): Promise<TrialReport> {
  const rounds = options.short ? 20 : 200;
  const lines: string[] = [];
  const failures: string[] = [];
  const backends: (() => Promise<TrialBackend>)[] = [sqliteBackend];
  if (options.databaseUrl) backends.push(() => postgresBackend(options.databaseUrl!));
  for (const open of backends) {
    const backend = await open();
    try {
      const report = await runOn(backend, rounds);
      lines.push(...report.lines);
      failures.push(...report.failures);
    } finally {
      await backend.cleanup();
    }
  }
  return { name: 'concurrent edits', lines, failures };
}
