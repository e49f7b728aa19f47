import {
  addDays,
  assessmentReasonLabels,
  effectiveBenefitLimitUnits,
  type AdlRecord,
  type Assessment,
  type AssessmentItemKey,
  type AssessmentItems,
  type AssessmentReason,
  type Certification,
  type DementiaIndependenceLevel,
  type FamilyMember,
  type FunctionTrend,
  type IadlRecord,
  type PhysicalIndependenceLevel,
} from '@kizuki/core';
import { staff, type DemoIds, type StaffKey } from './helpers.js';

type ResourceRow = [kind: 'long_term_care' | 'medical' | 'disability' | 'municipal' | 'informal' | 'other', name: string, provider: string, frequency: string];
type DiagnosisRow = [name: string, onsetText: string, institution: string, primary?: boolean];
type MedicationRow = [name: string, dosage: string, purpose: string];
type HazardRow = [place: string, description: string];

/** Items passed whole (they have no generated ids). */
type PlainItems = Pick<
  AssessmentItems,
  'cognition' | 'communication' | 'dailyRhythm' | 'excretion' | 'hygiene' | 'oral' | 'nutrition' | 'socialParticipation' | 'specialCircumstances' | 'lifeHistory'
>;

export interface AssessmentSpec {
  id: string;
  date: string;
  place: 'home' | 'hospital' | 'facility' | 'office' | 'other';
  placeText?: string;
  interviewees: Array<{ kind: 'client' | 'family' | 'other'; name: string; relationship?: string }>;
  reason: AssessmentReason;
  author: StaffKey;
  cert: Certification;
  reception?: string;
  pension?: string;
  resources?: ResourceRow[];
  independence: { physical: [PhysicalIndependenceLevel, PhysicalIndependenceLevel]; dementia: [DementiaIndependenceLevel, DementiaIndependenceLevel] };
  wishes: { client: string; family?: string };
  health: {
    heightCm?: number;
    weightKg?: number;
    bp?: [number, number];
    diagnoses: DiagnosisRow[];
    symptoms?: string;
    pain?: string;
    visits?: string;
    companion?: string;
    dentist?: string;
    pharmacy?: string;
    medications?: MedicationRow[];
    adherence?: string;
    awareness?: string;
  };
  adl: AdlRecord[];
  iadl: IadlRecord[];
  /** The client's family members; item 21 is derived from them. */
  family: FamilyMember[];
  caregiverBurden?: string;
  environment: { housingType: string; floor?: number; layout: string; hazards?: HazardRow[]; upkeep?: string; modification?: string; surroundings?: string };
  /** Overrides of whole items; `lifeHistory` must be given here (leave it out to show a missing life history). */
  items?: Partial<PlainItems>;
  /** Items left unrecorded (a thin assessment). */
  omit?: AssessmentItemKey[];
  trend: FunctionTrend;
  risks?: Assessment['risks'];
  summary: string;
}

function ageGroup(age: number | undefined): string | undefined {
  return age === undefined ? undefined : `${Math.floor(age / 10) * 10}代`;
}

const plainDefaults: Required<Omit<PlainItems, 'lifeHistory'>> = {
  cognition: { dementiaDiagnosed: false, decisionMaking: '日常の判断は自分でできる', coreSymptoms: '年相応の物忘れ程度', bpsd: { present: false } },
  communication: { hearing: '日常会話は問題なし', vision: '老眼鏡を使用', understanding: '説明を理解できる', expression: '自分の考えを話せる', devices: '固定電話' },
  dailyRhythm: { daySchedule: '6時半起床、22時就寝。昼食後に30分ほど横になる。', activityLevel: '日中は居間で過ごすことが多い', sleep: '夜間1回トイレで起きるが眠れている' },
  excretion: { place: 'トイレ', method: '洋式トイレ', urinaryUrge: true, bowelUrge: true, urinaryIncontinence: { present: false }, constipation: { present: false }, rhythm: '日中6回、夜間1回' },
  hygiene: { bathing: '自宅の浴槽で週3回', skinAndNails: '皮膚の乾燥あり。爪切りは自分でできる', clothingAndBedding: '清潔に保たれている' },
  oral: { teeth: '部分入れ歯', dentures: { present: true, notes: '上の部分入れ歯、適合良好' }, oralCondition: '特に問題なし', oralCare: '朝晩の歯みがき' },
  nutrition: { foodForm: '普通食', mealsPerDay: 3, intake: '主食・副食とも8割程度', fluidIntake: '1日1000ml程度', swallowing: { present: false }, whoPrepares: '本人' },
  socialParticipation: { familyRole: '特になし', familyRelations: '家族との関係は良好', communityParticipation: '町内会に加入', willingness: '機会があれば参加したい' },
  specialCircumstances: { notApplicable: true, notes: '虐待・経済的困窮等の懸念なし' },
};

/** A アセスメント with every one of the 23 standard items recorded, except those in `spec.omit`. */
export function assessment(ids: DemoIds, spec: AssessmentSpec): Assessment {
  const { health } = spec;
  const items: AssessmentItems = {
    basicInfo: { receptionDate: addDays(spec.date, -10), receivedBy: staff[spec.author].name, receptionMethod: spec.reception ?? '電話', firstPlan: spec.reason === 'initial' },
    lifeHistory: spec.items?.lifeHistory,
    socialSecurity: { medicalInsurance: '後期高齢者医療', pension: spec.pension ?? '国民年金', publicAssistance: false, intractableDisease: false },
    currentSupport: {
      resources: (spec.resources ?? []).map(([kind, name, provider, frequency]) => ({ id: ids.next('res'), kind, name, provider, frequency })),
      notApplicable: spec.resources === undefined || spec.resources.length === 0 ? true : undefined,
      notes: spec.resources === undefined || spec.resources.length === 0 ? '現在利用している支援はない' : undefined,
    },
    physicalIndependence: { judged: spec.independence.physical[0], judgedSource: 'certification_survey', judgedOn: spec.cert.certifiedOn, current: spec.independence.physical[1] },
    dementiaIndependence: { judged: spec.independence.dementia[0], judgedSource: 'doctor_opinion', judgedOn: spec.cert.certifiedOn, current: spec.independence.dementia[1] },
    complaintsAndWishes: { clientWords: spec.wishes.client, familyWishes: spec.wishes.family },
    certificationInfo: {
      certificationId: spec.cert.id,
      careLevel: spec.cert.careLevel,
      committeeOpinion: spec.cert.committeeOpinion,
      benefitLimitUnits: spec.cert.careLevel ? effectiveBenefitLimitUnits(spec.cert) : undefined,
      notes: spec.cert.status === 'applying' ? '認定申請中' : undefined,
    },
    assessmentReason: { notes: assessmentReasonLabels[spec.reason] },
    health: {
      heightCm: health.heightCm,
      weightKg: health.weightKg,
      bloodPressure: health.bp ? { systolic: health.bp[0], diastolic: health.bp[1] } : undefined,
      diagnoses: health.diagnoses.map(([name, onsetText, institution, primary]) => ({ id: ids.next('dx'), name, onsetText, institution, isPrimary: primary, status: 'treating' })),
      symptoms: health.symptoms,
      pain: health.pain ? { present: true, notes: health.pain } : { present: false },
      pressureUlcer: { present: false },
      visits: health.visits,
      visitCompanion: health.companion,
      dentist: health.dentist,
      pharmacy: health.pharmacy,
      medications: (health.medications ?? []).map(([name, dosage, purpose]) => ({ id: ids.next('med'), name, dosage, purpose })),
      medicationAdherence: health.adherence,
      healthAwareness: health.awareness,
    },
    adl: { activities: spec.adl },
    iadl: { activities: spec.iadl },
    ...plainDefaults,
    ...spec.items,
    family: {
      members: spec.family.map((member) => ({
        id: ids.next('fsm'),
        familyMemberId: member.id,
        name: member.name,
        relationship: member.relationship,
        livesTogether: member.livesTogether,
        ageGroup: ageGroup(member.age),
        involvement: member.roleNotes,
        willingness: member.canHelp ? 'できる範囲で協力したい' : '協力は難しい',
      })),
      notApplicable: spec.family.length === 0 ? true : undefined,
      notes: spec.family.length === 0 ? '身寄りなし' : undefined,
      caregiverBurden: spec.caregiverBurden,
      informationSharing: spec.family.length > 0 ? '電話' : undefined,
    },
    environment: {
      housingType: spec.environment.housingType,
      floor: spec.environment.floor ?? 1,
      layout: spec.environment.layout,
      hazards: (spec.environment.hazards ?? []).map(([place, description]) => ({ id: ids.next('hz'), place, description })),
      upkeep: spec.environment.upkeep ?? '整理されている',
      homeModification: spec.environment.modification ? { present: true, notes: spec.environment.modification } : { present: false },
      surroundings: spec.environment.surroundings,
    },
  };
  for (const key of spec.omit ?? []) delete items[key];
  return {
    id: spec.id,
    date: spec.date,
    place: { kind: spec.place, text: spec.placeText },
    interviewees: spec.interviewees.map((person) => ({ id: ids.next('iv'), ...person })),
    reason: spec.reason,
    assessorUserId: staff[spec.author].userId,
    items,
    functionTrend: spec.trend,
    risks: spec.risks,
    summary: spec.summary,
  };
}
