import {
  careLevels,
  careLevelTable,
  currentSupportKinds,
  dementiaIndependenceLevels,
  dementiaIndependenceTable,
  diagnosisStatuses,
  independenceSourceLabels,
  independenceSources,
  physicalIndependenceLevels,
  physicalIndependenceTable,
  type AssessmentItemKey,
} from '@kizuki/core';
import type { SelectOption } from '../editing/fields.js';
import { codedOptionsOf, optionsOf } from '../shared/options.js';

/** How one field of an assessment item is entered. Keys are relative to the item's entry. */
export type FieldSpec =
  | { kind: 'text' | 'textarea' | 'date'; key: string; label: string; wide?: boolean; placeholder?: string }
  | { kind: 'number'; key: string; label: string; unit: string }
  | { kind: 'flag'; key: string; label: string }
  | { kind: 'yesno'; key: string; label: string }
  | { kind: 'select'; key: string; label: string; options: SelectOption[] }
  /** あり/なし plus details (`{ present, notes }`) */
  | { kind: 'finding'; key: string; label: string }
  /** Rows with an id (diagnoses, medications …) */
  | { kind: 'list'; key: string; label: string; noun: string; fields: FieldSpec[] }
  /** ADL / IADL grid */
  | { kind: 'activities'; key: 'activities'; label: string; set: 'adl' | 'iadl' };

const supportKindLabels: Record<(typeof currentSupportKinds)[number], string> = {
  long_term_care: '介護保険サービス',
  medical: '医療',
  disability: '障害福祉',
  municipal: '市町村の事業',
  informal: 'インフォーマル',
  other: 'その他',
};
const diagnosisStatusLabels: Record<(typeof diagnosisStatuses)[number], string> = { treating: '治療中', observing: '経過観察', cured: '治癒', other: 'その他' };

/** The structured fields of each of the 23 items (every item also has 記述 and 該当なし). */
export const assessmentFieldSpecs: Record<AssessmentItemKey, FieldSpec[]> = {
  basicInfo: [
    { kind: 'date', key: 'receptionDate', label: '受付日' },
    { kind: 'text', key: 'receivedBy', label: '受付対応者' },
    { kind: 'text', key: 'receptionMethod', label: '受付方法', placeholder: '来所、電話、包括からの紹介' },
    { kind: 'yesno', key: 'firstPlan', label: '初めての居宅サービス計画' },
  ],
  lifeHistory: [
    { kind: 'textarea', key: 'lifeHistory', label: '生活歴', wide: true },
    { kind: 'textarea', key: 'valuesAndPreferences', label: '大切にしていること・好み・価値観' },
    { kind: 'textarea', key: 'hobbies', label: '趣味・楽しみ・特技' },
    { kind: 'textarea', key: 'dailyLifeBefore', label: '以前の暮らし方' },
    { kind: 'textarea', key: 'currentLife', label: '現在の生活状況' },
  ],
  socialSecurity: [
    { kind: 'text', key: 'medicalInsurance', label: '医療保険' },
    { kind: 'text', key: 'pension', label: '年金の種類' },
    { kind: 'yesno', key: 'publicAssistance', label: '生活保護の受給' },
    { kind: 'text', key: 'disabilityCertificates', label: '障害者手帳' },
    { kind: 'yesno', key: 'intractableDisease', label: '指定難病' },
    { kind: 'textarea', key: 'otherPrograms', label: 'その他の制度' },
  ],
  currentSupport: [
    {
      kind: 'list', key: 'resources', label: '利用している支援・社会資源', noun: '支援',
      fields: [
        { kind: 'select', key: 'kind', label: '種類', options: optionsOf(currentSupportKinds, supportKindLabels) },
        { kind: 'text', key: 'name', label: '内容' },
        { kind: 'text', key: 'provider', label: '提供者' },
        { kind: 'text', key: 'frequency', label: '頻度' },
      ],
    },
  ],
  physicalIndependence: [
    { kind: 'select', key: 'judged', label: '判定', options: codedOptionsOf(physicalIndependenceLevels, physicalIndependenceTable) },
    { kind: 'select', key: 'judgedSource', label: '判定を確認した書類', options: optionsOf(independenceSources, independenceSourceLabels) },
    { kind: 'date', key: 'judgedOn', label: '判定日' },
    { kind: 'select', key: 'current', label: '現在（介護支援専門員の判断）', options: codedOptionsOf(physicalIndependenceLevels, physicalIndependenceTable) },
  ],
  dementiaIndependence: [
    { kind: 'select', key: 'judged', label: '判定', options: codedOptionsOf(dementiaIndependenceLevels, dementiaIndependenceTable) },
    { kind: 'select', key: 'judgedSource', label: '判定を確認した書類', options: optionsOf(independenceSources, independenceSourceLabels) },
    { kind: 'date', key: 'judgedOn', label: '判定日' },
    { kind: 'select', key: 'current', label: '現在（介護支援専門員の判断）', options: codedOptionsOf(dementiaIndependenceLevels, dementiaIndependenceTable) },
  ],
  complaintsAndWishes: [
    { kind: 'textarea', key: 'clientWords', label: '本人の主訴・意向（本人の言葉で）', wide: true },
    { kind: 'textarea', key: 'familyWishes', label: '家族等の主訴・意向', wide: true },
  ],
  certificationInfo: [
    { kind: 'select', key: 'careLevel', label: '要介護状態区分', options: codedOptionsOf(careLevels, careLevelTable) },
    { kind: 'number', key: 'benefitLimitUnits', label: '区分支給限度基準額', unit: '単位' },
    { kind: 'textarea', key: 'committeeOpinion', label: '介護認定審査会の意見', wide: true },
  ],
  assessmentReason: [],
  health: [
    { kind: 'number', key: 'heightCm', label: '身長', unit: 'cm' },
    { kind: 'number', key: 'weightKg', label: '体重', unit: 'kg' },
    { kind: 'number', key: 'bloodPressure.systolic', label: '血圧（上）', unit: 'mmHg' },
    { kind: 'number', key: 'bloodPressure.diastolic', label: '血圧（下）', unit: 'mmHg' },
    {
      kind: 'list', key: 'diagnoses', label: '既往歴・主傷病', noun: '傷病',
      fields: [
        { kind: 'text', key: 'name', label: '傷病名' },
        { kind: 'flag', key: 'isPrimary', label: '主傷病' },
        { kind: 'text', key: 'onsetText', label: '発症時期', placeholder: '令和5年頃' },
        { kind: 'select', key: 'status', label: '治療状況', options: optionsOf(diagnosisStatuses, diagnosisStatusLabels) },
        { kind: 'text', key: 'institution', label: '医療機関' },
      ],
    },
    { kind: 'textarea', key: 'symptoms', label: '症状', wide: true },
    { kind: 'finding', key: 'pain', label: '痛み' },
    { kind: 'finding', key: 'pressureUlcer', label: '褥瘡' },
    { kind: 'textarea', key: 'visits', label: '受診頻度・受診方法' },
    { kind: 'text', key: 'visitCompanion', label: '受診時の同行者' },
    { kind: 'text', key: 'dentist', label: 'かかりつけ歯科医' },
    { kind: 'text', key: 'pharmacy', label: 'かかりつけ薬局' },
    {
      kind: 'list', key: 'medications', label: '服薬', noun: '薬',
      fields: [
        { kind: 'text', key: 'name', label: '薬品名' },
        { kind: 'text', key: 'dosage', label: '用法・用量' },
        { kind: 'text', key: 'purpose', label: '目的' },
      ],
    },
    { kind: 'textarea', key: 'medicationAdherence', label: '服薬の実施状況' },
    { kind: 'textarea', key: 'healthAwareness', label: '健康に対する理解や意識' },
  ],
  adl: [{ kind: 'activities', key: 'activities', label: 'ADL', set: 'adl' }],
  iadl: [{ kind: 'activities', key: 'activities', label: 'IADL', set: 'iadl' }],
  cognition: [
    { kind: 'yesno', key: 'dementiaDiagnosed', label: '認知症の診断' },
    { kind: 'text', key: 'diagnosisName', label: '診断名' },
    { kind: 'textarea', key: 'decisionMaking', label: '日常の意思決定・判断能力' },
    { kind: 'textarea', key: 'coreSymptoms', label: '中核症状' },
    { kind: 'finding', key: 'bpsd', label: '行動・心理症状（BPSD）' },
  ],
  communication: [
    { kind: 'text', key: 'hearing', label: '聴力' },
    { kind: 'text', key: 'vision', label: '視力' },
    { kind: 'textarea', key: 'understanding', label: '理解' },
    { kind: 'textarea', key: 'expression', label: '表出' },
    { kind: 'text', key: 'devices', label: '電話等の機器' },
  ],
  dailyRhythm: [
    { kind: 'textarea', key: 'daySchedule', label: '1日の過ごし方', wide: true },
    { kind: 'textarea', key: 'activityLevel', label: '活動量' },
    { kind: 'textarea', key: 'sleep', label: '睡眠' },
  ],
  excretion: [
    { kind: 'text', key: 'place', label: '排泄の場所' },
    { kind: 'text', key: 'method', label: '排泄の方法' },
    { kind: 'yesno', key: 'urinaryUrge', label: '尿意' },
    { kind: 'yesno', key: 'bowelUrge', label: '便意' },
    { kind: 'finding', key: 'urinaryIncontinence', label: '尿失禁' },
    { kind: 'finding', key: 'fecalIncontinence', label: '便失禁' },
    { kind: 'finding', key: 'constipation', label: '便秘' },
    { kind: 'text', key: 'rhythm', label: '排泄リズム（日中・夜間）' },
    { kind: 'text', key: 'aftercare', label: '後始末' },
  ],
  hygiene: [
    { kind: 'textarea', key: 'bathing', label: '入浴' },
    { kind: 'textarea', key: 'skinAndNails', label: '皮膚・爪' },
    { kind: 'textarea', key: 'clothingAndBedding', label: '衣類・寝具' },
  ],
  oral: [
    { kind: 'text', key: 'teeth', label: '歯の状態' },
    { kind: 'finding', key: 'dentures', label: '義歯' },
    { kind: 'text', key: 'bite', label: 'かみ合わせ' },
    { kind: 'textarea', key: 'oralCondition', label: '口腔内の状態' },
    { kind: 'textarea', key: 'oralCare', label: '口腔ケア' },
  ],
  nutrition: [
    { kind: 'text', key: 'foodForm', label: '食形態' },
    { kind: 'number', key: 'mealsPerDay', label: '1日の食事回数', unit: '回' },
    { kind: 'textarea', key: 'intake', label: '摂取量・内容' },
    { kind: 'text', key: 'fluidIntake', label: '水分摂取' },
    { kind: 'finding', key: 'swallowing', label: '摂食嚥下の問題' },
    { kind: 'text', key: 'dietRestrictions', label: '食事制限' },
    { kind: 'text', key: 'whoPrepares', label: '食事の準備をする人' },
    { kind: 'textarea', key: 'nutritionStatus', label: '栄養状態' },
  ],
  socialParticipation: [
    { kind: 'textarea', key: 'familyRole', label: '家庭内での役割' },
    { kind: 'textarea', key: 'familyRelations', label: '家族等との関わり' },
    { kind: 'textarea', key: 'communityParticipation', label: '地域との関わり' },
    { kind: 'textarea', key: 'willingness', label: '参加意欲' },
    { kind: 'textarea', key: 'work', label: '仕事との関わり' },
  ],
  family: [
    {
      kind: 'list', key: 'members', label: '家族等', noun: '家族',
      fields: [
        { kind: 'text', key: 'name', label: '氏名' },
        { kind: 'text', key: 'relationship', label: '続柄' },
        { kind: 'flag', key: 'livesTogether', label: '同居' },
        { kind: 'text', key: 'ageGroup', label: '年代' },
        { kind: 'text', key: 'occupation', label: '仕事' },
        { kind: 'textarea', key: 'involvement', label: '支援への参加状況' },
        { kind: 'textarea', key: 'burden', label: '負担感' },
      ],
    },
    { kind: 'textarea', key: 'caregiverBurden', label: '主介護者の負担' },
    { kind: 'text', key: 'informationSharing', label: '情報共有の方法' },
    { kind: 'textarea', key: 'considerations', label: '特に配慮すべき事項' },
  ],
  environment: [
    { kind: 'text', key: 'housingType', label: '住居の種類' },
    { kind: 'number', key: 'floor', label: '自室の階数', unit: '階' },
    { kind: 'textarea', key: 'layout', label: '間取り・生活動線' },
    {
      kind: 'list', key: 'hazards', label: '危険箇所', noun: '危険箇所',
      fields: [
        { kind: 'text', key: 'place', label: '場所' },
        { kind: 'textarea', key: 'description', label: '内容' },
      ],
    },
    { kind: 'textarea', key: 'upkeep', label: '整理・清掃・室温' },
    { kind: 'finding', key: 'homeModification', label: '住宅改修' },
    { kind: 'textarea', key: 'surroundings', label: '自宅周辺の環境' },
  ],
  specialCircumstances: [
    { kind: 'finding', key: 'abuse', label: '虐待（疑いを含む）' },
    { kind: 'finding', key: 'poverty', label: '経済的困窮' },
    { kind: 'finding', key: 'noRelatives', label: '身寄りがない' },
    { kind: 'finding', key: 'foreignNational', label: '言語・文化への配慮' },
    { kind: 'finding', key: 'highMedicalDependence', label: '医療依存度が高い' },
    { kind: 'finding', key: 'endOfLife', label: '看取り' },
    { kind: 'finding', key: 'guardianship', label: '成年後見・権利擁護' },
  ],
};
