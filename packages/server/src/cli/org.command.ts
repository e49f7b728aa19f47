import { organizationSchema } from '@kizuki/core';
import { randomUUID } from 'node:crypto';
import { parseInput } from '../services/validate.js';
import { optional, parseOptions, required } from './args.js';
import { withStore, type CliIo } from './cli-io.js';
import { usageOf } from './help.js';

/** `kizuki org add|list` */
export async function orgCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const orgs = await withStore(io, (store) => store.listOrganizations());
    io.out(`${JSON.stringify(orgs, null, 2)}\n`);
    return 0;
  }
  if (sub !== 'add') {
    io.err(`${usageOf('org')}\n`);
    return 1;
  }
  const { values } = parseOptions(rest, {
    kind: { type: 'string' },
    name: { type: 'string' },
    'insurer-number': { type: 'string' },
    'office-number': { type: 'string' },
    id: { type: 'string' },
  });
  const org = parseInput(organizationSchema, {
    id: optional(values.id) ?? randomUUID(),
    kind: required(values.kind, 'kind'),
    name: required(values.name, 'name'),
    insurerNumber: optional(values['insurer-number']),
    officeNumber: optional(values['office-number']),
  });
  const created = await withStore(io, (store) => store.createOrganization(org));
  io.out(`組織を追加しました: ${created.name}（ID: ${created.id}）\n`);
  return 0;
}
