/**
 * The fictional plans of the vendor-style corpus, as plain data independent of Kizuki's domain
 * types. Every style writes exactly these plans; only the writing differs. `expected` lists the
 * rules an audit on CSV must raise on the plan (and no others), whatever the style.
 */

export interface CorpusLine {
  content: string;
  /** サービス種類コード of an insured line; undefined for informal support. */
  service?: { code: string; name: string; everyday: string };
  provider?: { number: string; name: string };
  /** Who gives informal support (長女, 近所の友人 …), written in サービス種別/事業所名 by vendors. */
  informalBy?: string;
  /** 頻度 as plain meaning: times a week, or a fixed text such as 随時. */
  frequency: { perWeek: number; days?: string } | { text: string };
  period: [start: string, end: string];
}

export interface CorpusShortTerm {
  text: string;
  period: [string, string];
  lines: CorpusLine[];
}

export interface CorpusNeed {
  text: string;
  longTerm?: { text: string; period: [string, string]; shortTerms: CorpusShortTerm[] };
}

export interface CorpusPlan {
  insuredNumber: string;
  name: string;
  nameKana: string;
  sex: '1' | '2';
  birthDate: string;
  /** 要介護状態区分 code (21 = 要介護1 …) and its 区分支給限度基準額 */
  careLevel: string;
  limitUnits: number;
  certifiedOn: string;
  validFrom: string;
  validTo: string;
  planDate: string;
  createdOn: string;
  client: string;
  family?: { relation: string; text: string };
  analysis: string;
  policy: string;
  emergency: string;
  /** 生活援助中心型の算定理由 code (1 一人暮らし …) when the plan has 生活援助 */
  livingSupportReason?: string;
  needs: CorpusNeed[];
  weekly: { day: number; start: string; end: string; content: string }[];
  /** Rule ids an audit of the plan raises on CSV, in any style. */
  expected: string[];
  /** Why the plan is in the corpus. */
  note: string;
}

const homeHelp = { code: '11', name: '訪問介護', everyday: 'ホームヘルプ' };
const dayService = { code: '15', name: '通所介護', everyday: 'デイサービス' };
const equipment = { code: '17', name: '福祉用具貸与', everyday: '福祉用具レンタル' };
const helper = { number: '0899000101', name: '架空ヘルパーステーション' };
const day = { number: '0899000102', name: '架空デイサービスセンター' };
const rental = { number: '0899000103', name: '架空福祉用具' };

const year: [string, string] = ['2025-07-01', '2026-06-30'];
const half: [string, string] = ['2025-07-01', '2025-12-31'];

export const corpusPlans: readonly CorpusPlan[] = [
  {
    insuredNumber: '0000077001',
    name: '架空 春子',
    nameKana: 'カクウ ハルコ',
    sex: '2',
    birthDate: '1938-04-10',
    careLevel: '22',
    limitUnits: 19705,
    certifiedOn: '2025-06-20',
    validFrom: '2025-07-01',
    validTo: '2026-06-30',
    planDate: '2025-07-01',
    createdOn: '2025-06-28',
    client: '畑仕事を続けて、友だちとお茶を飲みに行きたい。',
    family: { relation: '長女', text: '仕事帰りに寄れるので、買い物は手伝える。' },
    analysis: '膝の痛みで屋外の歩行が不安定。歩行の安定と入浴の自立が在宅生活の鍵となる。',
    policy: '春子さんが畑と友人との交流を続けられるよう、歩く力を保つ支援をチームで行います。',
    emergency: '長女 090-0000-7001、架空クリニック 0294-00-7001',
    needs: [
      {
        text: '畑まで一人で歩いて行けるようになりたい',
        longTerm: {
          text: '杖を使って自宅から畑（約200m）まで一人で歩ける',
          period: year,
          shortTerms: [
            {
              text: '週2回の通所で、杖歩行を100m続けられる',
              period: half,
              lines: [
                { content: '歩行訓練・下肢筋力訓練', service: dayService, provider: day, frequency: { perWeek: 2, days: '月・木' }, period: half },
                { content: '畑までの道を一緒に歩く', informalBy: '長女', frequency: { perWeek: 1 }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: '自分でお風呂に入れるようになりたい',
        longTerm: {
          text: '手すりを使って一人で浴槽をまたげる',
          period: year,
          shortTerms: [
            {
              text: '見守りのもとで週2回、浴槽をまたいで入浴できる',
              period: half,
              lines: [
                { content: '入浴時の見守りと一部介助', service: dayService, provider: day, frequency: { perWeek: 2, days: '月・木' }, period: half },
                { content: '浴室用手すり', service: equipment, provider: rental, frequency: { text: '常時' }, period: half },
              ],
            },
            {
              text: '近所のサロンに月2回、歩いて通える',
              period: half,
              lines: [{ content: 'サロンへの誘い合わせ', informalBy: '近所の友人', frequency: { text: '月2回' }, period: half }],
            },
          ],
        },
      },
    ],
    weekly: [
      { day: 1, start: '09:30', end: '15:30', content: '通所介護' },
      { day: 4, start: '09:30', end: '15:30', content: '通所介護' },
    ],
    expected: [],
    note: '模範的な計画（家族あり）: 本人の言葉のニーズ、具体的な目標、インフォーマル支援',
  },
  {
    insuredNumber: '0000077002',
    name: '架空 冬男',
    nameKana: 'カクウ フユオ',
    sex: '1',
    birthDate: '1941-11-03',
    careLevel: '21',
    limitUnits: 16765,
    certifiedOn: '2025-06-20',
    validFrom: '2025-07-01',
    validTo: '2026-06-30',
    planDate: '2025-07-01',
    createdOn: '2025-06-27',
    client: '一人でも、この家で自炊しながら暮らしたい。',
    analysis: '一人暮らし。調理の段取りは保たれているが、重い物の買い物と掃除が難しい。',
    policy: '冬男さんが自炊を続けられるよう、できる家事は自分で行い、難しい部分をヘルパーと地域で支えます。',
    emergency: '民生委員 架空 一郎 0294-00-7002',
    livingSupportReason: '1',
    needs: [
      {
        text: '自分で食事を作り続けたい',
        longTerm: {
          text: '週5日、自分で夕食を作れる',
          period: year,
          shortTerms: [
            {
              text: 'ヘルパーと一緒に週2回、献立を決めて調理できる',
              period: half,
              lines: [
                { content: '掃除・重い物の買い物', service: homeHelp, provider: helper, frequency: { perWeek: 2, days: '火・金' }, period: half },
                { content: '配食の見守りと声かけ', informalBy: '民生委員', frequency: { perWeek: 1 }, period: half },
              ],
            },
          ],
        },
      },
    ],
    weekly: [
      { day: 2, start: '10:00', end: '11:00', content: '訪問介護' },
      { day: 5, start: '10:00', end: '11:00', content: '訪問介護' },
    ],
    expected: [],
    note: '模範的な計画（一人暮らし、家族なし）: 生活援助中心型の算定理由あり',
  },
  {
    insuredNumber: '0000077003',
    name: '架空 秋江',
    nameKana: 'カクウ アキエ',
    sex: '2',
    birthDate: '1935-08-15',
    careLevel: '23',
    limitUnits: 27048,
    certifiedOn: '2025-06-20',
    validFrom: '2025-07-01',
    validTo: '2026-06-30',
    planDate: '2025-07-01',
    createdOn: '2025-06-28',
    client: '家で穏やかに過ごしたい。',
    family: { relation: '妻', text: '無理はさせたくない。' },
    analysis: '下肢筋力の低下で転倒の危険がある。',
    policy: '安心して在宅生活が送れるよう支援します。',
    emergency: '妻 0294-00-7003',
    needs: [
      {
        text: '転倒の危険がある',
        longTerm: {
          text: '安心して生活する',
          period: year,
          shortTerms: [
            {
              text: 'デイサービスに通う',
              period: half,
              lines: [{ content: '入浴・機能訓練', service: dayService, provider: day, frequency: { perWeek: 3, days: '月・水・金' }, period: half }],
            },
          ],
        },
      },
    ],
    weekly: [{ day: 3, start: '09:30', end: '15:30', content: '通所介護' }],
    expected: ['plan.goal-vague', 'plan.goal-is-service', 'plan.need-not-own-words', 'plan.no-informal-support'],
    note: '弱い計画: 抽象的な目標、サービスが目標、支援者側の課題、介護保険サービスだけ',
  },
  {
    insuredNumber: '0000077004',
    name: '架空 夏夫',
    nameKana: 'カクウ ナツオ',
    sex: '1',
    birthDate: '1940-02-29',
    careLevel: '21',
    limitUnits: 16765,
    certifiedOn: '2025-06-20',
    validFrom: '2025-07-01',
    validTo: '2026-06-30',
    planDate: '2025-07-01',
    createdOn: '2025-06-28',
    client: '囲碁会に歩いて通い続けたい。',
    family: { relation: '長男', text: '週末は様子を見に来られる。' },
    analysis: '糖尿病で足の感覚が鈍い。歩く機会を保ちつつ足の傷に気を付ける。',
    policy: '夏夫さんが囲碁会に通い続けられるよう、足の確認と歩く機会を保ちます。',
    emergency: '長男 090-0000-7004',
    needs: [
      {
        text: '囲碁会まで歩いて通い続けたい',
        longTerm: {
          text: '囲碁会（約500m）まで週1回歩いて通える',
          period: ['2025-07-01', '2025-12-31'],
          shortTerms: [
            {
              text: '毎日、足の傷を自分で確かめられる',
              // Longer than its long-term goal and past the certification.
              period: ['2025-07-01', '2026-09-30'],
              lines: [
                { content: '歩行訓練と足の観察の練習', service: dayService, provider: day, frequency: { perWeek: 1, days: '水' }, period: ['2025-07-01', '2026-09-30'] },
                { content: '囲碁会への送り迎え', informalBy: '長男', frequency: { text: '週末' }, period: ['2025-07-01', '2025-12-31'] },
              ],
            },
          ],
        },
      },
      { text: '夜もぐっすり眠りたい' },
    ],
    weekly: [{ day: 3, start: '09:30', end: '15:30', content: '通所介護' }],
    expected: ['plan.need-without-goal', 'plan.period-outside-certification', 'plan.short-term-exceeds-long-term'],
    note: '弱い計画: 目標のないニーズ、認定期間を超える期間、長期目標より長い短期目標',
  },
  {
    insuredNumber: '0000077005',
    name: '架空 小雪',
    nameKana: 'カクウ コユキ',
    sex: '2',
    birthDate: '1939-12-24',
    careLevel: '21',
    limitUnits: 16765,
    certifiedOn: '2025-06-20',
    validFrom: '2025-07-01',
    validTo: '2026-06-30',
    planDate: '2025-07-01',
    createdOn: '2025-06-28',
    client: '部屋をきれいにして、孫を迎えたい。',
    family: { relation: '次女', text: '遠方のため月1回しか来られない。' },
    analysis: '腰痛で掃除が難しい。次女は遠方に住む。',
    policy: '',
    emergency: '次女 090-0000-7005',
    needs: [
      {
        text: '部屋をきれいにして孫を迎えたい',
        longTerm: {
          text: '居間と寝室を週1回、自分で片付けられる',
          period: year,
          shortTerms: [
            {
              text: 'ヘルパーと分担して、居間の片付けを週1回できる',
              period: half,
              lines: [
                { content: '掃除・洗濯', service: homeHelp, provider: helper, frequency: { perWeek: 2, days: '月・木' }, period: half },
                { content: '電話での声かけ', informalBy: '次女', frequency: { perWeek: 1 }, period: half },
              ],
            },
          ],
        },
      },
    ],
    weekly: [
      { day: 1, start: '14:00', end: '15:00', content: '訪問介護' },
      { day: 4, start: '14:00', end: '15:00', content: '訪問介護' },
    ],
    expected: ['plan.livelihood-reason-missing', 'plan.overview-missing'],
    note: '弱い計画: 生活援助中心型の算定理由なし、総合的な援助の方針が空欄',
  },
];
