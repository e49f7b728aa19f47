import { KizukiError } from '@kizuki/core';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseOptions } from './args.js';
import { checkPassphrase, decryptBackup, encryptBackup, isEncryptedBackup } from './backup-crypto.js';
import { parseSnapshot } from './snapshot-file.js';
import { withStore, type CliIo } from './cli-io.js';
import { usageOf } from './help.js';

function fileArg(args: string[], command: 'backup' | 'restore'): { file: string; encrypt: boolean } {
  const { values, positionals } = parseOptions(args, command === 'backup' ? { encrypt: { type: 'boolean' } } : {}, true);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new KizukiError('bad_request', usageOf(command));
  return { file, encrypt: values.encrypt === true };
}

/** The passphrase of an encrypted backup: KIZUKI_BACKUP_PASSPHRASE, else asked for. */
async function passphraseOf(io: CliIo): Promise<string> {
  const given = io.env.KIZUKI_BACKUP_PASSPHRASE ?? (io.readSecret ? await io.readSecret('パスフレーズ: ') : undefined);
  if (given === undefined || given === '') throw new KizukiError('bad_request', 'パスフレーズを環境変数 KIZUKI_BACKUP_PASSPHRASE か入力で指定してください。');
  return given;
}

/** `kizuki backup FILE [--encrypt]`: a consistent snapshot, written to a temporary file and renamed into place. */
export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const { file, encrypt } = fileArg(args, 'backup');
  const passphrase = encrypt ? checkPassphrase(await passphraseOf(io)) : undefined;
  const snapshot = await withStore(io, (store) => store.exportSnapshot());
  const temp = `${file}.partial`;
  const text = JSON.stringify(snapshot);
  await writeFile(temp, passphrase === undefined ? text : JSON.stringify(encryptBackup(text, passphrase)), { flag: 'w', mode: 0o600 });
  await rename(temp, file);
  const rows = Object.values(snapshot.tables).reduce((n, rowsOfTable) => n + rowsOfTable.length, 0);
  io.out(`バックアップを書き出しました: ${file}（${rows}行${passphrase === undefined ? '' : '、暗号化済み'}）\n`);
  return 0;
}

/** `kizuki restore FILE`: into an empty database of either backend, all or nothing. */
export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const { file } = fileArg(args, 'restore');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new KizukiError('not_found', `バックアップファイル「${file}」を読めません。`);
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    envelope = undefined;
  }
  const snapshot = parseSnapshot(isEncryptedBackup(envelope) ? decryptBackup(envelope, await passphraseOf(io), file) : text, file);
  await withStore(io, (store) => store.importSnapshot(snapshot));
  io.out(`バックアップを読み込みました: ${file}\n`);
  return 0;
}
