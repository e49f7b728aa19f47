import type { Assessment } from '../../../domain/assessment.schema.js';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { Client } from '../../../domain/client.schema.js';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { assessmentEvidence, clientEvidence } from '../../evidence.js';
import type { Evidence } from '../../finding.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { isInformalLine, listLineRefs } from './plan-lines.js';

/** 家族等 who are not kin: the client record lists them too (近隣、民生委員 …). */
const notKin = /近隣|近所|隣|友人|知人|民生委員|ボランティア|大家|管理人|後見|職場|同僚|自治会|町内会/u;
/** Words naming kin, for informal lines without a category and the 予防計画書's free text. */
export const kinWords = /家族|長女|長男|次女|次男|三女|三男|妻|夫|娘|息子|嫁|婿|孫|兄|姉|弟|妹|親戚|甥|姪|義/u;

function isKin(relationship: string | undefined): boolean {
  return relationship === undefined || !notKin.test(normalizeForMatch(relationship));
}

/** A relative who can help, with the record that says so. */
export interface FamilyHelper {
  /** 「長女（青葉 由美）」 */
  who: string;
  role: string | undefined;
  evidence: Evidence;
}

const nothing = /^(?:なし|無し|特になし|特に無し|ない|不明|-)$/u;
const unwilling = /できない|難しい|困難|不可|しない|無理|拒否|ない$|なし$|無し$/u;
/** A willingness that names when or what the relative can do (週末なら協力できる, 平日は難しいが週末は可能). */
const conditionalYes = /(?:なら|は)[^、。]*?(?:できる|可能|協力|手伝)/u;

/** 「長女（青葉 由美）」, or whichever of the two is known. */
export function describePerson(name: string | undefined, relationship: string | undefined): string {
  if (relationship !== undefined && name !== undefined) return `${relationship}（${name}）`;
  return relationship ?? name ?? '家族';
}

/**
 * Relatives who can help: client.familyMembers with canHelp, and people in the assessment's
 * 家族等の状況 who help now (involvement) or say they will (willingness). A client record that
 * says canHelp: false for the same person wins over the assessment.
 */
export function familyHelpers(client: Client, assessment: Assessment | undefined): FamilyHelper[] {
  const helpers: FamilyHelper[] = [];
  const counted = new Set<string>();
  client.familyMembers.forEach((member, i) => {
    if (member.canHelp !== true || !isKin(member.relationship)) return;
    counted.add(member.id);
    counted.add(normalizeForMatch(member.name));
    helpers.push({ who: describePerson(member.name, member.relationship), role: member.roleNotes, evidence: clientEvidence(['familyMembers', i, 'canHelp'], `家族等 ${member.name} 支援できる`, 'はい') });
  });
  const members = assessment?.items.family?.members ?? [];
  members.forEach((member, j) => {
    const linked = client.familyMembers.find((m) => (member.familyMemberId !== undefined && m.id === member.familyMemberId) || (member.name !== undefined && normalizeForMatch(m.name) === normalizeForMatch(member.name)));
    if (linked?.canHelp === false || (linked && counted.has(linked.id)) || (member.name !== undefined && counted.has(normalizeForMatch(member.name)))) return;
    if (!isKin(member.relationship ?? linked?.relationship) || assessment === undefined) return;
    const involved = member.involvement !== undefined && !nothing.test(normalizeForMatch(member.involvement));
    const willingness = member.willingness === undefined ? '' : normalizeForMatch(member.willingness);
    const willing = willingness !== '' && (!unwilling.test(willingness) || conditionalYes.test(willingness));
    if (!involved && !willing) return;
    const field = involved ? 'involvement' : 'willingness';
    helpers.push({
      who: describePerson(member.name, member.relationship),
      role: member.involvement ?? member.willingness,
      evidence: assessmentEvidence(assessment, ['items', 'family', 'members', j, field], `アセスメント 家族等の状況 ${member.name ?? ''}`.trim(), involved ? member.involvement : member.willingness),
    });
  });
  return helpers;
}

/** True when the plan (or the 予防計画書) gives a relative a part in the support. */
export function planHasFamilyRole(plan: CarePlan, preventionPlan: PreventionPlan | undefined): boolean {
  const inLines = listLineRefs(plan.needs).some(({ line }) => {
    if (!isInformalLine(line)) return false;
    if (line.informalCategory === 'family') return true;
    return line.informalCategory === undefined && line.providerName !== undefined && kinWords.test(normalizeForMatch(line.providerName));
  });
  const inPrevention = preventionPlan?.issues.some((issue) => issue.supportRows.some((row) => row.selfCareAndInformal !== undefined && kinWords.test(normalizeForMatch(row.selfCareAndInformal)))) ?? false;
  return inLines || inPrevention;
}
