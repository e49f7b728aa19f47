import { getPolicyPacks, orderedPolicyPacks } from '../policy/load-packs.js';
import type { CliIo } from './cli-io.js';

/** `kizuki policies`: the packs that `--policy` takes, with version and source. */
export function policiesCommand(_args: string[], io: CliIo): number {
  for (const pack of orderedPolicyPacks(getPolicyPacks())) {
    const parent = pack.chain[1] ? `（${pack.chain[1].id} を継承）` : '';
    io.out(`${pack.id.padEnd(16)} v${pack.version}  ${pack.title}${parent}\n`);
  }
  return 0;
}
