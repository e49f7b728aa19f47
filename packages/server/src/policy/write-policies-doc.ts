import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderPoliciesMarkdown } from '@kizuki/core';
import { defaultPoliciesDir, loadPolicyPacks, orderedPolicyPacks } from './load-packs.js';

/** docs/policies.md at the repository root. */
export const policiesDocPath = fileURLToPath(new URL('../../../../docs/policies.md', import.meta.url));

/** The text docs/policies.md should have for the packs in `dir`. */
export function renderPoliciesDoc(dir: string = defaultPoliciesDir): string {
  return renderPoliciesMarkdown(orderedPolicyPacks(loadPolicyPacks(dir)));
}

// Run as a script: node --import tsx packages/server/src/policy/write-policies-doc.ts
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  writeFileSync(policiesDocPath, renderPoliciesDoc(), 'utf8');
  console.log(`${policiesDocPath} を更新しました`);
}
