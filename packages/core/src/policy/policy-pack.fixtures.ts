import { stringify } from 'yaml';
import { parsePolicyPack } from './parse-policy-pack.js';
import type { PolicyPack } from './policy-pack.schema.js';

/** A small valid root pack (plain data, as it would be written in YAML). */
export function rootPackData(): Record<string, unknown> {
  return {
    id: 'base',
    title: 'テスト用の基準',
    version: '1.0.0',
    date: '2026-04-01',
    source: { title: 'テスト用の基準', publisher: 'テスト', file: 'base.txt' },
    principles: [{ id: 'base.p1', heading: '原則1', text: '利用者の自立を支援する。' }],
    rules: {
      'plan.goal-vague': { enabled: true, severity: 'advice', params: { lexicon: 'vagueWords', min: 1 }, citations: ['base.p1'] },
      'process.monitoring-overdue': { enabled: true, severity: 'standard', params: { careMonths: 1 }, citations: [{ law: '省令38号', article: '13条', item: '14号' }] },
    },
    lexicons: { vagueWords: { add: ['安心', '安全に'] } },
  };
}

/** A valid child pack of {@link rootPackData}. */
export function childPackData(): Record<string, unknown> {
  return {
    id: 'town',
    title: 'テスト町の基本方針',
    version: '0.2.0',
    date: '2026-05-01',
    extends: 'base',
    insurer: { name: 'テスト町', numberNote: '出典に記載がないため' },
    source: { title: 'テスト町の基本方針', publisher: 'テスト町', date: '令和8年4月', file: 'town.txt' },
    principles: [{ id: 'town.p1', heading: '町の原則', text: '本人の言葉で課題を書く。', question: '本人の言葉ですか。' }],
    checklists: [
      {
        id: 'town.list',
        title: '点検表',
        items: [
          { id: 'town.item-1', text: '目標は具体的ですか。', judgement: 'rule', rules: ['plan.goal-vague'], principles: ['base.p1'] },
          { id: 'town.item-2', text: '家族の思いを受け止めていますか。', judgement: 'human', question: '家族の思いを聴きましたか。' },
        ],
      },
    ],
    rules: { 'plan.goal-vague': { severity: 'question', params: { min: 2 }, citations: ['town.p1'] } },
    lexicons: { vagueWords: { add: ['穏やかに'], remove: ['安全に'] } },
    workflows: [{ id: 'town.meeting', title: '地域ケア会議', actor: 'community', text: '地域ケア会議を開く。', features: ['feature.community-care-meeting'] }],
  };
}

/** Parses plain data through YAML, as a pack file would be. */
export function packFrom(data: Record<string, unknown>, name = `${String(data.id)}.yaml`): PolicyPack {
  return parsePolicyPack(stringify(data), name);
}
