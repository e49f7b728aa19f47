import { KizukiError, toFhirBundle } from '@kizuki/core';
import { rename, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { exportCaseFile, findClientTenant } from '../services/case-file-export.service.js';
import { optional, parseOptions } from './args.js';
import { withStore, type CliIo } from './cli-io.js';
import { usageOf } from './help.js';


/**
 * `kizuki fhir CLIENT_ID [--org ORG_ID] [--out FILE] [--transaction]`: the case file as a FHIR R4
 * Bundle (collection, or transaction for loading into a FHIR server). No Bundle.timestamp is
 * written, so exporting unchanged data twice gives the same file; the read is logged.
 */
export async function fhirCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { org: { type: 'string' }, out: { type: 'string' }, transaction: { type: 'boolean' } }, true);
  const [clientId, ...extra] = positionals;
  if (!clientId || extra.length > 0) throw new KizukiError('bad_request', usageOf('fhir'));
  const bundle = await withStore(io, async (store) => {
    const tenantId = optional(values.org) ?? (await findClientTenant(store, clientId));
    const caseFile = await exportCaseFile(store, tenantId, clientId, `cli:${userInfo().username}`, new Date().toISOString());
    const organization = (await store.listOrganizations()).find((org) => org.id === tenantId);
    const users = await store.listUsers(tenantId);
    return toFhirBundle(caseFile, {
      organization,
      userNames: Object.fromEntries(users.map((u) => [u.id, u.displayName])),
      bundleType: values.transaction === true ? 'transaction' : 'collection',
    });
  });
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  const out = optional(values.out);
  if (!out) {
    io.out(json);
    return 0;
  }
  await writeFile(`${out}.partial`, json);
  await rename(`${out}.partial`, out);
  io.err(`FHIR Bundle（${bundle.entry.length}件のリソース）を書き出しました: ${out}\n`);
  return 0;
}
