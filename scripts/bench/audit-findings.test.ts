/**
 * The audit's findings over the benchmark's generated plans and the demo case files, under every
 * shipped pack, held as a snapshot (counts per rule and a digest of every finding). Work on the
 * audit's speed must leave it unchanged; a deliberate change of a rule updates it (`vitest -u`).
 */
import { createHash } from 'node:crypto';
import { audit, auditMany, caseFileSchema, type AuditReport } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { demoCaseFiles } from '../../packages/server/src/demo/demo-case-files.js';
import { loadPack } from './load-pack.js';
import { syntheticCaseFiles } from './synthetic-plans.js';

const packIds = ['national', 'omagari-senboku', 'hitachi', 'shiojiri', 'nemuro', 'otaru'];
const generated = syntheticCaseFiles(1000).map((file) => caseFileSchema.parse(file));

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

function summaryOf(report: AuditReport) {
  return { findings: report.summary.findings, byRule: Object.fromEntries(Object.entries(report.summary.byRule).sort(([a], [b]) => a.localeCompare(b))) };
}

describe('audit findings snapshot', () => {
  it.each(packIds)('generated plans under %s', (packId) => {
    const report = auditMany(generated, loadPack(packId), { asOf: '2025-07-10' });
    expect({ ...summaryOf(report), digest: digest({ results: report.results, office: report.office }) }).toMatchSnapshot();
  });

  it.each(['2025-07-15', '2026-03-31'])('demo case files one by one on %s', (today) => {
    const files = demoCaseFiles(today).map((entry) => entry.caseFile);
    const results = packIds.map((packId) => {
      const pack = loadPack(packId);
      return files.map((file) => audit(file, pack, { asOf: today, peers: files.filter((peer) => peer !== file) }));
    });
    const findings = results.flat().reduce((n, r) => n + r.findings.length, 0);
    expect({ findings, digest: digest(results) }).toMatchSnapshot();
  });
});
