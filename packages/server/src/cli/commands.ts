import { KizukiError } from '@kizuki/core';
import { accessLogCommand } from './access-log.command.js';
import { auditCommand } from './audit.command.js';
import { backupCommand, restoreCommand } from './backup.command.js';
import { withStore, type CommandRun } from './cli-io.js';
import { csvCommand } from './csv.command.js';
import { demoCommand, startDemoCommand } from './demo.command.js';
import { exportCommand } from './export.command.js';
import { fhirCommand } from './fhir.command.js';
import { commandHelpText, isCommandName, usageText, type CommandName } from './help.js';
import { orgCommand } from './org.command.js';
import { policiesCommand } from './policies.command.js';
import { rulesCommand } from './rules.command.js';
import { serveCommand } from './serve.command.js';
import { userCommand } from './user.command.js';
import { verifyLogCommand } from './verify-log.command.js';

/**
 * Every command, by the same names as its help (help.ts): a command cannot exist without help.
 * Commands import their helpers from cli-io.ts, never from run-cli.ts, so nothing here loops back.
 */
export const commands: Record<CommandName, CommandRun> = {
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
  'access-log': accessLogCommand,
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
