import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'assessment.medical-info-missing';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('assessment.medical-info-missing', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('asks who the 主治医 is when 基本情報 names neither doctor nor institution', () => {
    const result = findings(anExemplaryCaseFile().withClient({ primaryDoctor: undefined }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('advice');
    expect(result[0]?.message).toContain('主治医（医師名・医療機関）が記録されていません');
    expect(result[0]?.evidence.map((e) => [e.document, e.path])).toEqual([
      ['client', ['primaryDoctor', 'doctorName']],
      ['client', ['primaryDoctor', 'institution']],
    ]);
  });

  it('treats a 主治医 entry of blanks as none, and accepts an institution alone', () => {
    expect(findings(anExemplaryCaseFile().withClient({ primaryDoctor: { doctorName: ' ', institution: '', phone: '0294-00-0002' } }).build())).toHaveLength(1);
    expect(findings(anExemplaryCaseFile().withClient({ primaryDoctor: { institution: 'テスト内科クリニック' } }).build())).toEqual([]);
  });

  it('asks about health details when 健康状態 has neither diagnoses nor medications', () => {
    const result = findings(anExemplaryCaseFile().withAssessmentItem('health', { diagnoses: [], medications: [], visits: '月1回' }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('令和7年3月25日のアセスメントの健康状態が既往歴・主傷病も服薬も記録されていません');
    expect(result[0]?.evidence.map((e) => [e.document, e.documentId, e.path])).toEqual([
      ['assessment', 'assessment-1', ['items', 'health', 'diagnoses']],
      ['assessment', 'assessment-1', ['items', 'health', 'medications']],
    ]);
  });

  it('does not let 該当なし stand in for a person’s medical picture', () => {
    const result = findings(anExemplaryCaseFile().withAssessmentItem('health', { notApplicable: true, diagnoses: [], medications: [] }).build());
    expect(result[0]?.message).toContain('健康状態が「該当なし」とされ、');
  });

  it('counts nameless diagnoses as none, and is satisfied by either a diagnosis or a medication', () => {
    const nameless = anExemplaryCaseFile().withAssessmentItem('health', { diagnoses: [{ id: 'dx-x', onsetText: '10年前' }], medications: [] });
    expect(findings(nameless.build())).toHaveLength(1);
    expect(findings(anExemplaryCaseFile().withAssessmentItem('health', { diagnoses: [{ id: 'dx-1', name: '高血圧症' }], medications: [] }).build())).toEqual([]);
    expect(findings(anExemplaryCaseFile().withAssessmentItem('health', { diagnoses: [], medications: [{ id: 'm-1', name: '降圧薬' }] }).build())).toEqual([]);
  });

  it('reports an absent 健康状態 item and a missing 主治医 as two findings', () => {
    const result = findings(anExemplaryCaseFile().withoutAssessmentItem('health').withClient({ primaryDoctor: undefined }).build());
    expect(result).toHaveLength(2);
  });

  it('still asks about the 主治医 when the plan has no assessment', () => {
    const result = findings(anExemplaryCaseFile().withClient({ primaryDoctor: undefined }).mutate((c) => (c.assessments = [])).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.evidence[0]?.document).toBe('client');
  });

  it('says nothing without a plan', () => {
    expect(findings(aCaseFile().withAssessment({}).build())).toEqual([]);
  });
});
