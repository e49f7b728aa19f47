import { describe, expect, it } from 'vitest';
import { assessmentItemKeys } from '../domain/assessment-items.js';
import { isAssessmentItemRecorded } from '../domain/assessment.schema.js';
import { listServiceLines, listShortTermGoals } from '../domain/care-plan-needs.schema.js';
import { caseFileSchema } from '../domain/document-bodies.js';
import { judgeBasicChecklist } from '../domain/basic-checklist-judgement.js';
import { isKizukiError } from '../errors/kizuki-error.js';
import { periodWithin } from '../dates/iso-date.js';
import { aCaseFile, anExemplaryCaseFile } from './builders.js';
import { anInformalLine, anInsuredLine, aNeed } from './plan-parts.js';

describe('aCaseFile', () => {
  it('builds a minimal valid case file', () => {
    const caseFile = aCaseFile().build();
    expect(caseFileSchema.safeParse(caseFile).success).toBe(true);
    expect(caseFile.carePlans).toEqual([]);
  });

  it('adds needs to a draft plan', () => {
    const caseFile = aCaseFile().withNeed('自分で買物に行きたい').withNeed(aNeed('お風呂に入りたい', { lines: [anInsuredLine({ serviceTypeCode: '15' })] })).build();
    const plan = caseFile.carePlans[0]!;
    expect(plan.status).toBe('draft');
    expect(plan.needs.map((n) => n.text)).toEqual(['自分で買物に行きたい', 'お風呂に入りたい']);
    expect(listServiceLines(plan.needs).map((l) => l.line.kind)).toEqual(['insured', 'informal', 'insured']);
  });

  it('makes variations: items removed, informal support dropped, monitoring added', () => {
    const caseFile = anExemplaryCaseFile()
      .withoutAssessmentItem('oral')
      .withoutInformalSupport()
      .withoutMonitorings()
      .withMonitoring({ date: '2025-05-20', method: 'online' })
      .build();
    expect(isAssessmentItemRecorded(caseFile.assessments[0]!, 'oral')).toBe(false);
    expect(listServiceLines(caseFile.carePlans[0]!.needs).some((l) => l.line.kind === 'informal')).toBe(false);
    expect(caseFile.monitorings).toHaveLength(1);
    expect(caseFile.monitorings[0]).toMatchObject({ method: 'online', planId: 'plan-1' });
  });

  it('builds checklists and prevention plans', () => {
    const caseFile = aCaseFile()
      .withCertification({ careLevel: 'support_1' })
      .withBasicChecklist([true, true, true, true, true, false, false, false, true, true], { heightCm: 150, weightKg: 50 })
      .withPreventionPlan({ careManagementType: 'A' })
      .build();
    expect(judgeBasicChecklist(caseFile.basicChecklists[0]!).criteriaMet).toContain('movement');
    expect(caseFile.preventionPlans[0]).toMatchObject({ status: 'draft', careManagementType: 'A' });
  });

  it('refuses to build invalid data and can still hand it out unchecked', () => {
    const builder = aCaseFile().withClient({ insuredNumber: '123' });
    let thrown: unknown;
    try {
      builder.build();
    } catch (error) {
      thrown = error;
    }
    expect(isKizukiError(thrown) && thrown.code).toBe('validation_failed');
    expect(builder.buildUnchecked().client.insuredNumber).toBe('123');
  });

  it('does not share state between builds', () => {
    const builder = aCaseFile().withNeed('自分で買物に行きたい');
    const first = builder.build();
    first.carePlans[0]!.needs = [];
    expect(builder.build().carePlans[0]!.needs).toHaveLength(1);
  });
});

describe('anExemplaryCaseFile', () => {
  const caseFile = anExemplaryCaseFile().build();
  const plan = caseFile.carePlans[0]!;
  const certification = caseFile.certifications[0]!;
  const certificationPeriod = { start: certification.validFrom, end: certification.validTo };

  it('validates against caseFileSchema unchanged', () => {
    expect(caseFileSchema.parse(caseFile)).toEqual(caseFile);
  });

  it('has a home assessment with all 23 items recorded', () => {
    const assessment = caseFile.assessments[0]!;
    expect(assessment.place?.kind).toBe('home');
    expect(assessmentItemKeys.filter((key) => !isAssessmentItemRecorded(assessment, key))).toEqual([]);
  });

  it('words needs in the person\'s own words and keeps goals inside the certification', () => {
    for (const need of plan.needs) expect(need.text).toMatch(/たい$/u);
    for (const need of plan.needs) {
      for (const goal of need.longTermGoals) {
        expect(periodWithin(goal.period!, certificationPeriod)).toBe(true);
        for (const shortTerm of goal.shortTermGoals) expect(periodWithin(shortTerm.period!, goal.period!)).toBe(true);
      }
    }
  });

  it('has informal support for every need and reasons/instructions where required', () => {
    for (const need of plan.needs) expect(listServiceLines([need]).some((l) => l.line.kind === 'informal')).toBe(true);
    const lines = listServiceLines(plan.needs).map((l) => l.line);
    expect(lines.filter((l) => l.serviceTypeCode === '17').every((l) => l.reason)).toBe(true);
    expect(lines.filter((l) => ['13', '14', '16', '31'].includes(l.serviceTypeCode ?? '')).every((l) => l.physicianInstruction)).toBe(true);
  });

  it('records meeting, consent, delivery and monthly home monitoring of every short-term goal', () => {
    expect(plan.status).toBe('active');
    expect(caseFile.careTeamMeetings[0]?.id).toBe(plan.meetingId);
    expect(plan.consent?.date).toBe('2025-03-31');
    expect(plan.delivery?.toProviders).toHaveLength(3);
    const goalIds = listShortTermGoals(plan.needs).map((g) => g.id);
    expect(caseFile.monitorings.map((m) => m.date.slice(0, 7))).toEqual(['2025-04', '2025-05', '2025-06']);
    for (const monitoring of caseFile.monitorings) {
      expect(monitoring.method).toBe('home_visit');
      expect(monitoring.goalEvaluations.map((e) => e.shortTermGoalId)).toEqual(goalIds);
    }
  });

  it('uses an informal helper builder that is schema-valid', () => {
    expect(anInformalLine().kind).toBe('informal');
  });
});
