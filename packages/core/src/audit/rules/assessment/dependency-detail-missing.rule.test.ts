import { describe, expect, it } from 'vitest';
import type { AdlRecord, IadlRecord } from '../../../domain/assessment-health-items.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'assessment.dependency-detail-missing';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function withActivities(adl: AdlRecord[], iadl: IadlRecord[] = []): CaseFile {
  return anExemplaryCaseFile().withAssessmentItem('adl', { activities: adl }).withAssessmentItem('iadl', { activities: iadl }).build();
}

describe('assessment.dependency-detail-missing', () => {
  it('raises nothing for the exemplary case file once 階段昇降 names who helps', () => {
    // exemplary-assessment.ts records 階段昇降 as 一部介助 with no 現在の支援者 (reported to the lead);
    // everything else in it must pass as it is.
    const caseFile = anExemplaryCaseFile()
      .mutate((c) => {
        const stairs = c.assessments[0]?.items.adl?.activities.find((a) => a.activity === 'stairs');
        if (stairs) stairs.whoHelpsNow = '通所リハの送迎時は職員が介助';
      })
      .build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('asks for both details of a dependent activity with neither, pointing at both fields', () => {
    const result = findings(withActivities([{ activity: 'walking', status: 'watch' }]));
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('advice');
    expect(result[0]?.message).toContain('ADL「歩行」は「見守り」と記録されていますが');
    expect(result[0]?.message).toContain('できないこと');
    expect(result[0]?.message).toContain('現在の支援者');
    expect(result[0]?.evidence.map((e) => [e.document, e.documentId, e.path])).toEqual([
      ['assessment', 'assessment-1', ['items', 'adl', 'activities', 0, 'whatCannotBeDone']],
      ['assessment', 'assessment-1', ['items', 'adl', 'activities', 0, 'whoHelpsNow']],
    ]);
  });

  it('names only the missing detail', () => {
    const [noWhat] = findings(withActivities([], [{ activity: 'cooking', status: 'full', whoHelpsNow: '長女' }]));
    expect(noWhat?.message).toContain('IADL「調理」は「全介助」');
    expect(noWhat?.message).toContain('（できないこと）');
    expect(noWhat?.message).not.toContain('現在の支援者');
    expect(noWhat?.evidence.map((e) => e.path)).toEqual([['items', 'iadl', 'activities', 0, 'whatCannotBeDone']]);

    const [noWho] = findings(withActivities([{ activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽をまたげない' }]));
    expect(noWho?.message).toContain('（現在の支援者）');
    expect(noWho?.message).not.toContain('できないこと）');
    expect(noWho?.evidence[0]?.label).toBe('ADL「入浴」の現在の支援者');
  });

  it('gives one finding per activity, at its own index', () => {
    const result = findings(
      withActivities([
        { activity: 'eating', status: 'independent' },
        { activity: 'dressing', status: 'partial' },
        { activity: 'transfer', status: 'full', whatCannotBeDone: '一人で移れない', whoHelpsNow: '長男' },
        { activity: 'toileting', status: 'watch', whatCannotBeDone: '夜間にふらつく' },
      ]),
    );
    expect(result.map((f) => f.evidence[0]?.path.slice(0, 4))).toEqual([
      ['items', 'adl', 'activities', 1],
      ['items', 'adl', 'activities', 3],
    ]);
  });

  it('treats blank text as missing', () => {
    expect(findings(withActivities([{ activity: 'walking', status: 'partial', whatCannotBeDone: '  ', whoHelpsNow: '　' }]))).toHaveLength(1);
  });

  it('leaves independent activities and activities without a recorded level alone', () => {
    expect(findings(withActivities([{ activity: 'walking', status: 'independent' }, { activity: 'stairs' }]))).toEqual([]);
  });

  it('says nothing when ADL/IADL are absent, when there is no assessment, or no plan', () => {
    expect(findings(anExemplaryCaseFile().withoutAssessmentItem('adl').withoutAssessmentItem('iadl').build())).toEqual([]);
    expect(findings(anExemplaryCaseFile().mutate((c) => (c.assessments = [])).build())).toEqual([]);
    expect(findings(aCaseFile().withAssessmentItem('adl', { activities: [{ activity: 'walking', status: 'full' }] }).build())).toEqual([]);
  });
});
