import { createInterface } from 'node:readline/promises';
import { createAccount } from '../services/account.service.js';
import { parseOptions, required } from './args.js';
import { withStore, type CliIo } from './run-cli.js';
import { roleSchema } from '@kizuki/core';
import { parseInput } from '../services/validate.js';
import { usageOf } from './help.js';

async function readLine(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    return await rl.question(prompt);
  } finally {
    rl.close();
  }
}

/** `kizuki user add`: the password comes from KIZUKI_PASSWORD or standard input, never from the command line. */
export async function userCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') {
    io.err(`${usageOf('user')}\n`);
    return 1;
  }
  const { values } = parseOptions(rest, {
    org: { type: 'string' },
    login: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
  });
  const role = parseInput(roleSchema, required(values.role, 'role'), 'role');
  const organizationId = required(values.org, 'org');
  const login = required(values.login, 'login');
  const displayName = required(values.name, 'name');
  const password = io.env.KIZUKI_PASSWORD ?? (await (io.readSecret ?? readLine)('パスワード: ')).trim();
  const user = await withStore(io, (store) =>
    createAccount({ store, now: () => new Date() }, { organizationId, login, displayName, role, password }),
  );
  io.out(`アカウントを追加しました: ${user.login}（${user.displayName}）\n`);
  return 0;
}
