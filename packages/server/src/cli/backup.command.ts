import { KizukiError } from '@kizuki/core';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseSnapshot } from './snapshot-file.js';
import { withStore, type CliIo } from './run-cli.js';
import { usageOf } from './help.js';

function fileArg(args: string[], command: 'backup' | 'restore'): string {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) throw new KizukiError('bad_request', usageOf(command));
  return file;
}

/** `kizuki backup FILE`: a consistent snapshot, written to a temporary file and renamed into place. */
export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const file = fileArg(args, 'backup');
  const snapshot = await withStore(io, (store) => store.exportSnapshot());
  const temp = `${file}.partial`;
  await writeFile(temp, JSON.stringify(snapshot), { flag: 'w' });
  await rename(temp, file);
  const rows = Object.values(snapshot.tables).reduce((n, rowsOfTable) => n + rowsOfTable.length, 0);
  io.out(`バックアップを書き出しました: ${file}（${rows}行）\n`);
  return 0;
}

/** `kizuki restore FILE`: into an empty database of either backend, all or nothing. */
export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const file = fileArg(args, 'restore');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new KizukiError('not_found', `バックアップファイル「${file}」を読めません。`);
  }
  const snapshot = parseSnapshot(text, file);
  await withStore(io, (store) => store.importSnapshot(snapshot));
  io.out(`バックアップを読み込みました: ${file}\n`);
  return 0;
}
