import { assembleCaseFile, auditedPlan, defaultBenefitThresholds, KizukiError, reviewBenefitData, type BenefitReviewPlan, type BenefitReviewReport } from '@kizuki/core';
import { auditDate } from './audit.service.js';
import type { Actor, ServiceDeps } from './context.js';
import { grantedCaseFiles } from './effect-granted-plans.js';

/**
 * 給付実績の活用: the checks of core `reviewBenefitData` over the plans an organization may read —
 * an office its own clients' case files, an insurer the documents offices shared with it for
 * ケアプラン点検 (so the checks that need a 利用票 or a certification run only when those were shared).
 */
export async function benefitReview(deps: ServiceDeps, actor: Actor, asOfText?: string): Promise<BenefitReviewReport> {
  const asOf = auditDate(deps, asOfText);
  const thresholds = defaultBenefitThresholds;
  const plans: BenefitReviewPlan[] = [];
  if (actor.organization.kind === 'insurer') {
    if (actor.user.role !== 'insurer_staff') throw new KizukiError('forbidden', '給付実績の活用は保険者の職員が使えます。');
    const { files } = await grantedCaseFiles(deps, actor, 'benefit_review');
    for (const file of files) {
      const { plan } = auditedPlan(file.caseFile);
      const planDate = plan?.planDate ?? plan?.createdOn;
      plans.push({
        source: { kind: 'shared', grantId: file.grant.id, documents: file.documents },
        label: file.label,
        officeName: file.owner?.name ?? '',
        ...(planDate ? { planDate } : {}),
        review: reviewBenefitData(file.caseFile, asOf, thresholds),
      });
    }
    return { asOf, scope: 'insurer', thresholds, plans };
  }
  if (actor.user.role === 'insurer_staff' || actor.user.role === 'admin') throw new KizukiError('forbidden', '給付実績の活用は事業所の職員が使えます。');
  const clients = await deps.store.listClients(actor.tenantId);
  for (const summary of clients) {
    const caseFile = assembleCaseFile(await deps.store.listDocuments(actor.tenantId, summary.id));
    if (caseFile.client.status === 'ended') continue;
    const { plan } = auditedPlan(caseFile);
    const planDate = plan?.planDate ?? plan?.createdOn;
    plans.push({
      source: { kind: 'client', clientId: summary.id },
      label: summary.name,
      officeName: actor.organization.name,
      ...(planDate ? { planDate } : {}),
      review: reviewBenefitData(caseFile, asOf, thresholds),
    });
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'benefit_review', detail: `${asOf}（${plans.length}人）`, at: deps.now().toISOString() });
  return { asOf, scope: 'office', thresholds, plans };
}
