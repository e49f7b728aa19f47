import type { CaseFile } from '../domain/document-bodies.js';
import { daysBetween, type IsoDate } from '../dates/iso-date.js';
import { employedThroughMonth, fullTimeEquivalent, isCareManager, monthBounds, reaches, type OfficeCaseload, type StaffEntry } from './caseload.js';
import type { ConcentrationReport } from './concentration.js';
import { warekiMonth } from '../usage/month-calendar.js';
import { fiscalYearOfMonth } from './fiscal-year.js';
import { dedicatedForAddition, type OfficeActivity, type OfficeActivityType, type OfficeProfile, type PartnerAgreement, type StaffMember } from './office-records.schema.js';
import type { PartnerRequirementId } from './partner-requirements.js';
import { trainingPlanRules, type Sourced } from './office-rules.js';
import { plansForFiscalYear, trainingPlanCompletion, type TrainingPlanCompletion, type TrainingPlanInput } from './training-plan.js';

export const additionLevels = ['I', 'II', 'III', 'A'] as const;
export type AdditionLevel = (typeof additionLevels)[number];
export const additionLevelLabels: Record<AdditionLevel, string> = { I: '特定事業所加算(Ⅰ)', II: '特定事業所加算(Ⅱ)', III: '特定事業所加算(Ⅲ)', A: '特定事業所加算(A)' };

/** 単位/月 (令和6年度 サービスコード表 434002/434003/434004/434006). */
export const additionUnits: Sourced<Record<AdditionLevel, number>> = { value: { I: 519, II: 421, III: 323, A: 114 }, source: '介護給付費単位数等サービスコード表（令和6年度）434002/434003/434004/434006（standards.md §8.3 の表、サービスコード表からの抽出 [REPO]; §5.2）', verified: 'repo' };

const notice = '平成27年厚生労働省告示第95号 第84号（standards.md §5.2）';

/**
 * One requirement of 第84号. `need` gives, per level it applies to, the number it asks (staff
 * counts, share, caseload) or `true`; `partner` marks the levels where it may be met together with
 * a partner office (ニ(1)ただし書). Computed ones are checked from staff and case files; evidenced
 * ones from the office's records (`evidence`: the activity kind, or the profile field).
 */
export interface AdditionRequirement {
  id: string;
  article: string;
  /** the text of the 告示 (abridged where marked …) */
  text: string;
  how: 'computed' | 'evidenced';
  need: Partial<Record<AdditionLevel, number | true>>;
  partner?: readonly AdditionLevel[];
  /** what to do when it fails */
  todo: string;
  source: string;
  verified: Sourced<unknown>['verified'];
}

export const additionRequirements: readonly AdditionRequirement[] = [
  { id: 'chief', article: 'イ(1)・ロ(2)', text: '専ら指定居宅介護支援の提供に当たる常勤の主任介護支援専門員を配置（(Ⅰ)は二名以上）', how: 'computed', need: { I: 2, II: 1, III: 1, A: 1 }, todo: '常勤・専従（認められた兼務を含む）の主任介護支援専門員を職員名簿に登録し、更新期限を確認してください。', source: notice, verified: 'verbatim' },
  { id: 'cm', article: 'イ(2)・ハ(3)・ニ(3)', text: '専ら指定居宅介護支援の提供に当たる常勤の介護支援専門員を配置（(Ⅰ)(Ⅱ)三名以上、(Ⅲ)二名以上、(A)一名以上; 主任介護支援専門員を除く）', how: 'computed', need: { I: 3, II: 3, III: 2, A: 1 }, todo: '常勤・専従の介護支援専門員（主任を除く）の人数を確認し、職員名簿を最新にしてください。', source: notice, verified: 'verbatim' },
  { id: 'cm_fte', article: 'ニ(4)', text: '専ら指定居宅介護支援の提供に当たる介護支援専門員を常勤換算方法で一以上配置（連携先との兼務可）', how: 'computed', need: { A: 1 }, todo: '非常勤の介護支援専門員の週の勤務時間を職員名簿に記録してください。', source: notice, verified: 'verbatim' },
  { id: 'r3', article: 'イ(3)', text: '利用者に関する情報又はサービス提供に当たっての留意事項に係る伝達等を目的とした会議を定期的に開催すること（おおむね週1回以上: 留意事項通知）', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, todo: '毎週の会議の議事録を「会議・研修計画などの記録」に残してください（月の経過した週の数だけ必要としています）。', source: `${notice}; 回数は留意事項通知`, verified: 'recall' },
  { id: 'r4', article: 'イ(4)', text: '二十四時間連絡体制を確保し、かつ、必要に応じて利用者等の相談に対応する体制を確保していること', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, partner: ['A'], todo: '「事業所の体制」に24時間連絡体制（携帯電話の当番など）を記入してください。', source: notice, verified: 'verbatim' },
  { id: 'r5', article: 'イ(5)', text: '算定日が属する月の利用者の総数のうち、要介護三、要介護四又は要介護五である者の占める割合が百分の四十以上であること', how: 'computed', need: { I: 0.4 }, todo: '要介護3〜5の利用者の割合が40%に届きません。包括・医療機関からの重度の方の紹介に応じる体制を検討してください。', source: notice, verified: 'verbatim' },
  { id: 'r6', article: 'イ(6)', text: '介護支援専門員に対し、計画的に研修を実施していること（毎年度、介護支援専門員ごとに研修計画を策定: 留意事項通知）', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, partner: ['A'], todo: 'この年度の研修計画を、介護支援専門員ごとに（全員を対象者に含めて）記録してください。', source: `${notice}; 毎年度・個別の策定は留意事項通知（§5.2 [RECALL]）`, verified: 'recall' },
  { id: 'r7', article: 'イ(7)', text: '地域包括支援センターから支援が困難な事例を紹介された場合においても、当該支援が困難な事例に係る者に指定居宅介護支援を提供していること', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, todo: '「事業所の体制」に困難事例を受ける体制を記入し、受け入れた事例を記録してください。', source: notice, verified: 'verbatim' },
  { id: 'r8', article: 'イ(8)', text: '家族に対する介護等を日常的に行っている児童や、障害者、生活困窮者、難病患者等、高齢者以外の対象者への支援に関する知識等に関する事例検討会、研修等に参加していること', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, todo: 'この年度に参加した事例検討会・研修を記録してください。', source: notice, verified: 'verbatim' },
  { id: 'r9', article: 'イ(9)', text: '居宅介護支援費に係る特定事業所集中減算の適用を受けていないこと', how: 'computed', need: { I: true, II: true, III: true, A: true }, todo: '集中減算の判定で80%を超えたサービスに正当な理由を記録するか、紹介先の偏りを見直してください。', source: notice, verified: 'verbatim' },
  { id: 'r10', article: 'イ(10)', text: '利用者数が介護支援専門員一人当たり四十五名未満であること（居宅介護支援費(Ⅱ)を算定している場合は五十名未満）', how: 'computed', need: { I: true, II: true, III: true, A: true }, todo: '介護支援専門員一人当たりの利用者数を減らすか、介護支援専門員を増やしてください。', source: notice, verified: 'verbatim' },
  { id: 'r11', article: 'イ(11)', text: '介護支援専門員実務研修における科目「ケアマネジメントの基礎技術に関する実習」等に協力又は協力体制を確保していること', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, partner: ['A'], todo: '「事業所の体制」に実務研修の実習への協力（協力体制）を記入してください。', source: notice, verified: 'verbatim' },
  { id: 'r12', article: 'イ(12)', text: '他の法人が運営する指定居宅介護支援事業者と共同で事例検討会、研修会等を実施していること', how: 'evidenced', need: { I: true, II: true, III: true, A: true }, partner: ['A'], todo: 'この年度に他法人と共同で行った事例検討会・研修会を記録してください。', source: notice, verified: 'verbatim' },
  { id: 'r13', article: 'イ(13)', text: '必要に応じて、多様な主体により提供される利用者の日常生活全般を支援するサービスが包括的に提供されるような居宅サービス計画を作成していること', how: 'computed', need: { I: true, II: true, III: true, A: true }, todo: '介護保険以外の支援（インフォーマルサポート）を位置付けた計画がありません。必要な方の計画に位置付けてください。', source: notice, verified: 'verbatim' },
];

/** 利用者数の上限 of イ(10) per billing type. */
export const additionCaseloadLimit: Sourced<Record<OfficeProfile['billingType'], number>> = { value: { I: 45, II: 50 }, source: notice, verified: 'verbatim' };

export interface RequirementResult {
  id: string;
  article: string;
  how: 'computed' | 'evidenced';
  met: boolean;
  /** the levels for which it is met */
  metFor: AdditionLevel[];
  /** why, in one sentence with the figures */
  detail: string;
  todo: string;
}

export interface AdditionMonth {
  month: string;
  requirements: RequirementResult[];
  levels: { level: AdditionLevel; met: boolean; failing: string[]; units: number }[];
  /** the highest level met, if any */
  best?: AdditionLevel;
  /** イ(6): each care manager's planned trainings of the 年度 compared with the training records */
  trainingPlan: TrainingPlanCompletion[];
}

// 年度 of a month (fiscal-year.ts), exported from here as before.
export { fiscalYearOfMonth };

/** Whether a 主任 counts in a month: 常勤, 専従 or allowed 兼務, employed and qualified on every day of it. */
export function chiefCountsInMonth(s: StaffMember, month: string): boolean {
  const { end } = monthBounds(month);
  return s.qualification === 'chief_care_manager' && (s.chiefValidUntil ?? '') >= end && (s.cardValidUntil ?? '') >= end && s.employment === 'full_time' && dedicatedForAddition(s.dedication) && employedThroughMonth(s, month);
}

/** A care manager (主任 not counted here, nor a 主任 whose 主任 status lapsed but who remains a care manager) counted in イ(2). */
function careManagerCountsInMonth(s: StaffMember, month: string): boolean {
  const { end } = monthBounds(month);
  const cardValid = (s.cardValidUntil ?? '') >= end;
  const asCareManager = s.qualification === 'care_manager' || (s.qualification === 'chief_care_manager' && (s.chiefValidUntil ?? '') < end);
  return asCareManager && cardValid && s.employment === 'full_time' && dedicatedForAddition(s.dedication) && employedThroughMonth(s, month);
}

export interface AdditionInput {
  month: string;
  /** today: the current month is judged on what is recorded so far */
  asOf: IsoDate;
  staff: readonly StaffEntry[];
  profile: OfficeProfile | undefined;
  activities: readonly OfficeActivity[];
  caseload: OfficeCaseload;
  /** the 集中減算 judgement whose 減算適用期間 contains the month (undefined when it cannot be computed) */
  concentration: ConcentrationReport | undefined;
  caseFiles: readonly CaseFile[];
  /** 特定事業所加算(A)の連携 agreements (none: (A) is judged on the office's own records) */
  partners?: readonly PartnerAgreement[];
  /** 研修・訓練の記録, compared with each care manager's planned trainings (イ(6)) */
  trainings?: TrainingPlanInput['trainings'];
}

/** Partner agreements in force on every day of the month. */
export function partnersInMonth(partners: readonly PartnerAgreement[], month: string): PartnerAgreement[] {
  const { start, end } = monthBounds(month);
  return partners.filter((p) => p.agreedOn <= start && (p.endsOn === undefined || p.endsOn >= end));
}

const pct = (n: number) => `${Math.floor(n * 1000) / 10}%`;

function activitiesIn(activities: readonly OfficeActivity[], type: OfficeActivityType, from: IsoDate, to: IsoDate): OfficeActivity[] {
  return activities.filter((a) => a.type === type && a.date >= from && a.date <= to);
}

/** Which requirements and levels of 特定事業所加算 the office meets in a month, and why not. */
export function evaluateAddition(input: AdditionInput): AdditionMonth {
  const { month, staff, profile, activities, caseload } = input;
  const { start, end } = monthBounds(month);
  const fy = fiscalYearOfMonth(month);
  const fyStart = `${fy}-04-01`;
  const fyEnd = `${fy + 1}-03-31`;
  const fullTimeHours = profile?.fullTimeWeeklyHours ?? 40;
  const chiefs = staff.filter((s) => chiefCountsInMonth(s.body, month));
  const cms = staff.filter((s) => careManagerCountsInMonth(s.body, month));
  const partners = partnersInMonth(input.partners ?? [], month);
  const partTime = (allowPartner: boolean) =>
    staff
      .filter((s) => isCareManager(s.body) && s.body.employment === 'part_time' && (s.body.cardValidUntil ?? '') >= end && (dedicatedForAddition(s.body.dedication) || (allowPartner && s.body.dedication === 'concurrent_partner')) && employedThroughMonth(s.body, month))
      .reduce((sum, s) => sum + fullTimeEquivalent(s.body, fullTimeHours), 0);
  // ニ(4)ただし書: the care manager may also work at the partner office of ニ(1).
  const partTimeFte = partTime(partners.length > 0);
  const lapsed = staff.filter((s) => s.body.qualification === 'chief_care_manager' && (s.body.chiefValidUntil ?? '') < end && employedThroughMonth(s.body, month));
  const results = new Map<string, { met: boolean | Partial<Record<AdditionLevel, boolean>>; detail: string }>();

  const chiefDetail = `常勤・専従の主任介護支援専門員 ${chiefs.length}名${chiefs.length > 0 ? `（${chiefs.map((s) => s.body.name).join('、')}）` : ''}${lapsed.length > 0 ? `。更新期限切れ: ${lapsed.map((s) => `${s.body.name}（${s.body.chiefValidUntil ?? '未記入'}）`).join('、')}` : ''}`;
  results.set('chief', { met: { I: chiefs.length >= 2, II: chiefs.length >= 1, III: chiefs.length >= 1, A: chiefs.length >= 1 }, detail: chiefDetail });
  results.set('cm', { met: { I: cms.length >= 3, II: cms.length >= 3, III: cms.length >= 2, A: cms.length >= 1 }, detail: `常勤・専従の介護支援専門員（主任を除く）${cms.length}名` });
  const partnerFteShare = partTimeFte - partTime(false);
  results.set('cm_fte', { met: partTimeFte >= 1, detail: `非常勤の介護支援専門員の常勤換算 ${partTimeFte.toFixed(1)}${partnerFteShare > 0 ? `（うち連携先と兼務 ${partnerFteShare.toFixed(1)}）` : ''}` });

  // おおむね週1回: one meeting per full week of the month so far (at least one), counted up to today in the current month.
  const until = input.asOf < end ? input.asOf : end;
  const days = until < start ? 0 : daysBetween(start, until) + 1;
  const meetingsNeeded = Math.max(1, Math.floor(days / 7));
  const meetings = activitiesIn(activities, 'meeting', start, until).length;
  results.set('r3', { met: days > 0 && meetings >= meetingsNeeded, detail: `${until < end ? `${until}までの` : 'この月の'}会議の記録 ${meetings}回（必要 ${meetingsNeeded}回: おおむね週1回）` });
  const has = (text: string | undefined) => text !== undefined && text.trim() !== '';
  results.set('r4', { met: has(profile?.contact24h), detail: has(profile?.contact24h) ? `24時間連絡体制: ${profile!.contact24h}` : '24時間連絡体制が記録されていません' });

  const share = caseload.careClients === 0 ? 0 : caseload.heavyCareClients / caseload.careClients;
  const shareMet = caseload.careClients > 0 && caseload.heavyCareClients * 10 >= caseload.careClients * 4;
  results.set('r5', { met: shareMet, detail: `要介護の利用者${caseload.careClients}名のうち要介護3〜5が${caseload.heavyCareClients}名（${pct(share)}、基準40%以上）` });

  // The year's plan is made by the start of the 年度 (from February on) or during it.
  const currentPlans = plansForFiscalYear(activities, month);
  const trainingPlan = trainingPlanCompletion({ month, staff, plans: currentPlans, trainings: input.trainings ?? [] });
  const unplanned = trainingPlan.filter((c) => !c.planned);
  // A planned training not held is not 計画的に実施 once past the grace (trainingPlanRules, RECALL).
  const late = trainingPlan.flatMap((c) => c.items.filter((i) => i.failing).map((i) => `${c.name}さん『${i.title}』（${warekiMonth(i.plannedMonth)}予定）`));
  const done = trainingPlan.reduce((n, c) => n + c.done, 0);
  const plannedCount = trainingPlan.reduce((n, c) => n + c.items.length, 0);
  results.set('r6', {
    met: currentPlans.length > 0 && unplanned.length === 0 && late.length === 0,
    detail:
      currentPlans.length === 0
        ? `${fy}年度の研修計画が記録されていません`
        : unplanned.length > 0
          ? `研修計画のない介護支援専門員: ${unplanned.map((c) => c.name).join('、')}`
          : late.length > 0
            ? `予定月から${trainingPlanRules.overdueGraceMonths.value}か月を超えて実施の記録がない研修があり、計画的な実施とはいえません: ${late.join('、')}`
            : `${fy}年度の研修計画 ${currentPlans.length}件（全員分）${plannedCount > 0 ? `、予定の研修 ${plannedCount}件のうち実施 ${done}件` : ''}`,
  });
  results.set('r7', { met: has(profile?.difficultCases), detail: has(profile?.difficultCases) ? `困難事例を受ける体制: ${profile!.difficultCases}（受入れ ${activitiesIn(activities, 'difficult_case', fyStart, end).length}件）` : '困難事例を受ける体制が記録されていません' });
  const study = activitiesIn(activities, 'diverse_study', fyStart, fyEnd).filter((a) => a.date <= end).length;
  results.set('r8', { met: study > 0, detail: `${fy}年度の参加記録 ${study}件` });

  const c = input.concentration;
  results.set('r9', {
    met: c !== undefined && !c.reduced,
    detail: c === undefined ? '集中減算を判定できません' : c.reduced ? `判定期間 ${c.period.start}〜${c.period.end} で80%を超え、正当な理由のないサービスがあります（減算適用期間 ${c.reduction.start}〜${c.reduction.end}）` : `判定期間 ${c.period.start}〜${c.period.end}: 減算なし`,
  });

  const limit = additionCaseloadLimit.value[profile?.billingType ?? 'I'];
  const perCm = caseload.perCareManager;
  const under = perCm !== undefined && !reaches(caseload.total, limit, caseload.fte);
  results.set('r10', { met: under, detail: perCm === undefined ? '介護支援専門員が登録されていません' : `介護支援専門員一人当たり ${perCm.toFixed(1)}件（常勤換算 ${caseload.fte.toFixed(1)}人、基準${limit}件未満）` });
  results.set('r11', { met: has(profile?.practicum), detail: has(profile?.practicum) ? `実務研修への協力: ${profile!.practicum}` : '実務研修への協力が記録されていません' });
  const joint = activitiesIn(activities, 'joint_conference', fyStart, fyEnd).filter((a) => a.date <= end).length;
  results.set('r12', { met: joint > 0, detail: `${fy}年度の他法人との共同の事例検討会・研修会 ${joint}件` });

  const withInformal = input.caseFiles.filter((cf) =>
    cf.carePlans.some((p) => (p.status === 'delivered' || p.status === 'active') && p.needs.some((n) => n.longTermGoals.some((l) => l.shortTermGoals.some((s) => s.serviceLines.some((line) => line.kind === 'informal'))))),
  ).length;
  results.set('r13', { met: withInformal > 0, detail: `介護保険以外の支援を位置付けた計画 ${withInformal}件` });

  // ニ(1)ただし書: for (A), イ(4)(6)(11)(12) may be met through the partner office.
  for (const req of additionRequirements) {
    if (!req.partner?.includes('A')) continue;
    const r = results.get(req.id)!;
    const own = typeof r.met === 'boolean' ? r.met : (r.met.A ?? false);
    const via = partners.filter((p) => p.requirements.includes(req.id as PartnerRequirementId));
    if (own || via.length === 0) continue;
    const ownMet = typeof r.met === 'boolean' ? r.met : false;
    results.set(req.id, { met: { I: ownMet, II: ownMet, III: ownMet, A: true }, detail: `${r.detail}。(A)は連携先 ${via.map((p) => `${p.partnerName}（${p.agreedOn}〜）`).join('、')} との連携で満たしています: ${via.map((p) => p.shared).join('／')}` });
  }

  const metFor = (id: string, level: AdditionLevel) => {
    const r = results.get(id)!;
    return typeof r.met === 'boolean' ? r.met : (r.met[level] ?? false);
  };
  const requirements = additionRequirements.map((req): RequirementResult => {
    const r = results.get(req.id)!;
    const levels = Object.keys(req.need) as AdditionLevel[];
    const metLevels = levels.filter((l) => metFor(req.id, l));
    return { id: req.id, article: req.article, how: req.how, met: metLevels.length > 0, metFor: metLevels, detail: r.detail, todo: req.todo };
  });
  const levels = additionLevels.map((level) => {
    const failing = additionRequirements.filter((req) => req.need[level] !== undefined && !metFor(req.id, level)).map((req) => req.id);
    return { level, met: failing.length === 0, failing, units: additionUnits.value[level] };
  });
  const best = levels.find((l) => l.met)?.level;
  return { month, requirements, levels, ...(best ? { best } : {}), trainingPlan };
}
