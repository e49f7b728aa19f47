import { formatWareki, planStatusLabels, ruleTitles, type CarePlan, type CaseFile, type Finding } from '@kizuki/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Session } from '../api/endpoints.js';
import { useMenuDismiss } from '../components/use-menu-dismiss.js';
import { EditorStatusBar, FieldNotesProvider, RevisionHistory, bindFields, focusField, useDocumentEditor, type FieldPath, type PlacedNote } from '../editing/index.js';
import { documentFieldErrors } from '../editing/validate-body.js';
import { printForms, printPath, type PrintForm } from '../print/print-forms.js';
import { todayIso } from '../shared/dates.js';
import { acknowledgeFinding, withdrawAcknowledgement } from './acknowledgements.js';
import { editorSectionKeys as sectionKeys, editorSections as sections, sectionOf, type EditorSection as Section } from './editor-sections.js';
import { findingIds } from './finding-news.js';
import { KizukiPanel, type RevealRequest } from './kizuki-panel.js';
import { LifecycleSection } from './lifecycle-section.js';
import { planFieldPath, severityLabels, splitFindings } from './live-audit.js';
import { NeedsSection } from './needs-section.js';
import { markPlanSuperseded } from './plan-api.js';
import type { PlanSectionProps } from './section-props.js';
import { Table1Section } from './table1-section.js';
import { useClientPolicy, useFreshIds, useLiveAudit } from './use-live-audit.js';
import { WeeklySection } from './weekly-section.js';

/** Focuses the field of `path`, else its nearest enclosing item (a need card for a missing goal). */
function focusNearest(path: FieldPath): void {
  for (let n = path.length; n > 0; n -= 1) if (focusField(path.slice(0, n))) return;
}

const printLinks: PrintForm[] = ['plan-1', 'plan-2', 'plan-3'];

interface PlanEditorProps {
  /** The plan picker and the buttons that start a plan, shown on the editor's first row. */
  toolbar?: ReactNode;
  clientId: string;
  caseFile: CaseFile;
  session: Session;
  planId: string;
  onChanged: () => void;
}

/** 居宅サービス計画 editor: 第1〜3表 and the process, with the live 気づき panel beside it. */
export function PlanEditor({ toolbar, clientId, caseFile, session, planId, onChanged }: PlanEditorProps) {
  const editor = useDocumentEditor(clientId, 'care_plan', planId);
  const [section, setSection] = useState<Section>('table2');
  const [pendingFocus, setPendingFocus] = useState<FieldPath | undefined>();
  const baseId = useId();
  const printMenu = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(printMenu);
  const [focusedFieldId, setFocusedFieldId] = useState<string | undefined>();
  const [reveal, setReveal] = useState<RevealRequest | undefined>();

  useEffect(() => {
    if (pendingFocus === undefined) return;
    focusNearest(pendingFocus);
    setPendingFocus(undefined);
  }, [pendingFocus, section]);

  // 気づき of the plan as typed: listed in the panel, and marked at the field each is about.
  const policy = useClientPolicy(clientId);
  const live = useLiveAudit(caseFile, editor.body, policy.kind === 'ready' ? policy.pack : undefined);
  const acknowledgements = editor.body?.acknowledgements;
  const split = useMemo(() => live.findings && splitFindings(live.findings, acknowledgements ?? [], planId), [live.findings, acknowledgements, planId]);
  const openIds = useMemo(() => (split ? findingIds(split.open, planId) : undefined), [split, planId]);
  const fresh = useFreshIds(openIds);
  const openFinding = useCallback((id: string) => setReveal((previous) => ({ id, n: (previous?.n ?? 0) + 1 })), []);
  const notes = useMemo(
    () =>
      (split?.open ?? []).flatMap((finding, i): PlacedNote[] => {
        const path = planFieldPath(finding, planId);
        const id = openIds?.[i];
        if (path === undefined || id === undefined) return [];
        return [{ path, note: { key: id, tone: finding.severity, badge: severityLabels[finding.severity], text: ruleTitles[finding.ruleId], fresh: fresh.has(id), onOpen: () => openFinding(id) } }];
      }),
    [split, openIds, fresh, planId, openFinding],
  );

  const plan = editor.body;
  if (plan === undefined) {
    return (
      <>
        {toolbar !== undefined && <div className="plan-toolbar">{toolbar}</div>}
        {editor.error ? (
          <p className="form-error" role="alert">
            {editor.error}
          </p>
        ) : (
          <p className="page-status" role="status">
            計画を読み込んでいます…
          </p>
        )}
      </>
    );
  }

  const readOnly = plan.status === 'superseded';
  const fields = bindFields(editor);
  const props: PlanSectionProps = {
    plan,
    fields,
    setPlan: (next) => editor.setBody(next),
    certification: { validFrom: plan.certificationValidFrom, validTo: plan.certificationValidTo },
    caseFile,
    readOnly,
  };

  const commit = async (next: CarePlan): Promise<string | undefined> => {
    const errors = Object.keys(documentFieldErrors('care_plan', next, next.id)).length;
    if (errors > 0) return `入力内容に${errors}件の誤りがあるため記録できません。赤字の項目を直してください。`;
    editor.setBody(next);
    await editor.save();
    if (next.status === 'active' && next.supersedes) await markPlanSuperseded(clientId, next.supersedes, next.id, todayIso());
    onChanged();
    return undefined;
  };
  const acknowledge = (finding: Finding, reason: string) => {
    const result = acknowledgeFinding(plan, finding, reason, session.user.displayName, new Date());
    if (!result.ok) return result.message;
    editor.setBody(result.plan);
    void editor.save();
    return undefined;
  };
  const withdraw = (id: string) => {
    editor.setBody(withdrawAcknowledgement(plan, id));
    void editor.save();
  };
  const focusPath = (path: FieldPath) => {
    setSection(sectionOf(path));
    setPendingFocus(path);
  };
  // The panel follows the field being edited (or the item, for a button inside one).
  const onFocusIn = (event: FocusEvent<HTMLElement>) => {
    const holder = event.target.closest('[id^="field-"]');
    setFocusedFieldId(holder?.id);
  };
  const onTabKey = (event: KeyboardEvent, current: Section) => {
    const i = sectionKeys.indexOf(current);
    const next = event.key === 'ArrowRight' ? sectionKeys[(i + 1) % sectionKeys.length] : event.key === 'ArrowLeft' ? sectionKeys[(i + sectionKeys.length - 1) % sectionKeys.length] : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setSection(next);
    document.getElementById(`${baseId}-${next}`)?.focus();
  };

  return (
    <FieldNotesProvider notes={notes}>
      <div className="plan-editor">
        <div className="plan-title-row">
          {toolbar}
          {/* The picker shows the plan and its state; the heading is for screen readers and the outline. */}
          <h2 className="sr-only">
            居宅サービス計画{plan.planDate ? `（${formatWareki(plan.planDate)}）` : ''}
            <span className={`status-badge status-${plan.status}`}>{planStatusLabels[plan.status]}</span>
          </h2>
          {!readOnly && plan.status !== 'draft' && (
            <details className="plan-change-note">
              <summary>変更について</summary>
              <p className="notice">同意・交付の後に内容を大きく変える場合は、「この計画を変更する（新しい版）」で新しい版を作ってください（軽微な変更を除く）。</p>
            </details>
          )}
          <nav className="print-links print-menu" aria-label="印刷">
            <details ref={printMenu}>
              <summary>印刷</summary>
              <ul>
                {printLinks.map((form) => (
                  <li key={form}>
                    <a href={printPath(clientId, form, plan.id)} target="_blank" rel="noreferrer">
                      {printForms[form].split(' ')[0]}を印刷
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </nav>
        </div>
        <div className="plan-main" onFocus={onFocusIn}>
          {readOnly && <p className="notice">この計画は変更済み（終了）のため、閲覧のみできます。</p>}
          {/* The tables' tabs and the save state share one row, so the form starts high. */}
          <div className="plan-bar">
            <div className="section-tabs" role="tablist" aria-label="計画書の表">
              {sectionKeys.map((key) => (
                <button
                  key={key}
                  type="button"
                  role="tab"
                  id={`${baseId}-${key}`}
                  aria-selected={section === key}
                  aria-controls={`${baseId}-${key}-panel`}
                  tabIndex={section === key ? 0 : -1}
                  onClick={() => setSection(key)}
                  onKeyDown={(event) => onTabKey(event, key)}
                >
                  {sections[key]}
                </button>
              ))}
            </div>
            <EditorStatusBar kind="care_plan" editor={editor} />
          </div>
          <div role="tabpanel" id={`${baseId}-${section}-panel`} aria-labelledby={`${baseId}-${section}`} className="section-panel">
            {section === 'table1' && <Table1Section {...props} />}
            {section === 'table2' && <NeedsSection {...props} />}
            {section === 'table3' && <WeeklySection {...props} />}
            {section === 'process' && <LifecycleSection {...props} commit={commit} />}
            {section === 'history' && <RevisionHistory clientId={clientId} documentId={plan.id} />}
          </div>
        </div>
        <KizukiPanel
          policy={policy}
          live={live}
          split={split}
          openIds={openIds ?? []}
          fresh={fresh}
          focusedFieldId={focusedFieldId}
          reveal={reveal}
          planId={planId}
          onFocusPath={focusPath}
          onAcknowledge={acknowledge}
          onWithdraw={withdraw}
          readOnly={readOnly}
        />
      </div>
    </FieldNotesProvider>
  );
}

/** A plan's name in lists: 令和7年4月1日 作成（実施中）. */
export function planTitle(plan: CarePlan): string {
  const date = plan.planDate ?? plan.createdOn;
  return `${date ? formatWareki(date) : '日付未記入'}（${planStatusLabels[plan.status]}）`;
}
