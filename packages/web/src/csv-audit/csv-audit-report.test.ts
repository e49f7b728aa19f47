import type { CaseAuditResult, CsvAuditReport, Finding, Severity } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { csvAuditPath } from './csv-audit-api.js';
import {
  careLevelText,
  filterResults,
  groupNotEvaluated,
  isCsvAuditReport,
  isNoPlanDetails,
  matchesClient,
  packTitle,
  rejectedUnits,
  reportFileName,
  ruleTitle,
  severityCounts,
} from './csv-audit-report.js';

const assessmentReason = '入力にアセスメントが含まれないため評価していません';
const processReason = '入力に担当者会議・同意・交付の記録が含まれないため評価していません';

function finding(severity: Severity, ruleId: Finding['ruleId'] = 'plan.goal-vague'): Finding {
  return { ruleId, severity, message: `${ruleId} の気づき`, evidence: [], citations: [] };
}

function result(name: string, insuredNumber: string, findings: Finding[], notEvaluated: CaseAuditResult['notEvaluated'] = []): CaseAuditResult {
  return { client: { insurerNumber: '089902', insuredNumber, name }, findings, notEvaluated };
}

const komatsu = result('小松 ハル', '5900000101', [finding('standard', 'plan.need-without-goal'), finding('advice'), finding('advice', 'plan.no-informal-support')]);
const aoba = result('青葉 次郎', '5900000102', [finding('question', 'plan.goal-is-service')]);
const clean = result('架空 花子', '5900000103', []);
const all = new Set<Severity>(['standard', 'advice', 'question']);

describe('severity counts', () => {
  it('counts each severity, zero for the ones not found', () => {
    expect(severityCounts(komatsu.findings)).toEqual({ standard: 1, advice: 2, question: 0 });
    expect(severityCounts([])).toEqual({ standard: 0, advice: 0, question: 0 });
  });
});

describe('rules not evaluated, once per report', () => {
  it('groups by the reason, each rule once however many clients, in the engine’s order', () => {
    const notEvaluated = [
      { ruleId: 'process.meeting-missing' as const, reason: processReason },
      { ruleId: 'assessment.not-at-home' as const, reason: assessmentReason },
      { ruleId: 'assessment.items-incomplete' as const, reason: assessmentReason },
    ];
    const groups = groupNotEvaluated([
      result('a', '1', [], notEvaluated),
      result('b', '2', [], [...notEvaluated].reverse()),
      result('c', '3', [], [{ ruleId: 'process.meeting-missing', reason: processReason }]),
    ]);
    expect(groups).toEqual([
      { reason: processReason, rules: [{ ruleId: 'process.meeting-missing', title: 'サービス担当者会議の開催がない' }], clients: 3 },
      {
        reason: assessmentReason,
        rules: [
          { ruleId: 'assessment.items-incomplete', title: '課題分析標準項目の不足' },
          { ruleId: 'assessment.not-at-home', title: '居宅訪問・面接によらないアセスメント' },
        ],
        clients: 2,
      },
    ]);
    expect(groupNotEvaluated([komatsu, clean])).toEqual([]);
  });

  it('keeps a rule this browser does not know under its id', () => {
    const unknown = { ruleId: 'plan.from-the-future', reason: assessmentReason } as unknown as CaseAuditResult['notEvaluated'][number];
    expect(groupNotEvaluated([result('a', '1', [], [unknown, { ruleId: 'assessment.not-at-home', reason: assessmentReason }])])[0]!.rules.map((r) => r.title)).toEqual([
      '居宅訪問・面接によらないアセスメント',
      'plan.from-the-future',
    ]);
    expect(ruleTitle('plan.goal-vague')).toBe('抽象的な目標');
  });
});

describe('filtering the results', () => {
  it('finds a client by name without minding spaces or full-width letters, or by 被保険者番号', () => {
    expect(matchesClient(komatsu.client, '小松ハル')).toBe(true);
    expect(matchesClient(komatsu.client, ' ハル ')).toBe(true);
    expect(matchesClient(komatsu.client, '５９０００００１０１')).toBe(true);
    expect(matchesClient(komatsu.client, '青葉')).toBe(false);
    expect(matchesClient({ name: 'ＡＢＣ 太郎', insuredNumber: 'H000000001' }, 'abc')).toBe(true);
    expect(matchesClient(komatsu.client, '')).toBe(true);
  });

  it('keeps every matching client (even without findings) while every severity is chosen', () => {
    const shown = filterResults([komatsu, aoba, clean], { severities: all, query: '' });
    expect(shown.map((s) => s.result.client.name)).toEqual(['小松 ハル', '青葉 次郎', '架空 花子']);
    expect(shown[0]!.findings).toHaveLength(3);
    expect(filterResults([komatsu, aoba, clean], { severities: all, query: '架空' }).map((s) => s.result.client.name)).toEqual(['架空 花子']);
  });

  it('keeps only the chosen severities, and only clients that have one of them', () => {
    const advice = filterResults([komatsu, aoba, clean], { severities: new Set(['advice']), query: '' });
    expect(advice.map((s) => s.result.client.name)).toEqual(['小松 ハル']);
    expect(advice[0]!.findings.map((f) => f.ruleId)).toEqual(['plan.goal-vague', 'plan.no-informal-support']);
    expect(filterResults([komatsu, aoba], { severities: new Set(['question']), query: '小松' })).toEqual([]);
    expect(filterResults([komatsu, aoba], { severities: new Set(), query: '' })).toEqual([]);
  });
});

const report: CsvAuditReport = {
  policy: { id: 'hitachi', version: '1.0.0', chain: [{ id: 'hitachi', version: '1.0.0' }, { id: 'national', version: '1.0.0' }] },
  asOf: '2025-05-10',
  results: [komatsu],
  office: [],
  summary: { caseFiles: 1, findings: 3, bySeverity: { standard: 1, advice: 2, question: 0 }, byRule: { 'plan.goal-vague': 1 } },
  input: {
    format: 'care-plan-csv',
    units: [
      { key: '20250510093000_0899000043_43_0899000017_17', files: ['UP1KYO_x.CSV'], accepted: true, clients: 1, issues: [] },
      { key: '20250510093100_0899000043_43_0899000016_16', files: ['UP1KYO_y.CSV'], accepted: false, clients: 0, issues: [{ severity: 'error', file: 'UP1KYO_y.CSV', message: '存在しない日付です' }] },
    ],
    ignored: [],
  },
};

describe('the rest of the report', () => {
  it('recognizes the report and the details of 「点検できる計画がありません」', () => {
    expect(isCsvAuditReport(report)).toBe(true);
    expect(isCsvAuditReport(JSON.parse(JSON.stringify(report)))).toBe(true);
    expect(isCsvAuditReport({ ...report, input: undefined })).toBe(false);
    expect(isCsvAuditReport({ ...report, results: [{ client: {} }] })).toBe(false);
    expect(isCsvAuditReport('<html>')).toBe(false);
    expect(isNoPlanDetails({ units: [{ key: 'k', issues: [] }], ignored: [] })).toBe(true);
    expect(isNoPlanDetails({ issues: [] })).toBe(false);
  });

  it('lists the rejected units, names the pack and the saved file', () => {
    expect(rejectedUnits(report).map((u) => u.key)).toEqual(['20250510093100_0899000043_43_0899000016_16']);
    const policies = [{ id: 'hitachi', title: '日立市ケアマネジメントに関する基本方針', version: '1.0.0', date: '2026-11-22', chain: [] }];
    expect(packTitle(policies, 'hitachi')).toBe('日立市ケアマネジメントに関する基本方針');
    expect(packTitle([], 'hitachi')).toBe('hitachi');
    expect(reportFileName(report)).toBe('kizuki-csv-audit-hitachi-2025-05-10.json');
    expect(reportFileName({ ...report, policy: { ...report.policy, id: '../x y' } })).toBe('kizuki-csv-audit-.._x_y-2025-05-10.json');
  });

  it('shows 要介護度 only when the report carries it', () => {
    expect(careLevelText(komatsu.client)).toBeUndefined();
    expect(careLevelText({ ...komatsu.client, careLevel: 'care_2' })).toBe('要介護2');
    expect(careLevelText({ ...komatsu.client, careLevel: '要支援1' })).toBe('要支援1');
  });

  it('asks for the chosen pack only, and the date always', () => {
    expect(csvAuditPath({ asOf: '2025-05-10' })).toBe('/api/audit/csv?asOf=2025-05-10');
    expect(csvAuditPath({ asOf: '2025-05-10', policy: '' })).toBe('/api/audit/csv?asOf=2025-05-10');
    expect(csvAuditPath({ asOf: '2025-05-10', policy: 'national' })).toBe('/api/audit/csv?asOf=2025-05-10&policy=national');
  });
});
