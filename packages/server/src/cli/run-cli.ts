import { verifyLogCommand } from './verify-log.command.js';
import { KizukiError } from '@kizuki/core';
import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { auditCommand } from './audit.command.js';
import { backupCommand, restoreCommand } from './backup.command.js';
import { csvCommand } from './csv.command.js';
import { demoCommand, startDemoCommand } from './demo.command.js';
import { exportCommand } from './export.command.js';
import { fhirCommand } from './fhir.command.js';
import { orgCommand } from './org.command.js';
import { policiesCommand } from './policies.command.js';
import { rulesCommand } from './rules.command.js';
import { serveCommand } from './serve.command.js';
import { userCommand } from './user.command.js';
import { commandHelpText, isCommandName, usageText, type CommandName } from './help.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** reads a secret (password) when it is not in the environment */
  readSecret?: (prompt: string) => Promise<string>;
  /** True when stderr is a terminal: progress is then a bar redrawn in place, else plain lines. */
  errIsTty?: boolean;
}

/** Opens the configured store, runs `fn`, and always closes the store. */
export async function withStore<T>(io: CliIo, fn: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

type CommandRun = (args: string[], io: CliIo) => Promise<number | undefined> | number | undefined;

/** Every command, by the same names as its help (help.ts): a command cannot exist without help. */
const commands: Record<CommandName, CommandRun> = {
  serve: serveCommand,
  'start-demo': startDemoCommand,
  migrate: async (_args, io) => {
    await withStore(io, async (store) => store.migrate());
    io.out('データベースは最新の構造です。\n');
    return 0;
  },
  org: orgCommand,
  user: userCommand,
  demo: demoCommand,
  export: exportCommand,
  fhir: fhirCommand,
  csv: csvCommand,
  policies: policiesCommand,
  rules: rulesCommand,
  audit: auditCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'verify-log': verifyLogCommand,
  help: (args, io) => {
    const [name] = args;
    if (name === undefined) {
      io.out(usageText());
      return 0;
    }
    if (!isCommandName(name)) throw new KizukiError('bad_request', `「${name}」というコマンドはありません。\n${usageText()}`);
    io.out(commandHelpText(name));
    return 0;
  },
};

/** The names the dispatcher runs, for the test that each has its help. */
export const dispatchedCommands = (): string[] => Object.keys(commands);

const helpFlags = new Set(['--help', '-h']);

/**
 * Runs one CLI command; resolves to the exit code (undefined = keep running, for servers).
 * `--help` or `-h` anywhere after a command prints that command's help instead of running it.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.out(usageText());
    return 1;
  }
  if (helpFlags.has(command)) return commands.help([], io);
  if (!isCommandName(command)) throw new KizukiError('bad_request', `「${command}」というコマンドはありません。\n${usageText()}`);
  if (rest.some((arg) => helpFlags.has(arg))) {
    io.out(commandHelpText(command));
    return 0;
  }
  return commands[command](rest, io);
}
