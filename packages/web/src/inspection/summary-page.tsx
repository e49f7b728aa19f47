import { fiscalYearLabel, summaryMarkdown, summarySections, tokyoDateOf, type InspectionSummaryRecord } from '@kizuki/core';
import { useEffect, useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { createRecord, fetchRecord, saveRecord, type RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { wareki } from '../shared/dates.js';
import { fetchSummaryDraft, mayInspect } from './inspection-api.js';
import { inspectionPath } from './inspection-paths.js';
import { errorText, Flash, LoadStatus, useLoad } from '../components/use-load.js';

/** A new 総評 of a year: the draft generated from the year's 点検 records, to edit and save. */
export function NewSummaryPage({ fiscalYear }: { fiscalYear: number }) {
  const [state] = useLoad(async (signal) => {
    const { draft } = await fetchSummaryDraft(fiscalYear, signal);
    return { fiscalYear, title: draft.title, sections: summarySections(draft), status: 'draft' } satisfies InspectionSummaryRecord;
  }, undefined, `draft-${fiscalYear}`);
  return (
    <section className="inspection-page" aria-labelledby="summary-title">
      <p>
        <Link to={inspectionPath()}>ケアプラン点検へ戻る</Link>
      </p>
      <h1 id="summary-title">{Number.isInteger(fiscalYear) ? fiscalYearLabel(fiscalYear) : ''}の総評（下書き）</h1>
      <p className="muted">その年度の点検の記録から作った下書きです。氏名・番号は伏せてあります。見出しごとに書き直して保存してください。</p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <SummaryEditor initial={state.data} record={undefined} mayEdit />}
    </section>
  );
}

/** A saved 総評: edit it section by section, publish it, print it, export it for the 集団指導 slides. */
export function SummaryPage({ id, session }: { id: string; session: Session }) {
  const [state, reload] = useLoad((signal) => fetchRecord<'inspection_summary'>(id, signal), undefined, `summary-${id}`);
  const [flash, setFlash] = useState<string | undefined>();
  const mayEdit = state.kind === 'ready' && state.data.ownerOrganizationId === session.organization.id && mayInspect(session.user.role, session.organization.kind);
  return (
    <section className="inspection-page" aria-labelledby="summary-title">
      <p>
        <Link to={inspectionPath()}>ケアプラン点検へ戻る</Link>
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          <h1 id="summary-title">
            {state.data.body.title}
            <span className={`tag${state.data.body.status === 'published' ? ' tag-ok' : ''}`}>{state.data.body.status === 'published' ? `${wareki(state.data.body.publishedOn)}公表` : '下書き'}</span>
          </h1>
          <SummaryEditor
            key={state.data.revision}
            initial={state.data.body}
            record={state.data}
            mayEdit={mayEdit}
            onSaved={(message) => {
              setFlash(message);
              reload();
            }}
          />
          <Flash message={flash} />
        </>
      )}
    </section>
  );
}

function downloadMarkdown(body: InspectionSummaryRecord) {
  const blob = new Blob([summaryMarkdown(body.title, body.sections)], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${body.title}.md`;
  a.click();
  URL.revokeObjectURL(url);
}

function SummaryEditor({ initial, record, mayEdit, onSaved }: { initial: InspectionSummaryRecord; record: RecordView<'inspection_summary'> | undefined; mayEdit: boolean; onSaved?: (message: string) => void }) {
  const [body, setBody] = useState(initial);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const locked = record?.body.status === 'published';
  const setSection = (i: number, patch: Partial<InspectionSummaryRecord['sections'][number]>) => setBody({ ...body, sections: body.sections.map((s, j) => (i === j ? { ...s, ...patch } : s)) });

  async function save(next: InspectionSummaryRecord, done: string) {
    setBusy(true);
    setError(undefined);
    try {
      if (record) {
        await saveRecord<'inspection_summary'>(record.id, record.revision, next, locked ? note : undefined);
        onSaved?.(done);
      } else {
        const created = await createRecord('inspection_summary', next);
        navigate(inspectionPath('summaries', created.id));
      }
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <>
      <p className="button-row">
        {record && (
          <Link to={inspectionPath('summaries', record.id, 'print')} className="button button-secondary">
            印刷（A4）
          </Link>
        )}
        <button type="button" className="button button-secondary" onClick={() => downloadMarkdown(body)}>
          Markdownで書き出す（集団指導のスライド用）
        </button>
      </p>
      <div className="field">
        <label htmlFor="summary-title-input">題名</label>
        <input id="summary-title-input" value={body.title} disabled={!mayEdit} onChange={(e) => setBody({ ...body, title: e.target.value })} />
      </div>
      {body.sections.map((s, i) => (
        <div key={i} className="editor-card summary-section">
          <div className="field">
            <label htmlFor={`heading-${i}`}>見出し</label>
            <input id={`heading-${i}`} value={s.heading} disabled={!mayEdit} onChange={(e) => setSection(i, { heading: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`text-${i}`}>本文</label>
            <textarea id={`text-${i}`} rows={Math.max(3, (s.text ?? '').split('\n').length + 1)} value={s.text ?? ''} disabled={!mayEdit} onChange={(e) => setSection(i, { text: e.target.value })} />
          </div>
        </div>
      ))}
      {mayEdit && (
        <>
          <p className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setBody({ ...body, sections: [...body.sections, { heading: '新しい見出し', text: '' }] })}>
              見出しを加える
            </button>
          </p>
          {locked && (
            <div className="field">
              <label htmlFor="summary-note">変更の理由（公表済みのため、保存には理由が必要です）</label>
              <input id="summary-note" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <p className="button-row">
            <button type="button" className="button button-primary" disabled={busy || (locked && !note.trim())} onClick={() => void save(body, '保存しました。')}>
              総評を保存
            </button>
            {record && !locked && (
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void save({ ...body, status: 'published', publishedOn: tokyoDateOf(new Date()) }, '公表しました。管内の事業所が読めるようになりました。')}>
                公表する
              </button>
            )}
          </p>
        </>
      )}
    </>
  );
}

/** The 総評 on A4 paper (portrait), as 小樽市 publishes its own. */
export function SummaryPrintPage({ id }: { id: string }) {
  const [state] = useLoad((signal) => fetchRecord<'inspection_summary'>(id, signal), undefined, `summary-print-${id}`);
  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.data.body.title} - 気づき`;
  }, [state]);
  return (
    <div className="summary-print">
      <div className="summary-print-toolbar">
        <Link to={inspectionPath('summaries', id)} className="button button-secondary">
          戻る
        </Link>
        <button type="button" className="button button-primary" onClick={() => window.print()} disabled={state.kind !== 'ready'}>
          印刷する
        </button>
      </div>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <article className="summary-sheet">
          <h1>{state.data.body.title}</h1>
          {state.data.body.publishedOn && <p className="summary-date">{wareki(state.data.body.publishedOn)}</p>}
          {state.data.body.sections.map((s, i) => (
            <section key={i}>
              <h2>{s.heading}</h2>
              {(s.text ?? '').split('\n').map((line, j) => (
                <p key={j} className={line.startsWith('・') ? 'summary-item' : undefined}>
                  {line}
                </p>
              ))}
            </section>
          ))}
        </article>
      )}
    </div>
  );
}

