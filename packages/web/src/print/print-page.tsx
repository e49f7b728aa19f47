import { assembleCaseFile } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { fetchCaseFileDocuments } from '../api/documents.js';
import { fetchSession } from '../api/endpoints.js';
import { todayIso } from '../shared/dates.js';
import { MeetingForm } from './meeting-form.js';
import { Plan1Form } from './plan1-form.js';
import { Plan2Form } from './plan2-form.js';
import { Plan3Form } from './plan3-form.js';
import { PreventionPlanForm } from './prevention-plan-form.js';
import { pickMeeting, pickPlan, pickPreventionPlan, pickServiceUsage, type PrintContext } from './print-data.js';
import { isPrintForm, printForms, type PrintForm } from './print-forms.js';
import { sheetZoom } from './sheet-zoom.js';
import { SupportLogForm } from './support-log-form.js';
import { UsagePlanForm } from './usage-plan-form.js';
import { UsageSheetForm } from './usage-sheet-form.js';
import './print.css';

export interface PrintPageProps {
  clientId: string;
  /** Which form: plan-1 … plan-5, prevention-plan, usage, usage-sheet (see printForms). */
  form: string;
}

type State = { kind: 'loading' } | { kind: 'ready'; ctx: PrintContext } | { kind: 'failed'; message: string };

function documentParam(): string | undefined {
  return new URLSearchParams(window.location.search).get('document') ?? undefined;
}

/**
 * Print view of a standard form, A4 landscape, 和暦 dates: the browser's print is the PDF. The
 * toolbar is for the screen only; `?document=<id>` picks the document, else the current one.
 */
export function PrintPage({ clientId, form }: PrintPageProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([fetchCaseFileDocuments(clientId, controller.signal), fetchSession()]).then(
      ([response, session]) => {
        try {
          setState({ kind: 'ready', ctx: { caseFile: assembleCaseFile(response.documents), officeName: session.organization.name } });
        } catch {
          setState({ kind: 'failed', message: 'この利用者の書類を読み取れませんでした。管理者に連絡してください。' });
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '印刷する書類を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [clientId]);

  const zoom = useSheetZoom();
  const title = isPrintForm(form) ? printForms[form] : '印刷';
  useEffect(() => {
    document.title = `${title} - 気づき`;
  }, [title]);

  return (
    <div className="print-page">
      <div className="print-toolbar">
        <button type="button" className="button button-secondary" onClick={() => window.history.back()}>
          戻る
        </button>
        <span className="print-toolbar-title">{title}（A4横）</span>
        <button type="button" className="button button-primary" onClick={() => window.print()} disabled={state.kind !== 'ready'}>
          印刷する
        </button>
      </div>
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
      {state.kind === 'ready' && (
        // Scaled on screen only (print.css sets zoom 1 on paper), so the preview fits a tablet.
        <div className="print-sheets" style={{ zoom }}>
          {isPrintForm(form) ? <FormView form={form} ctx={state.ctx} documentId={documentParam()} /> : <Missing text={`「${form}」という様式はありません。`} />}
        </div>
      )}
    </div>
  );
}

/** The on-screen scale of the sheets for the window's width, following resizes and rotation. */
function useSheetZoom(): number {
  const [zoom, setZoom] = useState(() => sheetZoom(document.documentElement.clientWidth));
  useEffect(() => {
    const update = () => setZoom(sheetZoom(document.documentElement.clientWidth));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return zoom;
}

function Missing({ text }: { text: string }) {
  return (
    <p className="form-error" role="alert">
      {text}
    </p>
  );
}

function FormView({ form, ctx, documentId }: { form: PrintForm; ctx: PrintContext; documentId: string | undefined }) {
  const { caseFile } = ctx;
  const plan = pickPlan(caseFile, form.startsWith('plan-') && form !== 'plan-4' && form !== 'plan-5' ? documentId : undefined);
  switch (form) {
    case 'plan-1':
    case 'plan-2':
    case 'plan-3': {
      if (!plan) return <Missing text="印刷する居宅サービス計画がありません。" />;
      if (form === 'plan-1') return <Plan1Form plan={plan} ctx={ctx} />;
      if (form === 'plan-2') return <Plan2Form plan={plan} ctx={ctx} />;
      return <Plan3Form plan={plan} ctx={ctx} />;
    }
    case 'plan-4': {
      const meeting = pickMeeting(caseFile, documentId);
      if (!meeting) return <Missing text="印刷するサービス担当者会議の記録がありません。" />;
      return <MeetingForm meeting={meeting} ctx={ctx} authorName={plan?.authorName} />;
    }
    case 'plan-5':
      return <SupportLogForm entries={caseFile.supportLog} ctx={ctx} authorName={plan?.authorName} />;
    case 'prevention-plan': {
      const prevention = pickPreventionPlan(caseFile, documentId);
      if (!prevention) return <Missing text="印刷する介護予防サービス・支援計画書がありません。" />;
      return <PreventionPlanForm plan={prevention} ctx={ctx} />;
    }
    case 'usage':
    case 'usage-sheet': {
      const usage = pickServiceUsage(caseFile, documentId, todayIso());
      if (!usage) return <Missing text="印刷するサービス利用票がありません。" />;
      return form === 'usage' ? <UsagePlanForm usage={usage} ctx={ctx} /> : <UsageSheetForm usage={usage} ctx={ctx} />;
    }
  }
}
