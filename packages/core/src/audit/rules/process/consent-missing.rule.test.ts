import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.consent-missing';

function findings(caseFile: CaseFile, pack = 'national') {
  return audit(caseFile, shippedPack(pack), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

const withoutConsentDate = () => anExemplaryCaseFile().mutate((c) => delete c.carePlans[0]!.consent!.date);

describe('process.consent-missing', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), pack)).toEqual([]);
  });

  it('reports an active plan without a consent date, at the consent date field', () => {
    const result = findings(withoutConsentDate().build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toBe('計画の状態は「実施中」ですが、居宅サービス計画に利用者の同意を得た日が記録されていません。原案の内容を説明し、文書で同意を得ましたか？');
    expect(result[0]?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['consent', 'date'], label: '説明・同意 同意日' }]);
  });

  it('reports a plan with no consent record at all', () => {
    expect(findings(anExemplaryCaseFile().withPlan({ consent: undefined, status: 'delivered' }).build())).toHaveLength(1);
  });

  it('takes a monitoring or a delivery of a draft as services having started', () => {
    const monitored = findings(withoutConsentDate().withPlan({ status: 'meeting_held' }).build());
    expect(monitored[0]?.message).toContain('令和7年4月25日にこの計画のモニタリングがあります');
    const delivered = findings(withoutConsentDate().withPlan({ status: 'draft' }).withoutMonitorings().build());
    expect(delivered[0]?.message).toContain('令和7年3月31日に計画を交付しています');
  });

  it('leaves a 原案 that is not in use alone', () => {
    const caseFile = withoutConsentDate().withPlan({ status: 'meeting_held', delivery: undefined }).withoutMonitorings().build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('asks about a consent dated after the plan was already monitored', () => {
    const result = findings(anExemplaryCaseFile().withPlan({ consent: { date: '2025-05-01', method: 'signature' } }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('同意日（令和7年5月1日）より前に、この計画のモニタリング（令和7年4月25日）があります');
    expect(result[0]?.evidence.map((e) => e.document)).toEqual(['care_plan', 'monitoring']);
  });

  it('checks a 介護予防サービス・支援計画書 in use as well', () => {
    const result = findings(aCaseFile().withPreventionPlan({ id: 'pp-1', status: 'active', planDate: '2025-04-01' }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('介護予防サービス・支援計画書に利用者の同意を得た日が記録されていません');
    expect(result[0]?.evidence[0]).toMatchObject({ document: 'prevention_plan', documentId: 'pp-1', path: ['consent', 'date'] });
  });

  it('says nothing without a plan', () => {
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
