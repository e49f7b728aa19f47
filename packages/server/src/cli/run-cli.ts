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

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** reads a secret (password) when it is not in the environment */
  readSecret?: (prompt: string) => Promise<string>;
}

export const usage = `使い方: kizuki <コマンド> [オプション]

  serve                     サーバーを起動します（PORT, HOST, DATABASE_URL, KIZUKI_DATA_DIR）
  migrate                   データベースを最新の構造にします
  org add --kind KIND --name 名称 [--insurer-number 6桁] [--office-number 10桁]
                            組織を追加します（KIND: insurer | care_management_office | community_center）
  org list                  組織の一覧
  user add --org ORG_ID --login LOGIN --name 氏名 --role ROLE
                            アカウントを追加します（パスワードは KIZUKI_PASSWORD か標準入力から）
  demo                      デモデータを登録します（空のデータベースに）
  export CLIENT_ID [--org ORG_ID] [--out FILE]
                            利用者のケースファイルをJSONで書き出します（kizuki audit の入力）
  csv import PATH           ケアプランデータ連携CSV（フォルダかZIP）を取り込み、結果をJSONで表示します
  csv export --out DIR [--month YYYY-MM] [--client 保険者番号:被保険者番号] [--to 事業所番号:サービス種類]
                            ケアプランデータ連携CSV（標準仕様 v4.1）を書き出します（--month でその月の利用票）
  fhir CLIENT_ID [--org ORG_ID] [--out FILE] [--transaction]
                            利用者のケースファイルを FHIR R4 Bundle（JSON）で書き出します
  policies                  ポリシーパックの一覧
  rules [--policy ID|PATH]  点検ルールの一覧（パックを指定するとその重み付け）
  audit INPUT --policy ID|PATH [--as-of YYYY-MM-DD] [--format json|text]
                            ケースファイル（kizuki export のJSON）を点検し、気づきを出力します
  backup FILE               すべてのデータを一貫したスナップショットとして FILE に書き出します
  restore FILE              空のデータベースに FILE を読み込みます
`;

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

/** Runs one CLI command; resolves to the exit code (undefined = keep running, for servers). */
export async function runCli(argv: string[], io: CliIo): Promise<number | undefined> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand(rest, io);
    case 'start-demo':
      return startDemoCommand(rest, io);
    case 'migrate':
      await withStore(io, async (store) => store.migrate());
      io.out('データベースは最新の構造です。\n');
      return 0;
    case 'org':
      return orgCommand(rest, io);
    case 'user':
      return userCommand(rest, io);
    case 'demo':
      return demoCommand(rest, io);
    case 'export':
      return exportCommand(rest, io);
    case 'fhir':
      return fhirCommand(rest, io);
    case 'csv':
      return csvCommand(rest, io);
    case 'policies':
      return policiesCommand(rest, io);
    case 'rules':
      return rulesCommand(rest, io);
    case 'audit':
      return auditCommand(rest, io);
    case 'backup':
      return backupCommand(rest, io);
    case 'restore':
      return restoreCommand(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(usage);
      return command === undefined ? 1 : 0;
    default:
      throw new KizukiError('bad_request', `「${command}」というコマンドはありません。\n${usage}`);
  }
}
