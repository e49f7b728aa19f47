import { roleLabels, twoFactorAlwaysRequiredRoles } from '@kizuki/core';
import { otpauthUri } from '../auth/totp.js';
import { demoAccounts, demoPassword, demoTotpSecret } from '../demo/demo-organizations.js';
import { seedDemo, type DemoSummary } from '../demo/seed-demo.js';
import { withStore, type CliIo } from './cli-io.js';
import { serveCommand } from './serve.command.js';

function describeSeed(summary: DemoSummary): string {
  return summary.seeded
    ? `デモデータを登録しました（組織${summary.organizations}、アカウント${summary.accounts}、利用者${summary.clients}）。\n`
    : 'デモデータは登録済みです。\n';
}

function demoLogins(): string {
  const needsCode = (role: (typeof demoAccounts)[number]['role']) => twoFactorAlwaysRequiredRoles.includes(role);
  const lines = demoAccounts.map((a) => `  ${a.login.padEnd(16)} ${roleLabels[a.role]}（${a.displayName}）${needsCode(a.role) ? ' ※二要素認証' : ''}`);
  const twoFactor = [
    '※二要素認証のアカウントは、パスワードのあと認証アプリの6桁の確認コードを入力します。',
    `  認証アプリに登録する秘密鍵: ${demoTotpSecret}`,
    ...demoAccounts.filter((a) => needsCode(a.role)).map((a) => `  ${a.login}: ${otpauthUri(demoTotpSecret, a.login)}`),
  ];
  return `デモ用ログイン（パスワードはすべて ${demoPassword}）:\n${lines.join('\n')}\n${twoFactor.join('\n')}\n`;
}

/** `kizuki demo`: seeds the demo into the configured database. */
export async function demoCommand(_args: string[], io: CliIo): Promise<number> {
  const summary = await withStore(io, (store) => seedDemo(store));
  io.out(describeSeed(summary));
  io.out(demoLogins());
  return 0;
}

/** What `npm start` runs: the demo in its own data directory (./data/demo unless configured), then the server. */
export async function startDemoCommand(args: string[], io: CliIo): Promise<undefined> {
  return serveCommand(args, io, { dataDir: './data/demo' }, async (store) => {
    io.out(describeSeed(await seedDemo(store)));
    io.out(demoLogins());
  });
}
