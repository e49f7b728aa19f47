import { addMonths, bcpChanges, bcpReviewMonths, bcpTemplates, bcpTypes, formatWareki, missingBcpSections, tokyoDateOf, type BcpDocument, type BcpType } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { createRecord, fetchRecord, fetchRecordRevision, fetchRecordRevisions, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { DateField, TextArea, TextField } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { errorText, useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-nav.js';
import { RecordForm } from './record-form.js';
import { PrintToolbar } from './print-toolbar.js';

/** A new BCP from the template: the sections 小樽市's policy lists, each empty. */
function fromTemplate(type: BcpType): BcpDocument {
  const template = bcpTemplates[type];
  return { type, title: template.title, sections: template.sections.map((s) => ({ heading: s.heading, text: '' })) };
}

/** 業務継続計画（BCP）: the office's infection and disaster plans. */
export function BcpPage({ manage }: { manage: boolean }) {
  useEffect(() => {
    document.title = '業務継続計画（BCP） - 気づき';
  }, []);
  const [docs] = useLoad((signal) => fetchRecords('bcp_document', 'own', signal), undefined, 'bcp');
  const [error, setError] = useState<string | undefined>(undefined);
  async function start(type: BcpType) {
    setError(undefined);
    try {
      const record = await createRecord('bcp_document', fromTemplate(type));
      navigate(`/office/bcp/${record.id}`);
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <section className="office-page" aria-labelledby="bcp-title">
      <h1 id="bcp-title">業務継続計画（BCP）</h1>
      <OfficeNav current="/office/bcp" />
      <p>感染症と自然災害の計画を、それぞれ小樽市の方針が挙げる項目で作ります。研修・訓練は「研修・訓練」に記録します。</p>
      <p>
        <Link to="/office/emergency-list">安否確認の一覧（利用者ごとの緊急連絡先・主治医・医療・移動、優先度順）を印刷</Link>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {docs.kind === 'ready' &&
        bcpTypes.map((type) => {
          const doc = docs.data.find((d) => d.body.type === type);
          const missing = doc ? missingBcpSections(doc.body) : [];
          return (
            <section key={type} className="office-service" aria-labelledby={`bcp-${type}`}>
              <h2 id={`bcp-${type}`}>{bcpTemplates[type].label}</h2>
              {doc ? (
                <p>
                  <Link to={`/office/bcp/${doc.id}`}>{doc.body.title}</Link>（第{doc.revision}版{doc.body.reviewedOn ? `、見直し ${formatWareki(doc.body.reviewedOn)}` : ''}）
                  {missing.length > 0 && <strong> 未記入の項目: {missing.join('、')}</strong>}
                </p>
              ) : (
                <p>
                  まだ作成されていません。
                  {manage && (
                    <button type="button" className="button button-primary" onClick={() => void start(type)}>
                      ひな形から作成
                    </button>
                  )}
                </p>
              )}
            </section>
          );
        })}
    </section>
  );
}

/** One BCP: its sections with the template's hints; every save is a new version. */
export function BcpEditorPage({ id, manage }: { id: string; manage: boolean }) {
  const [doc, reload] = useLoad((signal) => fetchRecord<'bcp_document'>(id, signal), undefined, id);
  const [savedRevision, setSavedRevision] = useState<number | undefined>(undefined);
  useEffect(() => {
    document.title = '業務継続計画（BCP） - 気づき';
  }, []);
  return (
    <section className="office-page" aria-labelledby="bcp-edit-title">
      <h1 id="bcp-edit-title">業務継続計画（BCP）</h1>
      <OfficeNav current="/office/bcp" />
      {doc.kind === 'failed' && (
        <p className="form-error" role="alert">
          {doc.message}
        </p>
      )}
      {savedRevision !== undefined && <p role="status">第{savedRevision}版として保存しました。</p>}
      {doc.kind === 'ready' && (
        <BcpForm
          key={doc.data.revision}
          record={doc.data}
          manage={manage}
          onSaved={(revision) => {
            setSavedRevision(revision);
            reload();
          }}
        />
      )}
      {doc.kind === 'ready' && <BcpChanges key={`changes-${doc.data.revision}`} record={doc.data} />}
    </section>
  );
}

/**
 * 見直しで変わったこと: the differences between an earlier version (by default the one before) and
 * the current one, section by section, from the record's revisions.
 */
function BcpChanges({ record }: { record: RecordView<'bcp_document'> }) {
  const [revisions] = useLoad((signal) => fetchRecordRevisions(record.id, signal), undefined, `revisions-${record.id}-${record.revision}`);
  const [base, setBase] = useState(Math.max(1, record.revision - 1));
  const [earlier] = useLoad((signal) => fetchRecordRevision<'bcp_document'>(record.id, base, signal), undefined, `revision-${record.id}-${base}`);
  const nextReview = record.body.reviewedOn ?? tokyoDateOf(new Date(record.createdAt));
  return (
    <section className="bcp-changes" aria-labelledby="bcp-changes-title">
      <h2 id="bcp-changes-title">見直しと版の違い</h2>
      <p>
        {record.body.reviewedOn ? `前回の見直し: ${formatWareki(record.body.reviewedOn)}。` : 'まだ見直しの記録がありません。'}
        見直しはおおむね{bcpReviewMonths.value}か月ごと（気づきの設定; 基準は「定期的に」）を目安にしています。
        次回の目安: {formatWareki(addMonths(nextReview, bcpReviewMonths.value))}
      </p>
      {record.revision === 1 ? (
        <p className="muted">第1版だけです。保存すると新しい版になり、ここに違いが出ます。</p>
      ) : (
        <>
          <label className="field field-short">
            <span>比べる版</span>
            <select value={base} onChange={(e) => setBase(Number(e.target.value))} aria-label="比べる版">
              {revisions.kind === 'ready'
                ? revisions.data
                    .filter((r) => r.revision < record.revision)
                    .map((r) => (
                      <option key={r.revision} value={r.revision}>
                        第{r.revision}版（{formatWareki(r.savedAt.slice(0, 10))}{r.authorName ? `・${r.authorName}` : ''}）
                      </option>
                    ))
                : [
                    <option key={base} value={base}>
                      第{base}版
                    </option>,
                  ]}
            </select>
          </label>
          {earlier.kind === 'failed' && (
            <p className="form-error" role="alert">
              {earlier.message}
            </p>
          )}
          {earlier.kind === 'ready' && <ChangeTable before={earlier.data.body} after={record.body} beforeLabel={`第${base}版`} afterLabel={`第${record.revision}版（現在）`} />}
        </>
      )}
    </section>
  );
}

function ChangeTable({ before, after, beforeLabel, afterLabel }: { before: BcpDocument; after: BcpDocument; beforeLabel: string; afterLabel: string }) {
  const changes = bcpChanges(before, after);
  if (changes.length === 0) return <p className="notice">{beforeLabel}と内容は同じです。</p>;
  return (
    <table className="diff-table bcp-change-table">
      <caption>変わった項目（{changes.length}件）</caption>
      <thead>
        <tr>
          <th scope="col">項目</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.item} data-change={c.item}>
            <th scope="row">{c.item}</th>
            <td className="diff-theirs">{c.before ?? <span className="not-recorded">（なし）</span>}</td>
            <td className="diff-mine">{c.after ?? <span className="not-recorded">（なし）</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BcpForm({ record, manage, onSaved }: { record: RecordView<'bcp_document'>; manage: boolean; onSaved: (revision: number) => void }) {
  const [body, setBody] = useState<BcpDocument>(record.body);
  const template = bcpTemplates[body.type];
  // Sections of the template the document lacks are offered empty, after those it has.
  const headings = [...body.sections.map((s) => s.heading), ...template.sections.map((s) => s.heading).filter((h) => !body.sections.some((s) => s.heading === h))];
  const textOf = (heading: string) => body.sections.find((s) => s.heading === heading)?.text ?? '';
  const setText = (heading: string, text: string) =>
    setBody((b) => ({ ...b, sections: b.sections.some((s) => s.heading === heading) ? b.sections.map((s) => (s.heading === heading ? { ...s, text } : s)) : [...b.sections, { heading, text }] }));
  async function save() {
    const saved = await saveRecord<'bcp_document'>(record.id, record.revision, body);
    onSaved(saved.revision);
  }
  return (
    <RecordForm label={template.label} save={save} submitLabel="保存（新しい版）" editable={manage}>
      <p>
        {template.label}（第{record.revision}版） <Link to={`/office/bcp/${record.id}/print`}>印刷用の表示</Link>
      </p>
      <TextField label="題名" path={['bcp', 'title']} required disabled={!manage} value={body.title} onChange={(v) => setBody((b) => ({ ...b, title: v }))} />
      {headings.map((heading, i) => (
        <TextArea key={heading} label={`${i + 1} ${heading}`} path={['bcp', 'sections', i]} disabled={!manage} hint={template.sections.find((s) => s.heading === heading)?.hint} rows={5} value={textOf(heading)} onChange={(v) => setText(heading, v)} />
      ))}
      <div className="form-grid">
        <DateField label="見直しの日" path={['bcp', 'reviewedOn']} disabled={!manage} value={body.reviewedOn} onChange={(v) => setBody((b) => ({ ...b, reviewedOn: v.trim() === '' ? undefined : v }))} />
      </div>
      <TextArea label="見直しで変えたこと" path={['bcp', 'reviewNote']} disabled={!manage} value={body.reviewNote} onChange={(v) => setBody((b) => ({ ...b, reviewNote: v }))} />
    </RecordForm>
  );
}

/** The BCP on A4 portrait. */
export function BcpPrint({ id }: { id: string }) {
  const [doc] = useLoad((signal) => fetchRecord<'bcp_document'>(id, signal), undefined, id);
  useEffect(() => {
    document.title = '業務継続計画（BCP） 印刷 - 気づき';
  }, []);
  return (
    <div className="office-print">
      <PrintToolbar back={`/office/bcp/${id}`} label="BCPに戻る" />
      {doc.kind === 'failed' && (
        <p className="form-error" role="alert">
          {doc.message}
        </p>
      )}
      {doc.kind === 'ready' && (
        <article className="office-sheet" aria-label="業務継続計画">
          <h1>{doc.data.body.title}</h1>
          <p>
            {bcpTemplates[doc.data.body.type].label} 第{doc.data.revision}版
            {doc.data.body.reviewedOn ? ` 見直し ${formatWareki(doc.data.body.reviewedOn)}` : ''}
          </p>
          {doc.data.body.sections.map((s, i) => (
            <section key={s.heading}>
              <h2>
                {i + 1} {s.heading}
              </h2>
              <p className="office-sheet-text">{s.text || '（未記入）'}</p>
            </section>
          ))}
          {doc.data.body.reviewNote && (
            <>
              <h2>見直しで変えたこと</h2>
              <p className="office-sheet-text">{doc.data.body.reviewNote}</p>
            </>
          )}
        </article>
      )}
    </div>
  );
}
