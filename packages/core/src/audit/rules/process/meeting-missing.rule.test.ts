import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.meeting-missing';

function findings(caseFile: CaseFile, pack = 'national', asOf = exemplaryAsOf) {
  return audit(caseFile, shippedPack(pack), { asOf }).findings.filter((f) => f.ruleId === ruleId);
}

/** The exemplary case file with its meeting taken away (plan still consented and active). */
function withoutMeeting() {
  return anExemplaryCaseFile().mutate((c) => {
    c.careTeamMeetings = [];
    delete c.carePlans[0]!.meetingId;
  });
}

describe('process.meeting-missing', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), pack)).toEqual([]);
  });

  it('reports an active plan with no meeting, once, pointing at the plan meeting field', () => {
    const result = findings(withoutMeeting().build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('居宅サービス計画（令和7年4月1日）の原案についてのサービス担当者会議の記録が見当たりません');
    expect(result[0]?.message).toMatch(/？$/u);
    expect(result[0]?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['meetingId'], label: 'サービス担当者会議' }]);
  });

  it('says when the plan names a meeting that is not in the case file', () => {
    const result = findings(withoutMeeting().withPlan({ meetingId: 'meeting-x' }).build());
    expect(result[0]?.message).toContain('（会議の記録「meeting-x」が見つかりません）');
    expect(result[0]?.evidence[0]).toMatchObject({ path: ['meetingId'], value: 'meeting-x' });
  });

  it('accepts a meeting found through its planId as well as through the plan meetingId', () => {
    expect(findings(anExemplaryCaseFile().mutate((c) => delete c.carePlans[0]!.meetingId).build())).toEqual([]);
    expect(findings(anExemplaryCaseFile().withMeeting({ planId: undefined }).build())).toEqual([]);
  });

  it('counts an inquiry (照会) only with its reason recorded', () => {
    const inquiry = findings(anExemplaryCaseFile().withMeeting({ kind: 'inquiry' }).build());
    expect(inquiry).toHaveLength(1);
    expect(inquiry[0]?.message).toContain('照会とした理由が記録されていません');
    expect(inquiry[0]?.evidence).toEqual([{ document: 'care_team_meeting', documentId: 'meeting-1', path: ['inquiryReason'], label: 'サービス担当者会議 照会の理由' }]);
    expect(findings(anExemplaryCaseFile().withMeeting({ kind: 'inquiry', inquiryReason: '主治医の意見により、末期の悪性腫瘍で心身の状況が急変しているため' }).build())).toEqual([]);
  });

  it('reports a meeting held only after the consent', () => {
    const result = findings(anExemplaryCaseFile().withMeeting({ date: '2025-04-05' }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('同意日（令和7年3月31日）より後に、サービス担当者会議（令和7年4月5日）');
    expect(result[0]?.evidence.map((e) => [e.document, e.path])).toEqual([
      ['care_team_meeting', ['date']],
      ['care_plan', ['consent', 'date']],
    ]);
  });

  it('accepts a meeting on the day of consent', () => {
    expect(findings(anExemplaryCaseFile().withMeeting({ date: '2025-03-31' }).build())).toEqual([]);
  });

  it('leaves a 原案 alone, but not a draft that already has a consent date', () => {
    expect(findings(withoutMeeting().withPlan({ status: 'draft', consent: undefined }).build())).toEqual([]);
    expect(findings(withoutMeeting().withPlan({ status: 'draft' }).build())).toHaveLength(1);
  });

  it('exempts a 軽微な変更 from the plan meeting', () => {
    const caseFile = withoutMeeting().withPlan({ minorChange: true }).withCertification({ applicationKind: 'new' }).build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('still asks for the meeting after a renewal when the plan change was minor', () => {
    const result = findings(withoutMeeting().withPlan({ minorChange: true }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('令和7年3月20日に更新の認定がありましたが');
    expect(result[0]?.evidence).toEqual([{ document: 'certification', documentId: 'cert-1', path: ['certifiedOn'], label: '要介護認定（更新）認定日', value: '2025-03-20' }]);
  });

  describe('after a 区分変更 during the plan', () => {
    const levelChange = () =>
      anExemplaryCaseFile().addCertification({ id: 'cert-2', status: 'certified', applicationKind: 'level_change', careLevel: 'care_3', certifiedOn: '2025-06-02', validFrom: '2025-05-20', validTo: '2026-05-31' });

    it('asks whether a meeting was held on the need to change the plan', () => {
      const result = findings(levelChange().build());
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toContain('令和7年6月2日に区分変更の認定がありましたが、その後のサービス担当者会議（または照会）の記録が見当たりません');
      expect(result[0]?.evidence[0]).toMatchObject({ documentId: 'cert-2', path: ['certifiedOn'] });
    });

    it('is satisfied by a meeting on or after the certification, or a justified inquiry', () => {
      const meeting = { id: 'meeting-2', kind: 'meeting' as const, occasion: 'level_change' as const, date: '2025-06-02', attendees: [], absentees: [] };
      expect(findings(levelChange().mutate((c) => c.careTeamMeetings.push(meeting)).build())).toEqual([]);
      expect(findings(levelChange().mutate((c) => c.careTeamMeetings.push({ ...meeting, date: '2025-06-01' })).build())).toHaveLength(1);
      expect(findings(levelChange().mutate((c) => c.careTeamMeetings.push({ ...meeting, kind: 'inquiry' })).build())).toHaveLength(1);
      expect(findings(levelChange().mutate((c) => c.careTeamMeetings.push({ ...meeting, kind: 'inquiry', inquiryReason: '主治医の判断で入院中のため' })).build())).toEqual([]);
    });

    it('does not count a meeting about another plan', () => {
      const other = { id: 'meeting-3', kind: 'meeting' as const, occasion: 'plan_change' as const, planId: 'plan-other', date: '2025-06-10', attendees: [], absentees: [] };
      expect(findings(levelChange().mutate((c) => c.careTeamMeetings.push(other)).build())).toHaveLength(1);
    });

    it('ignores a certification decided after the audit date', () => {
      expect(findings(levelChange().build(), 'national', '2025-06-01')).toEqual([]);
    });
  });

  describe('介護予防サービス・支援計画書', () => {
    const preventionPlan = (type: 'A' | 'B' | 'C' | undefined) =>
      aCaseFile().withPreventionPlan({ id: 'pp-1', status: 'active', planDate: '2025-04-01', careManagementType: type, consent: { date: '2025-03-31' } });

    it('reports a 介護予防支援 or 類型A plan without a meeting', () => {
      for (const type of ['A', undefined] as const) {
        const result = findings(preventionPlan(type).build());
        expect(result).toHaveLength(1);
        expect(result[0]?.message).toContain('介護予防サービス・支援計画書（令和7年4月1日）の原案');
        expect(result[0]?.evidence[0]).toMatchObject({ document: 'prevention_plan', documentId: 'pp-1', path: ['meetingId'] });
      }
    });

    it.each(shippedPackIds)('does not ask for a meeting under 類型B or C (%s)', (pack) => {
      expect(findings(preventionPlan('B').build(), pack)).toEqual([]);
      expect(findings(preventionPlan('C').build(), pack)).toEqual([]);
    });

    it('accepts a meeting linked to the prevention plan', () => {
      const caseFile = preventionPlan('A').withMeeting({ planId: 'pp-1', date: '2025-03-28' }).build();
      expect(findings(caseFile)).toEqual([]);
    });
  });
});
