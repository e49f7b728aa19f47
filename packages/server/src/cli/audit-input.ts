import { readFile } from 'node:fs/promises';
import { KizukiError } from '@kizuki/core';

/**
 * The case files in a case-file JSON file (what `kizuki export` writes): one case file, an
 * array of them, or `{ "caseFiles": [...] }`. Validation is left to the audit service so the
 * errors name each case file's path.
 */
export async function readCaseFileJson(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ファイルがありません' : String(error);
    throw new KizukiError('not_found', `入力ファイル「${path}」を読めません（${reason}）。`, { path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KizukiError('validation_failed', `入力ファイル「${path}」はJSONとして読めません: ${error instanceof Error ? error.message : String(error)}`, { path });
  }
  if (Array.isArray(data)) return data as unknown[];
  if (data !== null && typeof data === 'object' && 'caseFiles' in data && Array.isArray(data.caseFiles)) return data.caseFiles as unknown[];
  if (data !== null && typeof data === 'object' && 'client' in data) return [data];
  throw new KizukiError('validation_failed', `入力ファイル「${path}」にケースファイルがありません（kizuki export の出力、その配列、または {"caseFiles": [...]} を指定してください）。`, { path });
}
