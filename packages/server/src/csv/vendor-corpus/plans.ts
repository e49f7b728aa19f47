/**
 * The plans of the vendor corpus as plain data: what a care manager decided, before any software
 * wrote it down. Every style of styles.ts writes exactly this content, only in its own way.
 * All people, offices and numbers are fictional.
 *
 * Every period covers whole months (from a 1st to a month's last day), so a style that writes
 * months only (R7.7～R8.6) says the same as one that writes days.
 */

export type IsoDate = `${number}-${number}-${number}`;
export type Weekday = '月' | '火' | '水' | '木' | '金' | '土' | '日';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** 頻度: weekly on given days, so many times a month, every day, or as needed. */
export type Frequency = { kind: 'week'; days: Weekday[] } | { kind: 'month'; times: number } | { kind: 'daily' } | { kind: 'as-needed' };

/** The サービス種類 the corpus uses: 訪問介護, 通所介護, 福祉用具貸与, 地域密着型通所介護. */
export type ServiceTypeCode = '11' | '15' | '17' | '78';

export interface Provider {
  number: string;
  name: string;
}

/** 援助内容: an insured service (with its type and provider) or informal support (with who gives it). */
export interface CorpusLine {
  content: string;
  service?: { type: ServiceTypeCode; provider: Provider };
  /** Who gives informal support (family, neighbours, サロン …). */
  by?: string;
  frequency: Frequency;
  period: Period;
}

export interface ShortTermGoal {
  text: string;
  period: Period;
  lines: CorpusLine[];
}

export interface LongTermGoal {
  text: string;
  period: Period;
  shortTerms: ShortTermGoal[];
}

export interface CorpusNeed {
  text: string;
  longTerm?: LongTermGoal;
}

export interface WeeklyEntry {
  content: string;
  day: Weekday;
  start: string;
  end: string;
}

export interface CorpusPlan {
  insuredNumber: string;
  name: string;
  nameKana: string;
  sex: '1' | '2';
  birthDate: IsoDate;
  careLevel: '21' | '22' | '23';
  limitUnits: number;
  certification: { certifiedOn: IsoDate; validFrom: IsoDate; validTo: IsoDate };
  createdOn: IsoDate;
  planDate: IsoDate;
  /** 第1表 意向: the person's words, each family member's (none when living alone without family), 課題分析の結果. */
  intentions: { client: string; family: { relation: string; text: string }[]; analysis: string };
  /** 総合的な援助の方針 without its emergency part; blank for the plan that leaves it blank. */
  policy: string;
  /** 緊急時の連絡先・対応, written by each style in its own place and heading. */
  emergency: string;
  /** 生活援助中心型の算定理由 (1 一人暮らし). */
  livingSupportReason?: '1' | '2' | '3';
  needs: CorpusNeed[];
  weekly: WeeklyEntry[];
  /** The manifest: rule ids the plan must raise in the reference style (none for an exemplary plan). */
  expected: string[];
  /** Why the plan is in the corpus. */
  note: string;
}

const year: Period = { start: '2025-07-01', end: '2026-06-30' };
const half: Period = { start: '2025-07-01', end: '2025-12-31' };

const helperSouth: Provider = { number: '0899000211', name: '架空ヘルパーステーションみなみ' };
const dayNorth: Provider = { number: '0899000315', name: '架空デイサービスきた' };
const equipmentEast: Provider = { number: '0899000417', name: '架空福祉用具ひがし' };
const smallDayWest: Provider = { number: '0899000578', name: '架空リハビリデイにし' };

const certification = { certifiedOn: '2025-06-20', validFrom: '2025-07-01', validTo: '2026-06-30' } as const;

const plan = (p: Omit<CorpusPlan, 'certification' | 'createdOn' | 'planDate'> & Partial<Pick<CorpusPlan, 'certification'>>): CorpusPlan => ({
  certification,
  createdOn: '2025-06-28',
  planDate: '2025-07-01',
  ...p,
});

export const corpusPlans: CorpusPlan[] = [
  plan({
    insuredNumber: '0000088101',
    name: '架空 ミツ',
    nameKana: 'カクウ ミツ',
    sex: '2',
    birthDate: '1941-04-12',
    careLevel: '21',
    limitUnits: 16765,
    intentions: {
      client: '住み慣れたこの家で、娘と一緒に今の暮らしを続けたい。買い物には自分の足で行きたい。',
      family: [{ relation: '長女', text: '仕事で日中は家にいないが、週末の散歩や入浴の準備は手伝いたい。' }],
      analysis: '両膝の痛みで歩ける距離が短くなり、外出と入浴に不安がある。脚の力をつけ、浴室に手すりを付ければ、買い物と自宅での入浴を続けられる見込みがある。',
    },
    policy: '歩く力を保ち、買い物・入浴・サロンへの参加を続けられるよう、ご本人と長女、各事業所が役割を分けて支えます。',
    emergency: '長女 架空 ユキ（携帯 090-0000-0001）、主治医 架空内科医院（0294-00-1111）',
    needs: [
      {
        text: '自分の足で近所のスーパーまで買い物に行き続けたい',
        longTerm: {
          text: '杖を使って、自宅から約300m先のスーパーまで一人で歩いて往復できる',
          period: year,
          shortTerms: [
            {
              text: '休まずに続けて100m歩ける',
              period: half,
              lines: [
                { content: '下肢の筋力訓練と歩行訓練', service: { type: '15', provider: dayNorth }, frequency: { kind: 'week', days: ['月', '木'] }, period: half },
                { content: '週末の散歩に付き添う', by: '長女', frequency: { kind: 'week', days: ['日'] }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: 'お風呂に自分で入れるようになりたい',
        longTerm: {
          text: '自宅の浴室で、見守りのもと週3回入浴できる',
          period: year,
          shortTerms: [
            {
              text: '手すりにつかまって、浴槽のまたぎ動作を一人でできる',
              period: half,
              lines: [
                { content: '入浴時の見守りと洗身の一部介助', service: { type: '11', provider: helperSouth }, frequency: { kind: 'week', days: ['水'] }, period: half },
                { content: '入浴の準備と声かけ', by: '長女', frequency: { kind: 'week', days: ['火', '土'] }, period: half },
                { content: '浴室用手すりの貸与', service: { type: '17', provider: equipmentEast }, frequency: { kind: 'daily' }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: '地区のサロンで友達とおしゃべりを続けたい',
        longTerm: {
          text: '月2回の地区のふれあいサロンに、休まず参加できる',
          period: year,
          shortTerms: [
            {
              text: 'サロンの会場の公民館まで、長女の送迎で通える',
              period: half,
              lines: [
                { content: '"ふれあいサロン"（体操・茶話会）', by: '架空地区社会福祉協議会', frequency: { kind: 'month', times: 2 }, period: half },
                { content: '公民館への送迎', by: '長女', frequency: { kind: 'month', times: 2 }, period: half },
              ],
            },
          ],
        },
      },
    ],
    weekly: [
      { content: '通所介護', day: '月', start: '09:30', end: '15:30' },
      { content: '訪問介護', day: '水', start: '14:00', end: '15:00' },
      { content: '通所介護', day: '木', start: '09:30', end: '15:30' },
    ],
    expected: [],
    note: 'exemplary, lives with her 長女',
  }),
  plan({
    insuredNumber: '0000088102',
    name: '架空 トメ',
    nameKana: 'カクウ トメ',
    sex: '2',
    birthDate: '1938-11-03',
    careLevel: '22',
    limitUnits: 19705,
    intentions: {
      client: '一人暮らしを続けたい。できる家事は自分でしたい。',
      family: [],
      analysis: '腰の痛みで立ち仕事が続かず、掃除と調理が滞っている。一緒に家事をすれば、自分でできる部分を広げられる見込みがある。近くに家族はいない。',
    },
    policy: '一人暮らしを続けたいという思いを大切にし、家事はヘルパーと一緒に行い、近所の方や民生委員とも見守りの輪をつくります。',
    emergency: '民生委員 架空 ハナ（0294-00-2222）、架空ケアプランセンター（0294-00-3333）',
    livingSupportReason: '1',
    needs: [
      {
        text: '自分で料理を作って食べ続けたい',
        longTerm: {
          text: '週4日以上、自分で1品以上の料理を作って食べられる',
          period: year,
          shortTerms: [
            {
              text: 'ヘルパーと一緒に週2回、みそ汁を作れる',
              period: half,
              lines: [
                { content: '一緒に行う調理（見守り的援助）', service: { type: '11', provider: helperSouth }, frequency: { kind: 'week', days: ['火', '金'] }, period: half },
                { content: '食材の宅配', by: '架空生活協同組合', frequency: { kind: 'week', days: ['月'] }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: '部屋を片付けて、転ばずに暮らしたい',
        longTerm: {
          text: '居室と台所の床に物を置かず、1年間転倒せずに過ごせる',
          period: year,
          shortTerms: [
            {
              text: '週1回、台所のテーブルの拭き掃除を自分でできる',
              period: half,
              lines: [
                { content: '居室・浴室・トイレの掃除（生活援助）', service: { type: '11', provider: helperSouth }, frequency: { kind: 'week', days: ['水'] }, period: half },
                { content: 'ごみ出しの手伝いと声かけ', by: '隣家の架空 サチさん', frequency: { kind: 'as-needed' }, period: half },
                { content: '体調が悪いときの訪問・連絡', by: '民生委員', frequency: { kind: 'as-needed' }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: '近所の友達と話す時間を持ち続けたい',
        longTerm: {
          text: '週1回、近所の通いの場に歩いて参加できる',
          period: year,
          shortTerms: [
            {
              text: '通いの場のある集会所（約200m）まで、休まずに歩ける',
              period: half,
              lines: [
                { content: '下肢の筋力訓練・歩行訓練', service: { type: '78', provider: smallDayWest }, frequency: { kind: 'week', days: ['月'] }, period: half },
                { content: '通いの場（百歳体操）', by: '架空町内会', frequency: { kind: 'week', days: ['金'] }, period: half },
              ],
            },
          ],
        },
      },
    ],
    weekly: [
      { content: '地域密着型通所介護', day: '月', start: '13:30', end: '16:30' },
      { content: '訪問介護', day: '火', start: '10:00', end: '11:00' },
      { content: '訪問介護', day: '水', start: '10:00', end: '11:00' },
      { content: '訪問介護', day: '金', start: '10:00', end: '11:00' },
    ],
    expected: [],
    note: 'exemplary, lives alone without family, 生活援助 with its 算定理由',
  }),
  plan({
    insuredNumber: '0000088103',
    name: '架空 ゲン',
    nameKana: 'カクウ ゲン',
    sex: '1',
    birthDate: '1943-02-20',
    careLevel: '21',
    limitUnits: 16765,
    intentions: {
      client: '家で過ごしたい。',
      family: [{ relation: '妻', text: 'あまり無理はしてほしくない。' }],
      analysis: '脳梗塞の後遺症で右半身に軽いまひがあり、屋外の歩行が不安定。',
    },
    policy: '転倒を防ぎ、在宅生活を続けられるよう支援します。',
    emergency: '妻 架空 マサ（0294-00-4444）',
    needs: [
      {
        text: '歩行が不安定で転倒の危険がある',
        longTerm: {
          text: '安心して生活する',
          period: year,
          shortTerms: [
            {
              text: 'デイサービスに通う',
              period: half,
              lines: [{ content: '機能訓練・入浴', service: { type: '15', provider: dayNorth }, frequency: { kind: 'week', days: ['月', '木'] }, period: half }],
            },
          ],
        },
      },
      {
        text: '自宅のお風呂に入りたい',
        longTerm: {
          text: '週2回、自宅の浴槽で入浴できる',
          period: year,
          shortTerms: [
            {
              text: '見守りのもとで、浴槽の出入りが一人でできる',
              period: half,
              lines: [{ content: '入浴介助', service: { type: '11', provider: helperSouth }, frequency: { kind: 'week', days: ['水'] }, period: half }],
            },
          ],
        },
      },
    ],
    weekly: [
      { content: '通所介護', day: '月', start: '09:30', end: '15:30' },
      { content: '訪問介護', day: '水', start: '15:00', end: '16:00' },
      { content: '通所介護', day: '木', start: '09:30', end: '15:30' },
    ],
    expected: ['plan.goal-is-service', 'plan.goal-vague', 'plan.need-not-own-words', 'plan.no-informal-support'],
    note: 'a need in the helper’s words, a vague goal, a goal that is a service, insured services only',
  }),
  plan({
    insuredNumber: '0000088104',
    name: '架空 シズ',
    nameKana: 'カクウ シズ',
    sex: '2',
    birthDate: '1936-08-30',
    careLevel: '23',
    limitUnits: 27048,
    intentions: {
      client: '夜も自分でトイレに行けるようになりたい。庭の花の世話を続けたい。',
      family: [{ relation: '長男', text: '夜中のトイレの付き添いが続き、眠れない日がある。' }],
      analysis: '立ち上がりに時間がかかり、夜間のトイレに長男の付き添いが必要になっている。立ち上がりと歩行の練習で、日中は一人でトイレに行ける見込みがある。',
    },
    policy: '一人でトイレに行けること、花の世話を続けることを目標に、長男の介護の負担も減らせるよう支援します。',
    emergency: '長男 架空 イサム（090-0000-0004）',
    needs: [
      {
        text: '一人でトイレに行けるようになりたい',
        longTerm: {
          text: '日中は自分で歩いてトイレに行ける',
          period: half,
          shortTerms: [
            {
              text: 'ベッドから立ち上がり、手すりを使ってトイレまで歩ける',
              period: { start: '2025-07-01', end: '2026-03-31' },
              lines: [
                { content: '立ち上がりと歩行の訓練', service: { type: '15', provider: dayNorth }, frequency: { kind: 'week', days: ['火', '金'] }, period: { start: '2025-07-01', end: '2026-03-31' } },
                { content: '夜間のトイレへの付き添い', by: '長男', frequency: { kind: 'as-needed' }, period: { start: '2025-07-01', end: '2026-03-31' } },
              ],
            },
          ],
        },
      },
      { text: '長男の負担を減らしたい' },
      {
        text: '庭の花の世話を続けたい',
        longTerm: {
          text: '庭の花壇の水やりを、毎朝自分でできる',
          period: { start: '2025-07-01', end: '2026-09-30' },
          shortTerms: [
            {
              text: '玄関から花壇まで、杖をついて歩ける',
              period: half,
              lines: [{ content: '水やりの道具の準備', by: '長男', frequency: { kind: 'daily' }, period: half }],
            },
          ],
        },
      },
    ],
    weekly: [
      { content: '通所介護', day: '火', start: '09:00', end: '16:00' },
      { content: '通所介護', day: '金', start: '09:00', end: '16:00' },
    ],
    expected: ['plan.need-without-goal', 'plan.period-outside-certification', 'plan.short-term-exceeds-long-term'],
    note: 'a need without goal, a short-term period longer than its long-term one, a long-term period past the certification',
  }),
  plan({
    insuredNumber: '0000088105',
    name: '架空 キヨ',
    nameKana: 'カクウ キヨ',
    sex: '2',
    birthDate: '1940-01-15',
    careLevel: '21',
    limitUnits: 16765,
    intentions: {
      client: '自分の家で、きれいにして暮らしたい。友達とお茶を飲みに出かけたい。',
      family: [{ relation: '次女', text: '遠方に住んでいるので、季節の変わり目には手伝いに来たい。' }],
      analysis: '関節リウマチで手指に力が入らず、掃除と洗濯が難しい。歩く力はあり、誘いがあれば外出できる。',
    },
    policy: '',
    emergency: '',
    needs: [
      {
        text: '自分の家で、きれいにして暮らしたい',
        longTerm: {
          text: '台所と寝室を週1回掃除し、衣類を週2回洗濯した状態で暮らせる',
          period: year,
          shortTerms: [
            {
              text: '洗濯物をたたむ作業を、自分でできる',
              period: half,
              lines: [
                { content: '掃除・洗濯（生活援助）', service: { type: '11', provider: helperSouth }, frequency: { kind: 'week', days: ['火', '金'] }, period: half },
                { content: '衣替えの手伝い', by: '次女', frequency: { kind: 'as-needed' }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: '友達とお茶を飲みに出かけたい',
        longTerm: {
          text: '月2回、近所の友人宅か集会所のお茶会に出かけられる',
          period: year,
          shortTerms: [
            {
              text: '集会所まで、手押し車を使って歩ける',
              period: half,
              lines: [{ content: 'お茶会への誘いと同行', by: '友人', frequency: { kind: 'month', times: 2 }, period: half }],
            },
            { text: '月2回のお茶会の日を、台所のカレンダーに自分で書き込める', period: half, lines: [] },
          ],
        },
      },
    ],
    weekly: [
      { content: '訪問介護', day: '火', start: '10:00', end: '11:00' },
      { content: '訪問介護', day: '金', start: '10:00', end: '11:00' },
    ],
    expected: ['plan.livelihood-reason-missing', 'plan.overview-missing', 'plan.short-term-without-service'],
    note: '生活援助 without its 算定理由, blank 総合的な援助の方針, a short-term goal without any 援助内容',
  }),
  plan({
    insuredNumber: '0000088106',
    name: '架空 タケシ',
    nameKana: 'カクウ タケシ',
    sex: '1',
    birthDate: '1939-06-07',
    careLevel: '23',
    limitUnits: 27048,
    intentions: {
      client: '妻と二人で、この家で暮らしたい。たまには長男の家族と外で食事がしたい。',
      family: [
        { relation: '妻', text: 'できる限り家で介護したいが、腰が痛むので移るときは手伝ってほしい。' },
        { relation: '長男', text: '月に一度は外に連れ出したい。' },
      ],
      analysis: 'パーキンソン病で立ち上がりと移乗に介助が要り、妻の腰痛が強まっている。移乗の方法を妻と共有し、座る力を保てば、外食も続けられる見込みがある。',
    },
    policy: '妻と二人の暮らしと、長男家族との外食を続けられるよう、移乗の介助を妻とヘルパーで分け合い、座る力を保つ支援をします。',
    emergency: '妻 架空 ヨシ（0294-00-5555）、長男 架空 ツヨシ（090-0000-0006）',
    needs: [
      {
        text: '妻と二人で、この家で暮らし続けたい',
        longTerm: {
          text: '妻の介助で、ベッドから車いすへ1日3回移れる',
          period: year,
          shortTerms: [
            {
              text: '手すりにつかまり、ベッドの端に5分間座っていられる',
              period: half,
              lines: [
                { content: '移乗の介助と介助方法の助言（身体介護）', service: { type: '11', provider: helperSouth }, frequency: { kind: 'week', days: ['月', '水', '金'] }, period: half },
                { content: '朝夕の移乗の介助', by: '妻', frequency: { kind: 'daily' }, period: half },
                { content: '車いす・特殊寝台の貸与', service: { type: '17', provider: equipmentEast }, frequency: { kind: 'daily' }, period: half },
              ],
            },
          ],
        },
      },
      {
        text: '月に一度は長男の家族と外食したい',
        longTerm: {
          text: '月1回、長男の車で近くの店へ外食に出かけられる',
          period: year,
          shortTerms: [
            {
              text: '車いすに30分間座って食事ができる',
              period: half,
              lines: [
                { content: '座る姿勢を保つ訓練', service: { type: '15', provider: dayNorth }, frequency: { kind: 'week', days: ['土'] }, period: half },
                { content: '外食への送迎と付き添い', by: '長男', frequency: { kind: 'month', times: 1 }, period: half },
              ],
            },
          ],
        },
      },
    ],
    weekly: [
      { content: '訪問介護', day: '月', start: '08:00', end: '08:30' },
      { content: '訪問介護', day: '水', start: '08:00', end: '08:30' },
      { content: '訪問介護', day: '金', start: '08:00', end: '08:30' },
      { content: '通所介護', day: '土', start: '09:30', end: '15:30' },
    ],
    expected: [],
    note: 'exemplary, lives with his 妻, 長男 nearby (two family members in the 意向)',
  }),
];
