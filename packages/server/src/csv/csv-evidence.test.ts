import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  auditMany,
  csvDataParts,
  csvFieldOf,
  exportCarePlanCsv,
  exportPreventionPlanCsv,
  formatWareki,
  importCsvFiles,
  mergeCaseFilesByClient,
  type CaseFile,
  type Evidence,
} from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { demoCenter, demoOffice } from '../demo/demo-organizations.js';
import { getPolicyPacks, orderedPolicyPacks } from '../policy/load-packs.js';
import { readCsvSource } from './csv-source.js';

/**
 * A finding on CSV input must rest on what the files hold: every evidence points at a field the
 * ケアプランデータ連携 standard carries, a finding that quotes a value quotes what was read there,
 * and a finding that says something is missing points at a field that is really blank, with no text
 * left unattributed in the column it would come from.
 */

const here = join(import.meta.dirname);
const asOf = '2025-10-01';

/** CSV-only case files of every kind of input: golden folders, both vendor corpora, and the demo clients written as CSV. */
async function csvInputs(): Promise<{ name: string; caseFiles: CaseFile[] }[]> {
  const folders = ['golden/kyotaku', 'golden/vendor', 'golden/yobo'].map((f) => join(here, f));
  for (const corpus of [join(here, 'vendor-styles', 'styles'), join(here, 'vendor-corpus', 'styles')]) {
    expect(existsSync(corpus), corpus).toBe(true);
    folders.push(...readdirSync(corpus).map((style) => join(corpus, style)));
  }
  const inputs: { name: string; caseFiles: CaseFile[] }[] = [];
  for (const folder of folders) {
    const read = await readCsvSource({ path: folder });
    inputs.push({ name: folder.slice(here.length + 1), caseFiles: withPlans(read.units.filter((u) => u.accepted).flatMap((u) => u.caseFiles)) });
  }
  const demo = demoCaseFiles('2025-10-01').map((d) => d.caseFile);
  const options = { destination: { officeNumber: '0899999999', serviceType: '11' }, timestamp: '20251001090000', onlyRelatedClients: false };
  const care = exportCarePlanCsv(demo, { ...options, sender: { officeNumber: demoOffice.officeNumber!, serviceType: '43', name: demoOffice.name } });
  const prevention = exportPreventionPlanCsv(demo, { ...options, sender: { officeNumber: demoCenter.officeNumber!, serviceType: '46', name: demoCenter.name } });
  for (const [name, files] of [['demo 居宅', care.files], ['demo 予防', prevention.files]] as const) {
    const read = importCsvFiles(files);
    inputs.push({ name, caseFiles: withPlans(read.units.flatMap((u) => u.caseFiles)) });
  }
  return inputs;
}

function withPlans(caseFiles: CaseFile[]): CaseFile[] {
  return mergeCaseFilesByClient(caseFiles).filter((c) => c.carePlans.length > 0 || c.preventionPlans.length > 0);
}

/** The document an evidence names: in the client's case file, or a peer's (画一的なプラン compares clients). */
function documentOf(caseFiles: readonly CaseFile[], caseFile: CaseFile, evidence: Evidence): unknown {
  if (evidence.documentId === undefined) return documentIn(caseFile, evidence);
  for (const candidate of [caseFile, ...caseFiles]) {
    const found = documentIn(candidate, evidence);
    if (found !== undefined) return found;
  }
  return undefined;
}

function documentIn(caseFile: CaseFile, evidence: Evidence): unknown {
  switch (evidence.document) {
    case 'client':
      return caseFile.client;
    case 'certification':
      return caseFile.certifications.find((c) => c.id === evidence.documentId);
    case 'care_plan':
      return caseFile.carePlans.find((p) => p.id === evidence.documentId);
    case 'prevention_plan':
      return caseFile.preventionPlans.find((p) => p.id === evidence.documentId);
    case 'assessment':
    case 'basic_checklist':
    case 'care_team_meeting':
    case 'monitoring':
    case 'service_usage':
    case 'support_log_entry':
      // Not in a 第1〜3表 or 予防 CSV: no finding on CSV input may point at them.
      return undefined;
  }
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A quoted value shows the recorded text (or its start), or a recorded date as the forms print it (和暦). */
function quotes(value: string, recorded: string): boolean {
  if (recorded.includes(value.replace(/…$/u, ''))) return true;
  return /^\d{4}-\d{2}-\d{2}$/u.test(recorded) && value.includes(formatWareki(recorded));
}

const blank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

/** Why an evidence is not supported by the CSV, or undefined when it is. */
function unsupported(caseFiles: readonly CaseFile[], caseFile: CaseFile, evidence: Evidence): string | undefined {
  const field = csvFieldOf(evidence);
  if (!field) return `points at ${evidence.document} ${evidence.path.join('.')}, which CSV does not carry`;
  const document = documentOf(caseFiles, caseFile, evidence);
  if (document === undefined) return `points at ${evidence.document} ${evidence.documentId ?? ''}, which the input does not have`;
  const recorded = at(document, evidence.path);
  if (evidence.value !== undefined) {
    if (blank(recorded)) return `quotes 「${evidence.value}」 from ${evidence.path.join('.')}, which is blank`;
    if (typeof recorded === 'string' && !quotes(evidence.value, recorded)) return `quotes 「${evidence.value}」, but ${evidence.path.join('.')} holds 「${recorded}」`;
    return undefined;
  }
  // Evidence without a value says the field itself is what the finding is about; a leaf field must then be blank.
  if (typeof recorded === 'string' && !blank(recorded)) return `says ${evidence.path.join('.')} is missing, but it holds 「${recorded}」`;
  if (evidence.path[0] === 'intentions') {
    const unattributed = at(document, ['intentions', 'unattributed']);
    if (!blank(unattributed)) return `says ${evidence.path.join('.')} is missing, but the column holds unattributed text 「${String(unattributed)}」`;
  }
  return undefined;
}

describe('findings on CSV input rest on what the CSV holds', () => {
  it('every evidence of every rule, under every shipped pack, points at a carried field and matches it', async () => {
    const inputs = await csvInputs();
    expect(inputs.length).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    let findings = 0;
    const rulesSeen = new Set<string>();
    for (const pack of orderedPolicyPacks(getPolicyPacks())) {
      for (const input of inputs) {
        if (input.caseFiles.length === 0) continue;
        const report = auditMany(input.caseFiles, pack, { asOf, available: csvDataParts });
        report.results.forEach((result, i) => {
          const caseFile = input.caseFiles[i]!;
          for (const finding of result.findings) {
            findings += 1;
            rulesSeen.add(finding.ruleId);
            for (const evidence of finding.evidence) {
              const problem = unsupported(input.caseFiles, caseFile, evidence);
              if (problem) problems.push(`${pack.id} ${input.name} ${caseFile.client.insuredNumber} ${finding.ruleId}: ${problem}`);
            }
          }
        });
      }
    }
    expect(problems).toEqual([]);
    // The inputs raise findings of many rules, so the check above is not vacuous.
    expect(findings).toBeGreaterThan(50);
    expect(rulesSeen.size).toBeGreaterThanOrEqual(8);
  });

  it('reports every rule that needs data CSV lacks as not evaluated, with a Japanese reason', async () => {
    const [input] = (await csvInputs()).filter((i) => i.name === 'demo 居宅');
    const pack = orderedPolicyPacks(getPolicyPacks()).find((p) => p.id === 'national')!;
    const report = auditMany(input!.caseFiles, pack, { asOf, available: csvDataParts });
    for (const result of report.results) {
      const skipped = new Set(result.notEvaluated.map((n) => n.ruleId));
      for (const id of ['assessment.items-incomplete', 'process.meeting-missing', 'process.monitoring-overdue', 'plan.medical-service-without-physician', 'plan.family-role-missing']) {
        expect(skipped.has(id as never), `${result.client.insuredNumber} ${id}`).toBe(true);
      }
      for (const n of result.notEvaluated) expect(n.reason).toMatch(/評価していません$/u);
    }
  });
});
