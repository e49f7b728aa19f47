import { normalizeForParsing } from './match-text.js';
import { memoInRun } from '../run-memo.js';

/**
 * What makes a goal concrete enough to check at monitoring (老企第29号: 抽象的な言葉ではなく
 * 誰にもわかりやすい具体的な内容で): an amount or a frequency, a place, an everyday activity,
 * the means and independence with which it is done, or a bodily condition one can observe
 * (褥瘡, 血圧, 体重 — health goals name these rather than an activity).
 */
export type ConcretenessKind = 'amount' | 'frequency' | 'place' | 'activity' | 'means' | 'condition';

/** Japanese names of the kinds, for messages and the editor. */
export const concretenessKindLabels: Record<ConcretenessKind, string> = {
  amount: '量・時間・距離',
  frequency: '回数・頻度',
  place: '場所',
  activity: '具体的な活動',
  means: '方法・自立の程度',
  condition: '観察できる心身の状態',
};

/** One concreteness signal found in a text. */
export interface ConcretenessSignal {
  kind: ConcretenessKind;
  text: string;
}

/**
 * Counters that make a number an amount of activity (10分, 2回, 500m). Days, weeks, months and
 * years are left out: in a goal they are usually its period (1年間, 6か月後), not an amount.
 */
const counters = '回|分|時間|秒|m|メートル|km|キロ|歩|kg|キログラム|g|グラム|割|%|品|食|杯|枚|件|か所|箇所|ヵ所|ケ所|cm|センチ|度|℃|ml|ミリリットル|cc|リットル|L|階|段|往復|周|本|冊|個|時|名|種類|点|mmHg|kcal';
const kanjiCounters = '回|分|時間|歩|品|食|杯|周|往復|階|段|冊|枚';

/** Patterns by kind. Words are a small hand-kept list (no dictionary is downloaded). */
const patterns: Record<ConcretenessKind, RegExp> = {
  amount: new RegExp(
    [
      `\\d+(?:\\.\\d+)?(?:${counters})`,
      '\\d+/\\d+',
      `(?!十分[になで])[一二三四五六七八九十百]+(?:${kanjiCounters})`,
      '\\d+(?:以上|以下|未満)',
      '片道|往復',
    ].join('|'),
    'gu',
  ),
  frequency: /毎日|毎朝|毎晩|毎夕|毎食|毎週|毎月|隔日|隔週|朝晩|朝夕|朝昼晩|食後|食前|就寝前|起床時|起床後|入浴時|週末|平日|[月火水木金土日]曜|定期的に|\d+日おき/gu,
  place: new RegExp(
    [
      '商店街|スーパー|コンビニ|商店|市場|デパート|(?:お)?店|銀行|郵便局|役所|役場|病院|医院|診療所|クリニック|歯科|薬局|整骨院|接骨院',
      '公園|公民館|集会所|集会場|コミュニティセンター|サロン|通いの場|老人会|老人クラブ|町内会|自治会|寺|神社|教会|墓|図書館|美容院|美容室|床屋|温泉|銭湯',
      '駅|バス停|畑|田んぼ|(?<!家)庭|花壇|玄関|ポスト|郵便受け|ごみ(?:ステーション|置き場|集積所)|ゴミ(?:ステーション|置き場|集積所)',
      '台所|キッチン|居間|リビング|寝室|自室|居室|トイレ|便所|浴室|浴槽|(?:お)?風呂|洗面所|脱衣所|廊下|階段|\\d階|二階|ベランダ|縁側|仏壇|食卓|ベッド|布団',
      '近所|近隣|隣|周辺|家の周り|散歩道|友人宅|知人宅|実家|職場|[娘息子孫]の家',
    ].join('|'),
    'gu',
  ),
  activity: new RegExp(
    [
      '買物|買い出し|調理|料理|炊事|献立|掃除|洗濯|洗い物|片付け|片づけ|ごみ出し|ゴミ出し|布団干し|草取り|水やり|園芸|畑仕事|庭仕事',
      '入浴|シャワー|洗髪|着替え|更衣|整容|歯磨き|歯みがき|排泄|排せつ|食事|服薬|通院|受診|外出|散歩|歩行|移乗|移動|寝返り|起き上が|立ち上が|乗り降り|昇降',
      '参加|手芸|編み物|書道|カラオケ|歌|囲碁|将棋|麻雀|旅行|墓参り|お参り|参拝|会話|電話|手紙|読書|新聞|当番|仕事|役割',
      '歩[いかきくけこ]|行[かきくけこっ]|通[いうえわっ]|作[らりるれろっ]|食べ|飲[まみむめもん]|入[らりるれろっ]|出かけ|洗[いうえわっ]|干[さしすせそ]|運[ばびぶべぼん]|(?<!気)持[たちつてとっ]|上が[らりるれろっ]|降り|乗[らりるれろっ]|書[かきくけこい]|読[まみむめもん]|会[いうえわっ]|育て|またげ|またぐ|またい|座[らりるれろっ]|立[たちつてとっ]|話[さしすせそ]|拭[かきくけこい]|磨[かきくけこい]|使[いうえわっ]',
    ].join('|'),
    'gu',
  ),
  condition: /褥瘡|床ずれ|傷|血圧|体重|血糖|HbA1c|排便|便秘|むくみ|浮腫|発熱|脱水|誤嚥|むせ|肺炎|飲み忘れ|服薬忘れ|失禁|尿漏れ|睡眠|眠れ/gu,
  means: /杖|つえ|歩行器|シルバーカー|手すり|車いす|ポータブルトイレ|補聴器|カレンダー|一人で|ひとりで|自分で|自力で|介助なし|見守り|休まず|休みながら|付き添い|付添|同行|送迎/gu,
};

const patternList = Object.entries(patterns) as [ConcretenessKind, RegExp][];

/** The concreteness signals of a text, in the order of the kinds, each match once. */
export function findConcreteness(text: string): ConcretenessSignal[] {
  const normalized = normalizeForParsing(text);
  const signals: ConcretenessSignal[] = [];
  // An exec loop on the shared pattern gives the matches matchAll gives (no pattern matches the
  // empty string), without the copy of the pattern matchAll makes on every call.
  for (const [kind, pattern] of patternList) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(normalized); match !== null; match = pattern.exec(normalized)) signals.push({ kind, text: match[0] });
  }
  return signals;
}

/** Summary of a text's concreteness: which kinds are present. */
export interface ConcretenessProfile {
  signals: ConcretenessSignal[];
  kinds: ReadonlySet<ConcretenessKind>;
  /** An amount or a frequency is present: the strongest, checkable signal. */
  measurable: boolean;
  /** How many of place, activity, means and condition are present (0–4). */
  situational: number;
}

/** Analyses how concrete a text is (see {@link ConcretenessKind}). */
export const analyzeConcreteness: (text: string) => ConcretenessProfile = memoInRun((text: string): ConcretenessProfile => {
  const signals = findConcreteness(text);
  const kinds = new Set(signals.map((s) => s.kind));
  return {
    signals,
    kinds,
    measurable: kinds.has('amount') || kinds.has('frequency'),
    situational: (['place', 'activity', 'means', 'condition'] as const).filter((k) => kinds.has(k)).length,
  };
});
