/**
 * 職種 of those who attend a 地域ケア会議 (厚生労働省「地域ケア会議」に関する資料: 個別会議の助言者は
 * 理学療法士・作業療法士・管理栄養士・歯科衛生士・薬剤師 等; 根室市 基本方針 8, 塩尻市 (3)). Kept as data:
 * a municipality adds a profession here, not in the screens.
 */
export const meetingProfessions = [
  'physical_therapist',
  'occupational_therapist',
  'speech_therapist',
  'dietitian',
  'dental_hygienist',
  'pharmacist',
  'physician',
  'dentist',
  'nurse',
  'chief_care_manager',
  'care_manager',
  'social_worker',
  'life_support_coordinator',
  'welfare_commissioner',
  'service_provider',
  'municipal_staff',
  'other',
] as const;
export type MeetingProfession = (typeof meetingProfessions)[number];

export const meetingProfessionLabels: Record<MeetingProfession, string> = {
  physical_therapist: '理学療法士',
  occupational_therapist: '作業療法士',
  speech_therapist: '言語聴覚士',
  dietitian: '管理栄養士',
  dental_hygienist: '歯科衛生士',
  pharmacist: '薬剤師',
  physician: '医師',
  dentist: '歯科医師',
  nurse: '看護師・保健師',
  chief_care_manager: '主任介護支援専門員',
  care_manager: '介護支援専門員',
  social_worker: '社会福祉士',
  life_support_coordinator: '生活支援コーディネーター',
  welfare_commissioner: '民生委員',
  service_provider: 'サービス事業所',
  municipal_staff: '行政',
  other: 'その他',
};
