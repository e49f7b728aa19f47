import { KizukiError } from '@kizuki/core';
import { z } from 'zod';
import type { Snapshot } from '../store/store.js';

const snapshotSchema = z.object({
  format: z.literal('kizuki-backup', { message: 'Kizukiのバックアップファイルではありません' }),
  version: z.literal(1, { message: 'このバージョンのKizukiでは読めない形式です' }),
  createdAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/** Reads a backup file's text, with a Japanese error naming the file when it is not a Kizuki snapshot. */
export function parseSnapshot(text: string, file: string): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KizukiError('validation_failed', `バックアップファイル「${file}」はJSONとして読めません（途中で切れている可能性があります）。`);
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KizukiError('validation_failed', `バックアップファイル「${file}」を読めません: ${issue?.message ?? '形式が違います'}`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data;
}
