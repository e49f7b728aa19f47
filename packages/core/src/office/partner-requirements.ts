/**
 * The requirements of 第84号 イ that (A) may meet together with a partner 居宅介護支援事業所
 * (ニ(1)ただし書: イ(4)、(6)、(11)及び(12); standards.md §5.2, verbatim). `additionRequirements`
 * marks them with `partner: ['A']`; a test keeps the two in step.
 */
export const partnerRequirementIds = ['r4', 'r6', 'r11', 'r12'] as const;
export type PartnerRequirementId = (typeof partnerRequirementIds)[number];
