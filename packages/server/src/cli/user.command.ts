import { createInterface } from 'node:readline/promises';
import { createAccount } from '../services/account.service.js';
import { resetTwoFactor } from '../services/two-factor.service.js';
import { parseOptions, required } from './args.js';
import { withStore, type CliIo } from './cli-io.js';
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

/**
 * `kizuki user add`: the password comes from KIZUKI_PASSWORD or standard input, never from the command line.
 * `kizuki user reset-two-factor --login LOGIN`: removes a user's 二要素認証 (lost phone and recovery codes).
 */
export async function userCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'reset-two-factor') {
    const { values } = parseOptions(rest, { login: { type: 'string' } });
    const login = required(values.login, 'login');
    await withStore(io, (store) => resetTwoFactor({ store, now: () => new Date() }, login));
    io.out(`${login} の二要素認証を解除しました。必須の利用者は次のログインで設定し直します。\n`);
    return 0;
  }
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
