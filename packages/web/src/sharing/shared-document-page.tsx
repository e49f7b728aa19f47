import { assembleCaseFile, documentKindLabels, grantPurposeTable, type CarePlan, type CaseFile, type PreventionPlan, type ReceivedGrant } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { StoredDocumentView } from '../api/documents.js';
import { Plan1Form } from '../print/plan1-form.js';
import { Plan2Form } from '../print/plan2-form.js';
import { Plan3Form } from '../print/plan3-form.js';
import type { PrintContext } from '../print/print-data.js';
import { PreventionPlanForm } from '../print/prevention-plan-form.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { fetchReceivedGrants, fetchSharedDocument } from './sharing-api.js';
import '../print/print.css';
import './sharing.css';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; grant: ReceivedGrant; document: StoredDocumentView; caseFile: CaseFile | undefined }
  | { kind: 'failed'; message: string };

/**
 * The case file around a shared document, from what the grant shares: the client's 利用者基本情報
 * when it is shared too (the forms print the name, birth date and address from it).
 */
async function loadShared(grantId: string, documentId: string, signal: AbortSignal) {
  const grants = await fetchReceivedGrants(signal);
  const grant = grants.find((g) => g.id === grantId);
  const document = await fetchSharedDocument(grantId, documentId, signal);
  if (!grant) throw new ApiError(404, 'not_found', '共有された書類が見つかりません（共有が取り消されたか、期限が過ぎた可能性があります）。');
  const clientItem = grant.items.find((i) => i.kind === 'client' && i.clientId === document.clientId && i.documentId !== undefined);
  const client = clientItem?.documentId === undefined ? undefined : await fetchSharedDocument(grantId, clientItem.documentId, signal);
  let caseFile: CaseFile | undefined;
  try {
    caseFile = client ? assembleCaseFile([client, document]) : undefined;
  } catch {
    caseFile = undefined;
  }
  return { grant, document, caseFile };
}

/** A document shared with this organization, read only: the revision the grant names, never a later one. */
export function SharedDocumentPage({ grantId, documentId }: { grantId: string; documentId: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    loadShared(grantId, documentId, controller.signal).then(
      (loaded) => setState({ kind: 'ready', ...loaded }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '共有された書類を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [grantId, documentId]);

  const title = state.kind === 'ready' ? documentKindLabels[state.document.kind] : '共有された書類';
  useEffect(() => {
    document.title = `${title}（共有） - 気づき`;
  }, [title]);

  return (
    <div className="sharing-page shared-document">
      <p>
        <Link to={routePath({ name: 'shared' })}>共有された書類の一覧へ戻る</Link>
      </p>
      {state.kind === 'loading' && (
        <p className="page-status" role="status">
          読み込んでいます…
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && <SharedDocumentView {...state} />}
    </div>
  );
}

function SharedDocumentView({ grant, document, caseFile }: { grant: ReceivedGrant; document: StoredDocumentView; caseFile: CaseFile | undefined }) {
  const ctx: PrintContext | undefined = caseFile ? { caseFile, officeName: grant.ownerName } : undefined;
  return (
    <>
      <h1>
        {documentKindLabels[document.kind]}（第{document.revision}版・読み取り専用）
      </h1>
      <p className="notice">
        {grant.ownerName}から「{grantPurposeTable[grant.purpose].label}」のために共有された版です。この版より後に保存された内容は含まれません。
      </p>
      {ctx && document.kind === 'care_plan' && <PlanForms plan={document.body as CarePlan} ctx={ctx} />}
      {ctx && document.kind === 'prevention_plan' && (
        <div className="print-page shared-forms">
          <PreventionPlanForm plan={document.body as PreventionPlan} ctx={ctx} />
        </div>
      )}
      {(!ctx || (document.kind !== 'care_plan' && document.kind !== 'prevention_plan')) && <pre className="shared-body">{JSON.stringify(document.body, null, 2)}</pre>}
    </>
  );
}

function PlanForms({ plan, ctx }: { plan: CarePlan; ctx: PrintContext }) {
  return (
    <div className="print-page shared-forms">
      <Plan1Form plan={plan} ctx={ctx} />
      <Plan2Form plan={plan} ctx={ctx} />
      <Plan3Form plan={plan} ctx={ctx} />
    </div>
  );
}
