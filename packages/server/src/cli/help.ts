/**
 * Help of every `kizuki` command, as data: the top-level usage and each `kizuki COMMAND --help`
 * are printed from here, and commands.ts dispatches through the same names, so a command cannot
 * exist without its help.
 */
export interface CommandHelp {
  /** 使い方 lines (without the leading `kizuki `). */
  usage: string[];
  /** One line for the top-level list. */
  summary: string;
  options?: [flag: string, meaning: string][];
  examples: string[];
  /** 終了コード: code → meaning. */
  exitCodes: [code: number, meaning: string][];
  notes?: string[];
}

const commonExit: [number, string][] = [
  [0, '成功'],
  [1, '入力やオプションの誤り、またはデータベースなどのエラー（理由を標準エラーに日本語で表示）'],
];
const dbNote = 'データベースは DATABASE_URL（PostgreSQL）か KIZUKI_DATA_DIR（SQLite、既定 ./data）で指定します。';

export const commandHelp = {
  serve: {
    usage: ['serve'],
    summary: 'サーバーを起動します（PORT, HOST, DATABASE_URL, KIZUKI_DATA_DIR）',
    examples: ['PORT=8080 kizuki serve', 'DATABASE_URL=postgres://kizuki@127.0.0.1:5432/kizuki kizuki serve'],
    exitCodes: [[0, 'SIGINT・SIGTERM で正常に停止'], [1, '起動できなかった（データディレクトリが使用中、データベースに接続できない など）']],
    notes: [dbNote, '起動時にマイグレーションを適用します。'],
  },
  'start-demo': {
    usage: ['start-demo'],
    summary: 'デモデータ入りでサーバーを起動します（npm start が使います。./data/demo）',
    examples: ['kizuki start-demo'],
    exitCodes: [[0, '正常に停止'], [1, '起動できなかった']],
  },
  migrate: {
    usage: ['migrate'],
    summary: 'データベースを最新の構造にします',
    examples: ['KIZUKI_DATA_DIR=/var/lib/kizuki kizuki migrate'],
    exitCodes: commonExit,
    notes: [dbNote],
  },
  org: {
    usage: ['org add --kind KIND --name 名称 [--insurer-number 6桁] [--office-number 10桁] [--id ID]', 'org list'],
    summary: '組織（保険者・居宅介護支援事業所・地域包括支援センター）の追加と一覧',
    options: [
      ['--kind KIND', 'insurer（保険者）| care_management_office（居宅介護支援事業所）| community_center（地域包括支援センター）'],
      ['--name 名称', '組織の名称'],
      ['--insurer-number 6桁', '保険者番号（保険者に必要）'],
      ['--office-number 10桁', '事業所番号（事業所・地域包括支援センターに必要）'],
      ['--id ID', '組織のID（省略すると自動で付けます）'],
    ],
    examples: ['kizuki org add --kind care_management_office --name 架空居宅介護支援事業所 --office-number 0899000001', 'kizuki org list'],
    exitCodes: commonExit,
  },
  user: {
    usage: ['user add --org ORG_ID --login LOGIN --name 氏名 --role ROLE', 'user reset-two-factor --login LOGIN'],
    summary: 'アカウントを追加します（パスワードは KIZUKI_PASSWORD か標準入力から）。スマートフォンと回復コードをなくした利用者の二要素認証を解除します',
    options: [
      ['--org ORG_ID', '所属する組織のID（kizuki org list で確認）'],
      ['--login LOGIN', 'ログイン名'],
      ['--name 氏名', '表示する氏名'],
      ['--role ROLE', '役割: care_manager（介護支援専門員）| office_admin（事業所管理者）| center_staff（地域包括支援センター職員）| insurer_staff（保険者職員）| admin（システム管理者）'],
    ],
    examples: ['KIZUKI_PASSWORD=… kizuki user add --org ORG_ID --login cm.tanaka --name "架空 太郎" --role care_manager', 'kizuki user reset-two-factor --login insurer.hitachi'],
    exitCodes: commonExit,
  },
  demo: {
    usage: ['demo'],
    summary: 'デモデータを登録します（空のデータベースに）',
    examples: ['KIZUKI_DATA_DIR=./data/try kizuki demo'],
    exitCodes: commonExit,
  },
  export: {
    usage: ['export CLIENT_ID [--org ORG_ID] [--out FILE]'],
    summary: '利用者のケースファイルをJSONで書き出します（kizuki audit の入力。閲覧記録に残ります）',
    options: [
      ['--org ORG_ID', '利用者のいる組織（組織が1つだけなら省略可）'],
      ['--out FILE', '書き出し先（省略すると標準出力）'],
    ],
    examples: ['kizuki export demo-client-05 --out client-05.json'],
    exitCodes: commonExit,
  },
  csv: {
    usage: [
      'csv import PATH [--org ORG_ID | --create-office] [--quiet]',
      'csv export --out DIR [--month YYYY-MM] [--client 保険者番号:被保険者番号] [--to 事業所番号:サービス種類] [--org ORG_ID]',
    ],
    summary: 'ケアプランデータ連携CSV（標準仕様 v4.1、フォルダかZIP）の取り込みと書き出し',
    options: [
      ['--org ORG_ID', '取り込み先・書き出し元の組織（事業所が1つだけなら省略可）'],
      ['--create-office', '取り込み: 送信元の事業所（ファイルの事業所番号と名称）がまだなければ組織として作成し、そこへ取り込む'],
      ['--quiet', '取り込み: 標準エラーに進み具合を表示しない'],
      ['--out DIR', '書き出し: 書き出すフォルダ'],
      ['--month YYYY-MM', '書き出し: その月のサービス利用票（第6表・第7表・利用者補足）を書き出す'],
      ['--client 保険者番号:被保険者番号', '書き出し: 1人だけ書き出す'],
      ['--to 事業所番号:サービス種類', '書き出し: 1つの送信先だけ（省略すると計画にある事業所ごと）'],
    ],
    examples: ['kizuki csv import ./受信/ケアプラン.zip --create-office', 'kizuki csv export --out ./送信 --month 2025-08'],
    exitCodes: [
      [0, 'すべての送信単位を取り込んだ・書き出した'],
      [1, '取り込めなかった送信単位がある（結果のJSONに理由）、または入力やオプションの誤り'],
    ],
    notes: [
      '取り込みは送信単位ごとに全部か無しで、同じファイルをもう一度取り込んでも何も変わりません。結果は標準出力にJSONで出し（取り込み先の組織 organization、送信元の事業所 senders を含む）、進み具合は標準エラーに出します。',
      '--create-office で作る組織は、居宅介護支援（43）の送信元なら居宅介護支援事業所、介護予防支援（46）なら地域包括支援センターです。最初に保存する送信単位と一緒に作るので、取り込めた送信単位がなければ作りません。',
      dbNote,
    ],
  },
  fhir: {
    usage: ['fhir CLIENT_ID [--org ORG_ID] [--out FILE] [--transaction]'],
    summary: '利用者のケースファイルを FHIR R4 Bundle（JSON）で書き出します',
    options: [
      ['--org ORG_ID', '利用者のいる組織'],
      ['--out FILE', '書き出し先（省略すると標準出力）'],
      ['--transaction', 'transaction Bundle として書き出す（既定は collection）'],
    ],
    examples: ['kizuki fhir demo-client-01 --out client-01.fhir.json'],
    exitCodes: commonExit,
  },
  policies: {
    usage: ['policies'],
    summary: 'ポリシーパック（--policy に指定できるID）の一覧',
    examples: ['kizuki policies'],
    exitCodes: commonExit,
  },
  rules: {
    usage: ['rules [--policy ID|PATH]'],
    summary: '点検ルールの一覧（パックを指定するとそのパックでの重み付け）',
    options: [['--policy ID|PATH', 'パックID（kizuki policies）かパックのYAMLファイル']],
    examples: ['kizuki rules --policy hitachi'],
    exitCodes: commonExit,
  },
  audit: {
    usage: ['audit INPUT --policy ID|PATH [--as-of YYYY-MM-DD] [--format json|text] [--quiet]'],
    summary: 'ケースファイル（JSON）かケアプランデータ連携CSV（フォルダかZIP、どのソフトの出力でも）を点検し、気づきを出力します',
    options: [
      ['INPUT', 'kizuki export のJSON（1件・配列・{"caseFiles": [...]}）、またはCSVのフォルダかZIP'],
      ['--policy ID|PATH', 'パックID（national, hitachi …）かパックのYAMLファイル'],
      ['--as-of YYYY-MM-DD', '基準日（既定: 今日）。和暦（令和7年8月1日）も使えます'],
      ['--format json|text', '出力の形式（既定 json）'],
      ['--quiet', '標準エラーに進み具合を表示しない'],
    ],
    examples: ['kizuki audit ./受信/ケアプラン.zip --policy hitachi --format text', 'kizuki audit client-05.json --policy national --as-of 2025-08-01'],
    exitCodes: [
      [0, '点検できた（気づきがあってもなくても）'],
      [1, '入力の誤り（読めないファイル、点検できる計画がない、不明なパック など）'],
    ],
    notes: ['データベースは使いません。CSVにない情報（アセスメント、モニタリングなど）が必要なルールは notEvaluated に理由とともに入ります。'],
  },
  backup: {
    usage: ['backup FILE [--encrypt]'],
    summary: 'すべてのデータを一貫したスナップショットとして FILE に書き出します（--encrypt で暗号化）',
    options: [['--encrypt', 'パスフレーズ（環境変数 KIZUKI_BACKUP_PASSPHRASE か入力、12文字以上）から作った鍵で AES-256-GCM により暗号化します']],
    examples: ['kizuki backup kizuki-2025-08-01.json', 'KIZUKI_BACKUP_PASSPHRASE=… kizuki backup kizuki-2025-08-01.enc.json --encrypt'],
    exitCodes: commonExit,
    notes: [dbNote, 'ファイルは所有者だけが読める権限（600）で書き出します。'],
  },
  'verify-log': {
    usage: ['verify-log [--org ID]'],
    summary: '閲覧記録のハッシュの連なりを検証し、書き換え・削除・並べ替えを見つけます',
    options: [['--org ID', 'この組織の閲覧記録だけを検証します（省略するとすべての組織）']],
    examples: ['kizuki verify-log', 'kizuki verify-log --org demo-office'],
    exitCodes: [
      [0, 'すべての組織の閲覧記録が正しく連なっている'],
      [1, '入力やオプションの誤り、またはデータベースなどのエラー'],
      [2, 'ある組織の閲覧記録が途切れている（最初の不一致を表示）'],
    ],
    notes: [
      dbNote,
      '記録はそれぞれ直前の記録のハッシュを含むため、1件の書き換えや削除でもそれ以降が一致しなくなります。',
      '保存期間を過ぎて削除された記録のあとは、削除の起点（最後に削除した記録の番号とハッシュ）から検証します。',
    ],
  },
  'access-log': {
    usage: ['access-log purge [--org ID]'],
    summary: '保存期間を過ぎた閲覧記録を削除します（削除も記録され、残りは検証できます）',
    options: [['--org ID', 'この組織の閲覧記録だけを対象にします（省略するとすべての組織）']],
    examples: ['kizuki access-log purge', 'kizuki access-log purge --org demo-office'],
    exitCodes: commonExit,
    notes: [
      dbNote,
      '保存期間は組織ごとに閲覧記録の画面のセキュリティ設定で決めます（既定 60か月、5年より短くはできません）。サーバーの起動時にも同じ削除を行います。',
    ],
  },
  restore: {
    usage: ['restore FILE'],
    summary: '空のデータベースに FILE を読み込みます',
    examples: ['DATABASE_URL=postgres://… kizuki restore kizuki-2025-08-01.json'],
    exitCodes: commonExit,
    notes: ['データの入ったデータベースには読み込みません（何も変えずに終了コード 1）。', '暗号化されたバックアップは、パスフレーズ（環境変数 KIZUKI_BACKUP_PASSPHRASE か入力）で復号して読み込みます。パスフレーズが違えば何も変えずに終了コード 1。'],
  },
  help: {
    usage: ['help [COMMAND]', '--help', 'COMMAND --help'],
    summary: '使い方を表示します',
    examples: ['kizuki help audit', 'kizuki csv --help'],
    exitCodes: [[0, '表示した'], [1, '不明なコマンド']],
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof commandHelp;

/** True when `name` is a command of the CLI. */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandHelp, name);
}

/** The top-level usage: every command with its one-line summary. */
export function usageText(): string {
  const lines = ['使い方: kizuki <コマンド> [オプション]   （各コマンドの詳細: kizuki <コマンド> --help）', ''];
  for (const [name, help] of Object.entries(commandHelp) as [CommandName, CommandHelp][]) {
    if (name === 'start-demo') continue;
    lines.push(`  ${help.usage[0]}`, `      ${help.summary}`);
  }
  lines.push('', '終了コード: 0 成功、1 入力の誤りやエラー（コマンドごとの意味は --help に）');
  return `${lines.join('\n')}\n`;
}

/** `kizuki COMMAND --help`: usage, options, examples and exit codes. */
export function commandHelpText(name: CommandName): string {
  const help: CommandHelp = commandHelp[name];
  const lines = [help.summary, '', '使い方:', ...help.usage.map((u) => `  kizuki ${u}`)];
  if (help.options?.length) {
    lines.push('', 'オプション:');
    const width = Math.max(...help.options.map(([flag]) => flag.length));
    for (const [flag, meaning] of help.options) lines.push(`  ${flag.padEnd(width)}  ${meaning}`);
  }
  lines.push('', '例:', ...help.examples.map((e) => `  ${e}`));
  lines.push('', '終了コード:', ...help.exitCodes.map(([code, meaning]) => `  ${code}  ${meaning}`));
  if (help.notes?.length) lines.push('', ...help.notes);
  return `${lines.join('\n')}\n`;
}

/** The 使い方 lines of one command, for its error messages (the whole help is `kizuki NAME --help`). */
export function usageOf(name: CommandName): string {
  const help: CommandHelp = commandHelp[name];
  return `使い方: ${help.usage.map((u) => `kizuki ${u}`).join('\n        ')}\n（詳しくは kizuki ${name} --help）`;
}
