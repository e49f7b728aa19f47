import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.certification-expiring';

function findings(caseFile: CaseFile, asOf: string, pack = 'national') {
  return audit(caseFile, shippedPack(pack), { asOf }).findings.filter((f) => f.ruleId === ruleId);
}

/** The exemplary certification ends on 2026-03-31; 60 days before is 2026-01-30. */
const exemplary = () => anExemplaryCaseFile();

describe('process.certification-expiring', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), exemplaryAsOf, pack)).toEqual([]);
  });

  it('asks about the renewal within 60 days of the end, at the end date', () => {
    const result = findings(exemplary().build(), '2026-02-15');
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('advice');
    expect(result[0]?.message).toBe('認定の有効期間が令和8年3月31日で終わります（あと44日）。更新申請の準備や、更新に向けた再アセスメント・サービス担当者会議の予定は立っていますか？');
    expect(result[0]?.evidence).toEqual([{ document: 'certification', documentId: 'cert-1', path: ['validTo'], label: '認定の有効期間 終了日', value: '2026-03-31' }]);
  });

  it('starts exactly 60 days before the end and stops after it', () => {
    expect(findings(exemplary().build(), '2026-01-30')).toHaveLength(1);
    expect(findings(exemplary().build(), '2026-01-29')).toEqual([]);
    expect(findings(exemplary().build(), '2026-03-31')[0]?.message).toContain('あと0日');
    expect(findings(exemplary().build(), '2026-04-01')).toEqual([]);
  });

  it('is quiet when a renewal application is in progress or already decided', () => {
    const applying = exemplary().addCertification({ id: 'cert-2', status: 'applying', applicationKind: 'renewal', applicationDate: '2026-02-01' });
    expect(findings(applying.build(), '2026-02-15')).toEqual([]);
    const next = exemplary().addCertification({ id: 'cert-2', status: 'certified', applicationKind: 'renewal', careLevel: 'care_2', validFrom: '2026-04-01', validTo: '2027-03-31' });
    expect(findings(next.build(), '2026-02-15')).toEqual([]);
  });

  it('is quiet when a renewal assessment, meeting or support log entry shows the preparation', () => {
    const assessed = exemplary().mutate((c) => c.assessments.push({ ...c.assessments[0]!, id: 'a-2', date: '2026-02-10', reason: 'renewal' }));
    expect(findings(assessed.build(), '2026-02-15')).toEqual([]);
    const logged = exemplary().withSupportLogEntry({ date: '2026-02-05', title: '更新申請の代行', content: '長女の依頼で更新申請書を提出した。' });
    expect(findings(logged.build(), '2026-02-15')).toEqual([]);
  });

  it('does not take old records as signs of this renewal', () => {
    const old = exemplary().withSupportLogEntry({ date: '2026-01-10', title: '更新の説明' });
    expect(findings(old.build(), '2026-02-15')).toHaveLength(1);
  });

  it.each(shippedPackIds)('uses the pack window under %s', (pack) => {
    expect(findings(exemplary().build(), '2026-02-15', pack)).toHaveLength(1);
  });

  it('says nothing without a certified validity', () => {
    expect(findings(aCaseFile().mutate((c) => (c.certifications = [{ id: 'c', status: 'applying' }])).build(), '2026-02-15')).toEqual([]);
    expect(findings(aCaseFile().withCertification({ validTo: undefined }).build(), '2026-02-15')).toEqual([]);
  });
});
