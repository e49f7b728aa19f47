import { KizukiError } from '@kizuki/core';
import type { CliIo } from './cli-io.js';
import { commands } from './commands.js';
import { commandHelpText, isCommandName, usageText } from './help.js';

export type { CliIo } from './cli-io.js';

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
