import { describe, expect, it } from 'vitest';
import { auditMany } from '../audit/audit.js';
import { auditRules } from '../audit/rules/index.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../audit/testing/shipped-packs.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { aCaseFile } from '../testing/builders.js';
import { anInsuredLine } from '../testing/plan-parts.js';
import { auditCsvStream, crossPlanDigest, MemoryCaseFileSpool } from './csv-audit-stream.js';
import { csvDataParts } from './csv-data-parts.js';
import { exportCarePlanCsv } from './export-unit.js';
import { buildSendUnits, CsvImportCollector } from './import-unit.js';
import { mergeCaseFilesByClient } from './merge-case-files.js';

const main = { number: '0899000017', name: 'テスト福祉用具' };
const other = { number: '0899000117', name: '架空レンタル' };
const sameWording = '自宅の中を転ばずに安全に歩いて、トイレまで自分で行けるようになりたい';

/** 20 clients renting equipment, 17 of them from one provider (特定事業所集中減算), half with the same wording (画一的なプラン). */
function caseload(): CaseFile[] {
  return Array.from({ length: 20 }, (_, i) =>
    aCaseFile()
      .withClient({ name: `架空 利用者${i}`, insuredNumber: String(1000000000 + i) })
      .withPlan({ id: `plan-${i}`, status: 'active', planDate: '2025-04-01', consent: { date: '2025-03-31' } })
      .withNeed(i % 2 === 0 ? sameWording : `${i}番目の方の、ほかの人とは違うご本人らしい暮らしの希望と目標`, {
        lines: [anInsuredLine({ serviceTypeCode: '17', serviceTypeName: '福祉用具貸与', providerOfficeNumber: (i < 17 ? main : other).number, providerName: (i < 17 ? main : other).name })],
      })
      .build(),
  );
}

/** The pack with only its rules comparing clients: the digests are not meant for the rules reading one case file. */
function crossRulesOf(pack: ResolvedPolicyPack): ResolvedPolicyPack {
  const cross = new Set<string>(auditRules.filter((r) => r.scope !== 'case').map((r) => r.id));
  return { ...pack, rules: Object.fromEntries(Object.entries(pack.rules).filter(([id]) => cross.has(id))) };
}

describe('crossPlanDigest', () => {
  it.each(shippedPackIds)('gives the rules comparing clients what the whole case files give them (%s)', (id) => {
    const caseFiles = caseload();
    const pack = crossRulesOf(shippedPack(id));
    const whole = auditMany(caseFiles, pack, { asOf: exemplaryAsOf });
    const digests = auditMany(caseFiles.map((c) => crossPlanDigest(c)), pack, { asOf: exemplaryAsOf });
    expect(whole.office.some((f) => f.ruleId === 'office.provider-concentration')).toBe(true);
    expect(digests.office).toEqual(whole.office);
    const cross = (r: (typeof whole.results)[number]) => r.findings.filter((f) => f.ruleId === 'plan.uniform-across-clients');
    expect(whole.results.some((r) => cross(r).length > 0)).toBe(true);
    expect(digests.results.map(cross)).toEqual(whole.results.map(cross));
  });

  it('keeps no certification, month or 介護予防 plan, and no text of 第1表 or 第3表', () => {
    const [caseFile] = caseload();
    const digest = crossPlanDigest(caseFile!);
    expect(digest.certifications).toEqual([]);
    expect(digest.serviceUsages).toEqual([]);
    expect(JSON.stringify(digest).length).toBeLessThan(JSON.stringify(caseFile).length);
    expect(Object.keys(digest.carePlans[0]!).sort()).toEqual(['consent', 'createdOn', 'id', 'needs', 'planDate', 'status'].filter((k) => k in caseFile!.carePlans[0]!).sort());
    expect(Object.keys(digest.client).sort()).toEqual(['insuredNumber', 'insurerNumber', 'name']);
  });
});

describe('auditCsvStream', () => {
  it('gives the report of auditMany on every merged case file of the CSV', async () => {
    const { files } = exportCarePlanCsv(caseload(), { sender: { officeNumber: '0899000043', serviceType: '43', name: '架空居宅' }, destination: { officeNumber: main.number, serviceType: '17' }, timestamp: '20250401090000', onlyRelatedClients: false });
    const collector = new CsvImportCollector();
    for (const file of files) {
      const sink = collector.openFile(file.name);
      sink?.push(file.bytes);
      sink?.close();
    }
    const read = collector.finish();
    const pack = shippedPack('national');
    const streamed = await auditCsvStream(read, new MemoryCaseFileSpool(), () => pack, exemplaryAsOf);
    const built = buildSendUnits(read);
    const whole = auditMany(mergeCaseFilesByClient(built.units.flatMap((u) => u.caseFiles)), pack, { asOf: exemplaryAsOf, available: csvDataParts });
    expect(streamed.results.length).toBe(20);
    expect(streamed.office.some((f) => f.ruleId === 'office.provider-concentration')).toBe(true);
    const { input, ...report } = streamed;
    expect(JSON.stringify(report)).toBe(JSON.stringify(whole));
    expect(input.units.map((u) => ({ key: u.key, accepted: u.accepted, clients: u.clients }))).toEqual(built.units.map((u) => ({ key: u.key, accepted: u.accepted, clients: u.caseFiles.length })));
  });

  it('refuses a read with no plan with validation_failed and a Japanese message', async () => {
    await expect(auditCsvStream({ units: [], ignored: [] }, new MemoryCaseFileSpool(), () => shippedPack('national'), exemplaryAsOf)).rejects.toMatchObject({
      code: 'validation_failed',
      message: '点検できる計画がありません。ケアプランデータ連携の送信単位（UP1KYO・UP2KYO など）が見つかりません。',
    });
  });
});
