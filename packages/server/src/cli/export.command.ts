import { KizukiError } from '@kizuki/core';
import { rename, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { exportCaseFile, findClientTenant } from '../services/case-file-export.service.js';
import { optional, parseOptions } from './args.js';
import { withStore, type CliIo } from './cli-io.js';
import { usageOf } from './help.js';

/** `kizuki export CLIENT_ID [--org ORG_ID] [--out FILE]`: the case-file JSON that `kizuki audit` reads. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { org: { type: 'string' }, out: { type: 'string' } }, true);
  const [clientId, ...extra] = positionals;
  if (!clientId || extra.length > 0) throw new KizukiError('bad_request', usageOf('export'));
  const caseFile = await withStore(io, async (store) => {
    const tenantId = optional(values.org) ?? (await findClientTenant(store, clientId));
    return exportCaseFile(store, tenantId, clientId, `cli:${userInfo().username}`, new Date().toISOString());
  });
  const json = `${JSON.stringify(caseFile, null, 2)}\n`;
  const out = optional(values.out);
  if (!out) {
    io.out(json);
    return 0;
  }
  await writeFile(`${out}.partial`, json);
  await rename(`${out}.partial`, out);
  io.err(`ケースファイルを書き出しました: ${out}\n`);
  return 0;
}
