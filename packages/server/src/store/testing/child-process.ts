import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('./store-child.fixture.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

export interface ChildRun {
  child: ChildProcess;
  /** resolves with the exit code or signal */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts the store fixture in a real second Node process (tsx for TypeScript). */
export function runStoreChild(mode: 'hold' | 'write-and-die', dataDir: string): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, mode, dataDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

/** Resolves when the child printed `ready`; rejects if it exits first. */
export function whenReady(run: ChildRun): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    run.child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n')) resolve();
    });
    void run.exited.then((r) => reject(new Error(`child exited before ready: ${r.code ?? r.signal} ${r.stderr}`)));
  });
}
