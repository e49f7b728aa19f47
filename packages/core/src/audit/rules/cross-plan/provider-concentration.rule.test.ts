import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { auditMany } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'office.provider-concentration';

interface Provider {
  number: string;
  name: string;
}
const main: Provider = { number: '0899000017', name: 'テスト福祉用具' };
const others: Provider[] = [{ number: '0899000117', name: '架空レンタル' }, { number: '0899000217', name: '架空ケア用品' }];

/** A client whose active plan rents equipment (17) from the given providers. */
function client(seed: number, providers: Provider[], plan: { status?: 'draft' | 'active'; planDate?: string; code?: string } = {}): CaseFile {
  const code = plan.code ?? '17';
  return aCaseFile()
    .withClient({ name: `架空 利用者${seed}`, insuredNumber: String(1000000000 + seed) })
    .withPlan({ id: `plan-${seed}`, status: plan.status ?? 'active', planDate: plan.planDate ?? '2025-04-01', consent: plan.status === 'draft' ? undefined : { date: '2025-03-31' } })
    .withNeed('家の中を安全に歩きたい', {
      lines: providers.map((p) => anInsuredLine({ serviceTypeCode: code, serviceTypeName: '福祉用具貸与', providerOfficeNumber: p.number, providerName: p.name })),
    })
    .build();
}

/** `onMain` of `total` plans use the main provider, the rest another one. */
function office(total: number, onMain: number, plan: Parameters<typeof client>[2] = {}): CaseFile[] {
  return Array.from({ length: total }, (_, i) => client(i, [i < onMain ? main : others[i % 2]!], plan));
}

function officeFindings(caseFiles: CaseFile[], asOf = exemplaryAsOf, pack = 'national') {
  return auditMany(caseFiles, shippedPack(pack), { asOf }).office.filter((f) => f.ruleId === ruleId);
}

describe('office.provider-concentration', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(officeFindings([anExemplaryCaseFile().build()], exemplaryAsOf, pack)).toEqual([]);
  });

  it('reports a provider with more than 80% of the plans using the service', () => {
    const result = officeFindings(office(20, 17));
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('判定期間（前期：令和7年3月1日～令和7年8月31日）に福祉用具貸与を位置付けた計画20件のうち17件（85%）が「テスト福祉用具（0899000017）」です（基準は80%を超えないこと）');
    expect(result[0]?.message).toContain('正当な理由を説明できますか？');
    expect(result[0]?.evidence).toHaveLength(17);
    expect(result[0]?.evidence[0]).toEqual({
      document: 'care_plan',
      documentId: 'plan-0',
      path: ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'providerName'],
      label: '架空 利用者0さんの計画 福祉用具貸与の事業所',
      value: 'テスト福祉用具（0899000017）',
    });
  });

  it('needs more than the threshold, not equal to it', () => {
    expect(officeFindings(office(20, 16))).toEqual([]);
  });

  it('does not judge a service placed on 10 plans or fewer (正当な理由④)', () => {
    expect(officeFindings(office(10, 10))).toEqual([]);
    expect(officeFindings(office(11, 11))).toHaveLength(1);
  });

  it('counts only agreed plans made by the end of the period, and only the listed services', () => {
    expect(officeFindings(office(20, 20, { status: 'draft' }))).toEqual([]);
    expect(officeFindings(office(20, 20, { planDate: '2025-09-01' }), '2025-08-31')).toEqual([]);
    expect(officeFindings(office(20, 20, { code: '16' }))).toEqual([]);
  });

  it('counts a plan with two providers of the service for each', () => {
    const files = [...office(12, 12), ...Array.from({ length: 8 }, (_, i) => client(100 + i, [main, others[0]!]))];
    const [finding] = officeFindings(files);
    expect(finding?.message).toContain('計画20件のうち20件（100%）');
  });

  it('uses the 後期 from September to the end of February, leap years included', () => {
    expect(officeFindings(office(20, 20), '2025-09-01')[0]?.message).toContain('（後期：令和7年9月1日～令和8年2月28日）');
    expect(officeFindings(office(20, 20, { planDate: '2023-10-01' }), '2024-02-29')[0]?.message).toContain('（後期：令和5年9月1日～令和6年2月29日）');
    expect(officeFindings(office(20, 20), '2025-08-31')[0]?.message).toContain('（前期：令和7年3月1日～令和7年8月31日）');
  });

  it('limits the evidence to 20 plans', () => {
    expect(officeFindings(office(30, 30))[0]?.evidence).toHaveLength(20);
  });
});
