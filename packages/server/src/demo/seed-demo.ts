import { caseFileDocuments, caseFileSchema, tokyoDateOf, twoFactorAlwaysRequiredRoles, type CaseFile } from '@kizuki/core';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { demoCaseFiles } from './demo-case-files.js';
import { seedDemoInspection } from './seed-demo-inspection.js';
import { seedDemoPolicy } from './seed-demo-policy.js';
import { seedDemoRegion } from './seed-demo-region.js';
import { seedDemoRegionIssues } from './seed-demo-region-issue.js';
import { demoAccounts, demoCenter, demoInsurers, demoOffice, demoPassword, demoTotpSecret } from './demo-organizations.js';
import { seedDemoOffice } from './seed-demo-office.js';
import { seedDemoEffect } from './seed-demo-effect.js';
import { seedDemoMeeting } from './seed-demo-meeting.js';
import { seedDemoPrevention } from './seed-demo-prevention.js';

export interface DemoSummary {
  seeded: boolean;
  organizations: number;
  accounts: number;
  clients: number;
}

const demoAuthor = 'demo-user-cm';

/** Stores one case file (validated first) under a tenant, keeping the ids its documents refer to each other by. */
export async function storeCaseFile(store: Store, tenantId: string, input: CaseFile, author = demoAuthor): Promise<void> {
  const caseFile = caseFileSchema.parse(input);
  const { client } = caseFile;
  const { insurerNumber, insuredNumber, name, nameKana } = client;
  await store.createClient(tenantId, { id: client.id, insurerNumber, insuredNumber, name, nameKana, body: client }, author);
  for (const { kind, body } of caseFileDocuments(caseFile)) {
    if (kind === 'client') continue;
    const id = (body as { id: string }).id;
    await store.createDocument(tenantId, { id, clientId: client.id, kind, body }, author);
  }
}

/** Seeds the demo into an empty database; does nothing when the demo office already exists. */
export async function seedDemo(store: Store, today?: string): Promise<DemoSummary> {
  if (await store.getOrganization(demoOffice.id)) {
    return { seeded: false, organizations: 0, accounts: 0, clients: 0 };
  }
  // Validate everything before the first write, so a bad demo file leaves the database untouched.
  const caseFiles = demoCaseFiles(today).map(({ tenant, caseFile }) => ({ tenant, caseFile: caseFileSchema.parse(caseFile) }));
  const organizations = [...demoInsurers, demoOffice, demoCenter];
  for (const org of organizations) await store.createOrganization(org);
  const passwordHash = await hashPassword(demoPassword);
  for (const account of demoAccounts) await store.createUser({ ...account, passwordHash });
  for (const account of demoAccounts.filter((a) => twoFactorAlwaysRequiredRoles.includes(a.role))) {
    await store.startTwoFactor(account.organizationId, account.id, demoTotpSecret);
    await store.confirmTwoFactor(account.organizationId, account.id, 0, []);
  }
  for (const { tenant, caseFile } of caseFiles) {
    await storeCaseFile(store, tenant === 'center' ? demoCenter.id : demoOffice.id, caseFile);
  }
  await seedDemoPolicy(store);
  await seedDemoInspection(store, today ?? tokyoDateOf(new Date()));
  await seedDemoRegion(store, today ?? tokyoDateOf(new Date()));
  await seedDemoOffice(store, today ?? tokyoDateOf(new Date()));
  await seedDemoEffect(store, today ?? tokyoDateOf(new Date()));
  await seedDemoMeeting(store, today ?? tokyoDateOf(new Date()));
  // After the meeting demo: the register links its 地域課題 candidates.
  await seedDemoRegionIssues(store, today ?? tokyoDateOf(new Date()));
  await seedDemoPrevention(store, today ?? tokyoDateOf(new Date()));
  return { seeded: true, organizations: organizations.length, accounts: demoAccounts.length, clients: caseFiles.length };
}
