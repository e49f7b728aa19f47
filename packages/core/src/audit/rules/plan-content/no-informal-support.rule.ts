import { z } from 'zod';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { isInformalLine, listLineRefs } from './plan-lines.js';
import { preventionPlanEvidence } from '../../evidence.js';

/**
 * People and resources other than the client named in the 予防計画書's free-text column
 * (本人等のセルフケアや家族の支援、インフォーマルサービス): the column also holds the client's
 * own self-care, which is not support from others.
 */
const othersInPreventionText =
  /家族|長女|長男|次女|次男|妻|夫|娘|息子|嫁|婿|孫|兄|姉|弟|妹|親戚|甥|姪|近所|近隣|隣|友人|知人|民生委員|ボランティア|サロン|通いの場|百歳体操|体操教室|老人クラブ|老人会|町内会|自治会|地域|配食|民間|宅配|生協|見守り|介護予防教室|シルバー人材|社協|社会福祉協議会|住民/u;

function preventionPlanHasInformalSupport(plan: PreventionPlan): boolean {
  return plan.issues.some((issue) => issue.supportRows.some((row) => row.selfCareAndInformal !== undefined && othersInPreventionText.test(normalizeForMatch(row.selfCareAndInformal))));
}

/**
 * 13条4号 (and 37号30条8号, 告示95号84号イ(13)): the plan should place support beyond the
 * insurance — family, neighbours, volunteers, community activities, private services. Fires
 * when no service line is informal support from someone other than the client (本人's own
 * effort is not counted). A plan with no service lines at all is left to
 * plan.short-term-without-service. The 介護予防サービス・支援計画書, when present, is checked too.
 * `requires` stays ['plan']: the prevention plan is read only when the case file has one.
 */
export const noInformalSupportRule = defineRule({
  id: 'plan.no-informal-support',
  scope: 'case',
  params: z.object({}),
  requires: ['plan'],
  evaluate({ plan, preventionPlan }) {
    const observations: Observation[] = [];
    if (plan !== undefined) {
      const lines = listLineRefs(plan.needs);
      const informal = lines.some(({ line }) => isInformalLine(line) && line.informalCategory !== 'self');
      if (lines.length > 0 && !informal) {
        observations.push({
          message:
            '第2表の援助内容が介護保険のサービスだけで組まれていて、家族・近隣・友人・ボランティア・地域の通いの場など、介護保険以外の支えが位置付けられていません。' +
            '本人の暮らしを今支えている人や、これまでの地域とのつながり（老人会、サロン、なじみの店など）はありませんか？' +
            '家族や地域の支えも計画に書き込むと、本人を中心にチーム全体で暮らしを支える計画になります。',
          evidence: [planEvidence(plan, ['needs'], '第2表 援助内容')],
        });
      }
    }
    if (preventionPlan !== undefined) {
      const hasRows = preventionPlan.issues.some((issue) => issue.supportRows.length > 0);
      if (hasRows && !preventionPlanHasInformalSupport(preventionPlan)) {
        observations.push({
          message:
            '介護予防サービス・支援計画書の「本人等のセルフケアや家族の支援、インフォーマルサービス」欄に、家族や地域の支え（通いの場、サロン、近隣の見守り、民間サービスなど）が書かれていません。' +
            'できるようになったことを地域の活動や役割につなぐところまで、本人と一緒に考えてみませんか？',
          evidence: [preventionPlanEvidence(preventionPlan, ['issues'], '介護予防サービス・支援計画書 支援計画（本人等のセルフケアや家族の支援、インフォーマルサービス）')],
        });
      }
    }
    return observations;
  },
});
