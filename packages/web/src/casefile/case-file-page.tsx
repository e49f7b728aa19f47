import { ageOn, assembleCaseFile, careLevelTable, currentCertification, type CaseFile } from '@kizuki/core';
import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { ApiError } from '../api/client.js';
import { fetchCaseFileDocuments, type StoredDocumentView } from '../api/documents.js';
import type { Session } from '../api/endpoints.js';
import { CsvExportPanel } from '../interchange/csv-export-panel.js';
import { Link } from '../routing/link.js';
import { caseFileTabLabels, caseFileTabs, clientTabPath, printPath, type CaseFileTab } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import type { CaseFileTabProps } from './case-file-context.js';
import { SharePanel } from '../sharing/share-panel.js';
import { MeetingCasePanel } from '../region/meeting-case-panel.js';
import { PrintLinks } from './print-links.js';

const named = <T,>(load: () => Promise<T>, pick: (m: T) => ComponentType<CaseFileTabProps>) => lazy(() => load().then((m) => ({ default: pick(m) })));

// Each tab is its own chunk: a care manager opening 支援経過 does not download the assessment form.
const tabComponents: Record<CaseFileTab, ComponentType<CaseFileTabProps>> = {
  basic: named(() => import('./basic-tab.js'), (m) => m.BasicTab),
  certification: named(() => import('./certification-tab.js'), (m) => m.CertificationTab),
  assessment: named(() => import('../assessment/assessment-tab.js'), (m) => m.AssessmentTab),
  'care-plan': named(() => import('../plan/care-plan-tab.js'), (m) => m.CarePlanTab),
  meeting: named(() => import('./meeting-tab.js'), (m) => m.MeetingTab),
  'support-log': named(() => import('./support-log-tab.js'), (m) => m.SupportLogTab),
  monitoring: named(() => import('./monitoring-tab.js'), (m) => m.MonitoringTab),
  usage: named(() => import('../usage/usage-tab.js'), (m) => m.UsageTab),
  prevention: named(() => import('./prevention-tab.js'), (m) => m.PreventionTab),
  history: named(() => import('./history-tab.js'), (m) => m.HistoryTab),
};

type PageState =
  | { kind: 'loading' }
  | { kind: 'loaded'; caseFile: CaseFile; documents: StoredDocumentView[] }
  | { kind: 'failed'; message: string; status: number };

interface CaseFilePageProps {
  clientId: string;
  tab: CaseFileTab;
  session: Session;
}

/** ケースファイル: a client's documents in tabs. The case file is re-read when the tab changes. */
export function CaseFilePage({ clientId, tab, session }: CaseFilePageProps) {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    fetchCaseFileDocuments(clientId, controller.signal).then(
      (response) => {
        try {
          setState({ kind: 'loaded', caseFile: assembleCaseFile(response.documents), documents: response.documents });
        } catch {
          setState({ kind: 'failed', message: 'この利用者の書類を読み取れませんでした。管理者に連絡してください。', status: 500 });
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : 'ケースファイルを読み込めませんでした。', status: error instanceof ApiError ? error.status : 0 });
      },
    );
    return () => controller.abort();
  }, [clientId, tab, version]);

  const name = state.kind === 'loaded' ? state.caseFile.client.name : undefined;
  useEffect(() => {
    document.title = `${name ?? '利用者'} ${caseFileTabLabels[tab]} - 気づき`;
  }, [name, tab]);

  if (state.kind === 'failed') {
    return (
      <div className="form-error" role="alert">
        <p>{state.message}</p>
        <p>
          <Link to="/">ホームへ戻る</Link>
        </p>
      </div>
    );
  }
  if (state.kind === 'loading') return <p className="page-status" role="status">ケースファイルを読み込んでいます…</p>;

  const { caseFile, documents } = state;
  const TabComponent = tabComponents[tab];
  return (
    <div className="case-file">
      <ClientHeading caseFile={caseFile} clientId={clientId} documents={documents} session={session} />
      <nav className="case-tabs" aria-label="ケースファイルの書類">
        <ul>
          {caseFileTabs.map((t) => (
            <li key={t}>
              <Link to={clientTabPath(clientId, t)} className="case-tab" aria-current={t === tab ? 'page' : undefined}>
                {caseFileTabLabels[t]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="case-tab-panel" aria-label={caseFileTabLabels[tab]}>
        <Suspense fallback={<p className="page-status" role="status">読み込んでいます…</p>}>
          <TabComponent clientId={clientId} caseFile={caseFile} documents={documents} session={session} onChanged={reload} />
        </Suspense>
      </section>
    </div>
  );
}

function ClientHeading({ caseFile, clientId, documents, session }: { caseFile: CaseFile; clientId: string; documents: StoredDocumentView[]; session: Session }) {
  const today = todayIso();
  const { client } = caseFile;
  const cert = currentCertification(caseFile.certifications, today);
  return (
    <header className="client-heading">
      <div className="client-name-line">
        <h1>{client.name} 様</h1>
        <p className="client-kana">{client.nameKana}</p>
      </div>
      <p className="client-facts">
        <span>{ageOn(client.birthDate, today)}歳</span>
        <span>被保険者番号 {client.insuredNumber}</span>
        <span>{cert?.careLevel ? careLevelTable[cert.careLevel].label : '認定なし'}</span>
        {cert?.validTo && <span>認定有効期間 {wareki(cert.validTo)}まで</span>}
      </p>
      {/* One group, so a long name wraps beside the actions instead of pushing one of them to a row of its own. */}
      <div className="client-heading-actions">
        <PrintLinks clientId={clientId} pathOf={printPath} />
        <CsvExportPanel clientId={clientId} caseFile={caseFile} />
        <SharePanel clientId={clientId} caseFile={caseFile} documents={documents} session={session} />
        <MeetingCasePanel clientId={clientId} session={session} />
      </div>
    </header>
  );
}
