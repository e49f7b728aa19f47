import { memoByListInRun } from '../run-memo.js';
import { analyzeConcreteness } from './concreteness.js';
import { findLexiconWords } from './lexicon-match.js';
import { normalizeForMatch } from './match-text.js';

/**
 * How a goal makes a service the goal itself:
 * - `uses`: using, attending or receiving the service is where the goal ends
 *   (デイサービスに週2回通う, ヘルパーを利用する, 入浴介助を受ける), or what follows it says
 *   nothing concrete about life (デイサービスを利用して楽しく過ごす);
 * - `acts`: the service is the subject (ヘルパーが掃除をする);
 * - `only`: the goal names services and nothing else (週2回のデイサービス, 訪問介護・訪問看護).
 */
export interface ServiceAsGoal {
  kind: 'uses' | 'acts' | 'only';
  /** The service as written in the goal (デイサービス, 入浴介助). */
  service: string;
}

/** The service is a means when followed by these: デイサービスで入浴する, ヘルパーと一緒に掃除する. */
const meansMarker = /^(?:さん|様)?(?:で|にて|の中で|の場で|と|から|まで|の(?:送迎|職員|スタッフ|車))/u;
/** The service acts (ヘルパーが…, 訪問看護師は…). */
const subjectMarker = /^(?:師|員|さん|様|職員|スタッフ)?(?:が|は|の方が)/u;
/**
 * What may stand between a service and the verb of using it: particles, a count or frequency
 * (週2回, 毎日, 定期的に), a note in brackets (（歩行器）), katakana (the rest of a name:
 * 訪問リハビリ|テーション, 配食|サービス), and nouns of the service's help (の支援を). Nothing
 * else, so that 「デイサービスの友人に会いに行ける」 is not read as going to the day service.
 * Each alternative matches a different first character, so the repetition cannot backtrack
 * exponentially on long text.
 */
const filler = '(?:さん|様|[をにへのがもは]|[週月年]?\\d+(?:回|日)|毎日|毎週|毎月|定期的に|継続して|継続的に|引き続き|今後も|これからも|欠かさず|[（(][^）)]{0,20}[）)]|[ァ-ヶー]|支援|援助|介助|訪問|見守り)*';
/** Verbs of using, attending, receiving or continuing a service (or the service as a する verb: 通所する). */
const useVerb = '(?:利用|使用|使[いうえわっ]|通所|通[いうえわっ]|受け|受[けら]|行[かきくけこっ]|参加|継続|導入|活用|来て(?:もら|くれ)|来る|入所|泊ま|頼[まみむめもん]|依頼|入[らりるれろっ])';
const usePhrase = new RegExp(`^(?:する|し|して|できる|でき|${filler}${useVerb})`, 'u');
/**
 * Where the service's own action ends and the person's life may follow: a result or purpose
 * (ヘルパーが掃除をすることで、…), a clause break, or a time the action sets (ヘルパーが来る日に…).
 */
const actionEnd = /ことで|ことにより|により|ので|ため|結果|、|,|(?:日|時|とき|間|際|あと|後)(?:に|は|も)/u;
/** Care received, named without a lexicon word: 入浴介助を受ける, 機能訓練を利用する. */
const receivedCare = /([\p{Script=Han}\p{Script=Katakana}ー]*(?:介助|介護|支援|援助|サービス|訓練|リハビリ|指導|看護|見守り|ケア))(?:を|が)?(?:受け|受[けら]|利用)/gu;
/** What is left of a goal that names nothing but services: particles, use verbs, counts. */
const serviceOnlyNoise = /利用|使用|継続|導入|活用|通所|定期的|[週月]\d+回|毎日|[\p{Script=Hiragana}\p{P}\p{S}\d\s]/gu;

/** What comes after a use phrase, without its inflection and connectives (して、 / しながら). */
function restAfter(tail: string): string {
  return tail.replace(/^[\p{Script=Hiragana}\p{P}\p{S}\s]*/u, '');
}

/** True when `rest` (the text after the last use of a service) says something concrete about life. */
function isLife(rest: string): boolean {
  if (rest === '') return false;
  const profile = analyzeConcreteness(rest);
  return profile.measurable || profile.kinds.has('place') || profile.kinds.has('activity') || profile.kinds.has('condition');
}

/** A service used or acting in the goal: where its phrase starts and ends. */
interface UseSpan extends ServiceAsGoal {
  start: number;
  end: number;
}

function lexiconUses(s: string, serviceWords: readonly string[]): UseSpan[] {
  return findLexiconWords(s, serviceWords).flatMap((hit): UseSpan[] => {
    const service = s.slice(hit.index, hit.index + hit.length);
    const from = hit.index + hit.length;
    const follow = s.slice(from);
    if (meansMarker.test(follow)) return [];
    if (subjectMarker.test(follow)) {
      const end = actionEnd.exec(follow);
      return [{ kind: 'acts', service, start: hit.index, end: end ? from + end.index + end[0].length : s.length }];
    }
    const use = usePhrase.exec(follow);
    return use ? [{ kind: 'uses', service, start: hit.index, end: from + use[0].length }] : [];
  });
}

function receivedCareUses(s: string): UseSpan[] {
  // An exec loop rather than matchAll, which copies the pattern on every call (it never matches empty).
  const uses: UseSpan[] = [];
  receivedCare.lastIndex = 0;
  for (let match = receivedCare.exec(s); match !== null; match = receivedCare.exec(s)) uses.push({ kind: 'uses', service: match[1]!, start: match.index, end: match.index + match[0].length });
  return uses;
}

/**
 * Finds a service named as the goal instead of the life the person wants (老企第29号: goals
 * describe the life to reach; services are the means). A goal is read as a service goal when
 * what follows the last use of a service (デイサービスに通い、… / ヘルパーが…) says nothing
 * concrete about life, or when it names services and nothing else. A service that appears as
 * a means in a goal about life is not reported: 「デイサービスで入浴できる」「福祉用具（歩行器）を
 * 使って商店街まで歩ける」「ヘルパーと一緒に掃除ができる」. `serviceWords` is the pack's lexicon
 * of service names; care received without a name (入浴介助を受ける) is recognised as well.
 * The first service used is the one reported.
 */
export const findServiceAsGoal: (text: string, serviceWords: readonly string[]) => ServiceAsGoal | undefined = memoByListInRun((text, serviceWords): ServiceAsGoal | undefined => {
  const s = normalizeForMatch(text);
  const named = lexiconUses(s, serviceWords);
  const unnamed = receivedCareUses(s).filter((care) => !named.some((use) => care.start < use.end && use.start < care.end));
  const uses = [...named, ...unnamed].sort((a, b) => a.start - b.start);
  const last = uses.reduce<UseSpan | undefined>((latest, use) => (latest === undefined || use.end > latest.end ? use : latest), undefined);
  if (last !== undefined && !isLife(restAfter(s.slice(last.end)))) {
    const first = uses[0]!;
    return { kind: first.kind, service: first.service };
  }
  const hits = findLexiconWords(s, serviceWords);
  if (hits.length > 0 && uses.length === 0) {
    let remainder = s;
    for (const hit of [...hits].reverse()) remainder = remainder.slice(0, hit.index) + remainder.slice(hit.index + hit.length);
    if (remainder.replace(serviceOnlyNoise, '') === '') return { kind: 'only', service: s.slice(hits[0]!.index, hits[0]!.index + hits[0]!.length) };
  }
  return undefined;
});
