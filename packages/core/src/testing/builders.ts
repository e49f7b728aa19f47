import type { Assessment } from '../domain/assessment.schema.js';
import type { AssessmentItemKey } from '../domain/assessment-items.js';
import type { BasicChecklist } from '../domain/basic-checklist.schema.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Need } from '../domain/care-plan-needs.schema.js';
import type { CareTeamMeeting } from '../domain/care-team-meeting.schema.js';
import type { Certification } from '../domain/certification.schema.js';
import type { Client } from '../domain/client.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { Monitoring } from '../domain/monitoring.schema.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { SupportLogEntry } from '../domain/support-log-entry.schema.js';
import { validateCaseFile } from '../domain/validate-document.js';
import { exemplaryCaseFile } from './exemplary-case-file.js';
import { aNeed, testId } from './plan-parts.js';

function clone<T>(value: T): T {
  // Case files are plain JSON (dates are strings), so a JSON round trip is a deep copy.
  return JSON.parse(JSON.stringify(value)) as T;
}

function last<T>(list: T[]): T | undefined {
  return list[list.length - 1];
}

/** A minimal valid case file: a client and one certification (要介護1), nothing else. */
function minimalCaseFile(): CaseFile {
  return {
    client: {
      id: 'client-min',
      insurerNumber: '089999',
      insuredNumber: '0000099999',
      name: '架空 太郎',
      nameKana: 'カクウ タロウ',
      birthDate: '1942-01-10',
      familyMembers: [],
    },
    certifications: [{ id: 'cert-min', status: 'certified', careLevel: 'care_1', validFrom: '2025-04-01', validTo: '2026-03-31' }],
    assessments: [],
    carePlans: [],
    careTeamMeetings: [],
    supportLog: [],
    monitorings: [],
    basicChecklists: [],
    preventionPlans: [],
    serviceUsages: [],
  };
}

/**
 * Fluent builder of case files for tests: `aCaseFile().withNeed('自分で買物に行きたい').build()`.
 * Each `with…` changes the latest document of its kind (creating one when there is none).
 * `build()` validates against caseFileSchema, so a test cannot silently use invalid data;
 * `buildUnchecked()` skips validation for tests of invalid input.
 */
export class CaseFileBuilder {
  private readonly data: CaseFile;

  constructor(initial: CaseFile) {
    this.data = clone(initial);
  }

  withClient(patch: Partial<Client>): this {
    Object.assign(this.data.client, patch);
    return this;
  }

  /** Patches the latest certification. */
  withCertification(patch: Partial<Certification>): this {
    const cert = last(this.data.certifications);
    if (cert) Object.assign(cert, patch);
    else this.data.certifications.push({ id: testId('cert'), status: 'certified', careLevel: 'care_1', ...patch });
    return this;
  }

  addCertification(cert: Certification): this {
    this.data.certifications.push(clone(cert));
    return this;
  }

  /** Patches the latest assessment (creating an empty home assessment when there is none). */
  withAssessment(patch: Partial<Assessment>): this {
    const assessment = last(this.data.assessments);
    if (assessment) Object.assign(assessment, patch);
    else this.data.assessments.push({ id: testId('assessment'), date: '2025-03-25', place: { kind: 'home' }, interviewees: [], items: {}, ...patch });
    return this;
  }

  /** Sets one of the 23 items of the latest assessment. */
  withAssessmentItem<K extends AssessmentItemKey>(key: K, entry: NonNullable<Assessment['items'][K]>): this {
    this.withAssessment({});
    const assessment = last(this.data.assessments);
    if (assessment) assessment.items[key] = entry;
    return this;
  }

  /** Removes one of the 23 items from the latest assessment (an unrecorded item). */
  withoutAssessmentItem(key: AssessmentItemKey): this {
    const assessment = last(this.data.assessments);
    if (assessment) delete assessment.items[key];
    return this;
  }

  /** Patches the latest care plan (creating a draft when there is none). */
  withPlan(patch: Partial<CarePlan>): this {
    const plan = last(this.data.carePlans);
    if (plan) Object.assign(plan, patch);
    else this.data.carePlans.push({ id: testId('plan'), status: 'draft', planCategories: [], needs: [], individualServicePlans: [], ...patch });
    return this;
  }

  /** Adds a need to the latest plan: a ready Need, or text for {@link aNeed} with its options. */
  withNeed(need: Need | string, options: Parameters<typeof aNeed>[1] = {}): this {
    this.withPlan({});
    this.latestPlan().needs.push(typeof need === 'string' ? aNeed(need, options) : clone(need));
    return this;
  }

  withoutNeeds(): this {
    this.withPlan({});
    this.latestPlan().needs = [];
    return this;
  }

  /** Removes every informal support line from the latest plan. */
  withoutInformalSupport(): this {
    for (const need of this.latestPlan().needs) {
      for (const goal of need.longTermGoals) {
        for (const shortTerm of goal.shortTermGoals) shortTerm.serviceLines = shortTerm.serviceLines.filter((line) => line.kind !== 'informal');
      }
    }
    return this;
  }

  /** Patches the latest meeting (creating one on 2025-03-28 when there is none). */
  withMeeting(patch: Partial<CareTeamMeeting>): this {
    const meeting = last(this.data.careTeamMeetings);
    if (meeting) Object.assign(meeting, patch);
    else this.data.careTeamMeetings.push({ id: testId('meeting'), kind: 'meeting', date: '2025-03-28', attendees: [], absentees: [], ...patch });
    return this;
  }

  withSupportLogEntry(entry: Partial<SupportLogEntry> & Pick<SupportLogEntry, 'date'>): this {
    this.data.supportLog.push({ id: testId('log'), kind: 'other', ...entry });
    return this;
  }

  /** Adds a monitoring (home visit unless `patch.method` says otherwise). */
  withMonitoring(patch: Partial<Monitoring> & Pick<Monitoring, 'date'>): this {
    const plan = last(this.data.carePlans);
    this.data.monitorings.push({ id: testId('monitoring'), method: 'home_visit', planId: plan?.id, goalEvaluations: [], serviceStatuses: [], ...patch });
    return this;
  }

  withoutMonitorings(): this {
    this.data.monitorings = [];
    return this;
  }

  /** Adds a 基本チェックリスト with the given はい/いいえ answers (index 0 = question 1). */
  withBasicChecklist(answers: Array<boolean | undefined>, patch: Partial<BasicChecklist> = {}): this {
    this.data.basicChecklists.push({ id: testId('checklist'), date: '2025-03-25', answers: [...answers], ...patch });
    return this;
  }

  /** Patches the latest 介護予防サービス・支援計画書 (creating a draft when there is none). */
  withPreventionPlan(patch: Partial<PreventionPlan>): this {
    const plan = last(this.data.preventionPlans);
    if (plan) Object.assign(plan, patch);
    else this.data.preventionPlans.push({ id: testId('prevention-plan'), status: 'draft', planCategories: [], domains: {}, issues: [], ...patch });
    return this;
  }

  /** Applies any change to the raw data, for variations the other methods do not cover. */
  mutate(change: (caseFile: CaseFile) => void): this {
    change(this.data);
    return this;
  }

  /** The case file, validated by caseFileSchema (throws KizukiError('validation_failed') otherwise). */
  build(): CaseFile {
    return validateCaseFile(clone(this.data));
  }

  /** The case file without validation (for tests of invalid input). */
  buildUnchecked(): CaseFile {
    return clone(this.data);
  }

  private latestPlan(): CarePlan {
    const plan = last(this.data.carePlans);
    if (!plan) throw new Error('The case file has no care plan; call withPlan() first');
    return plan;
  }
}

/** A minimal valid case file (client + certification) to build variations on. */
export function aCaseFile(): CaseFileBuilder {
  return new CaseFileBuilder(minimalCaseFile());
}

/**
 * The exemplary case file a strict auditor accepts: home assessment with all 23 items,
 * needs in the person's words, concrete goals inside the certification period, informal
 * support, meeting, consent and delivery, monthly home-visit monitoring.
 */
export function anExemplaryCaseFile(): CaseFileBuilder {
  return new CaseFileBuilder(exemplaryCaseFile());
}
