import { needsConfirmation, resourceKindLabels, resourceScheduleText, type Resource, type ResourceCsvRowError, type ResourceKind } from '@kizuki/core';
import { useId, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { Session } from '../api/endpoints.js';
import type { RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { importResourcesCsv, importRowErrors, mayEditDirectory, resourcesCsvUrl } from './region-api.js';
import { LoadStatus } from '../components/use-load.js';
import { ProviderCandidatesPanel } from './provider-candidates-panel.js';
import { ResourceKindSelect } from './resource-kind-select.js';
import { useRegionRecords } from './use-region-records.js';

/** Whether a resource answers the search words (name, tags, place, description). */
function matchesSearch(r: Resource, words: string[]): boolean {
  const haystack = [r.name, r.area, r.district ?? '', r.description ?? '', r.address ?? '', resourceKindLabels[r.kind], ...r.tags].join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** 社会資源: the area's directory, searchable, with CSV in and out for those who keep it. */
export function ResourceDirectory({ session }: { session: Session }) {
  const id = useId();
  const { state, reload } = useRegionRecords('region_resource');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ResourceKind | ''>('');
  const [area, setArea] = useState('');
  const editable = mayEditDirectory(session.user.role, session.organization.kind);
  const records = state.kind === 'ready' ? state.data : [];
  const areas = useMemo(() => [...new Set(records.map((r) => r.body.area))].sort((a, b) => a.localeCompare(b, 'ja')), [records]);
  const words = text.toLowerCase().split(/\s+/u).filter((w) => w !== '');
  const shown = records
    .filter((r) => (kind === '' || r.body.kind === kind) && (area === '' || r.body.area === area) && matchesSearch(r.body, words))
    .sort((a, b) => a.body.area.localeCompare(b.body.area, 'ja') || a.body.name.localeCompare(b.body.name, 'ja'));

  return (
    <div className="resource-directory">
      <p>
        地域の社会資源（介護保険の事業所、総合事業、通いの場、サロン、ボランティア、民生委員、配食、移動支援など）です。保険者と地域包括支援センターが登録し、管内のすべての事業所が読めます。ケアプランの援助内容を追加するときに、ここから候補が出ます。
      </p>
      <div className="region-toolbar">
        {editable && (
          <Link className="button button-primary" to={routePath({ name: 'region', path: ['resources', 'new'] })}>
            社会資源を登録
          </Link>
        )}
        <a className="button button-secondary" href={resourcesCsvUrl('utf-8')} download>
          CSV出力（UTF-8）
        </a>
        <a className="button button-secondary" href={resourcesCsvUrl('shift_jis')} download>
          CSV出力（Shift_JIS）
        </a>
      </div>
      {editable && <CsvImport onImported={reload} />}
      {editable && <ProviderCandidatesPanel session={session} onRegistered={reload} />}
      <div className="region-filters" role="search">
        <div className="field">
          <label htmlFor={`${id}-text`}>さがす（名称・内容・地区）</label>
          <input id={`${id}-text`} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="例: 体操 ひばり町" />
        </div>
        <ResourceKindSelect id={`${id}-kind`} label="種別" value={kind} onChange={setKind} blank="すべて" />
        <div className="field">
          <label htmlFor={`${id}-area`}>日常生活圏域</label>
          <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">すべて</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <p className="muted" aria-live="polite">
          {shown.length}件（全{records.length}件）
        </p>
      )}
      {state.kind === 'ready' && records.length === 0 && (
        <div className="empty-state">
          <p>社会資源はまだ登録されていません。{editable ? '「社会資源を登録」かCSVの取り込みで登録できます。' : '保険者・地域包括支援センターが登録すると、ここに表示されます。'}</p>
        </div>
      )}
      <ul className="resource-list">
        {shown.map((r) => (
          <ResourceCard key={r.id} record={r} editable={editable && r.ownerOrganizationId === session.organization.id} />
        ))}
      </ul>
    </div>
  );
}

export function ResourceCard({ record, editable }: { record: RecordView<'region_resource'>; editable: boolean }) {
  const r = record.body;
  return (
    <li className="resource-card" data-resource-id={record.id}>
      <div className="resource-card-head">
        <h2 className="resource-name">{r.name}</h2>
        <span className={`tag resource-kind resource-kind-${r.kind}`}>{resourceKindLabels[r.kind]}</span>
      </div>
      <p className="resource-place">
        {r.area}
        {r.district ? `・${r.district}` : ''}
        {r.address ? `（${r.address}）` : ''}
      </p>
      {r.tags.length > 0 && (
        <ul className="resource-tags" aria-label="内容">
          {r.tags.map((t) => (
            <li key={t} className="tag">
              {t}
            </li>
          ))}
        </ul>
      )}
      {r.description && <p>{r.description}</p>}
      <dl className="resource-facts">
        <dt>日時</dt>
        <dd>{resourceScheduleText(r)}</dd>
        <dt>費用</dt>
        <dd>{r.cost ?? '未記入'}</dd>
        <dt>定員・待機</dt>
        <dd>
          {r.capacity === undefined ? '定員なし' : `定員${r.capacity}人`}
          {r.waiting === undefined ? '' : r.waiting === 0 ? '・待機なし' : `・待機${r.waiting}人`}
        </dd>
        <dt>連絡先</dt>
        <dd>{r.contact ?? '未記入'}</dd>
        <dt>情報の管理者</dt>
        <dd>{r.maintainer}</dd>
        <dt>最終確認日</dt>
        <dd>
          {wareki(r.confirmedOn)}
          {needsConfirmation(r, todayIso()) && <span className="tag resource-stale">要確認（1年以上前）</span>}
        </dd>
      </dl>
      {editable && (
        <Link className="button button-secondary button-small" to={routePath({ name: 'region', path: ['resources', record.id] })}>
          編集
        </Link>
      )}
    </li>
  );
}

function CsvImport({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'done'; text: string } | { kind: 'failed'; text: string; rows: ResourceCsvRowError[] } | undefined>();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setResult(undefined);
    try {
      const report = await importResourcesCsv(file);
      setResult({ kind: 'done', text: `${report.imported}件を取り込みました（${report.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'}）。` });
      onImported();
    } catch (error) {
      setResult({ kind: 'failed', text: error instanceof ApiError ? error.message : '取り込めませんでした。', rows: error instanceof ApiError ? importRowErrors(error.details) : [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="region-import">
      <summary>CSVから取り込む</summary>
      <p className="muted">
        市町村の一覧表をそのまま読めます: 1行目が見出し（名称・種別・日常生活圏域・地区・内容・曜日・時間・費用・定員・待機者数・連絡先・所在地・事業所番号・情報の管理者・最終確認日・説明）、文字コードはUTF-8かShift_JIS、全角数字・「月〜金」「10:00〜12:00」・和暦の日付も読みます。
        1行でも誤りがあれば何も取り込まず、誤りの行を示します。
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>CSVファイル</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {busy && (
        <p className="page-status" role="status">
          取り込んでいます…
        </p>
      )}
      {result?.kind === 'done' && (
        <p className="notice" role="status">
          {result.text}
        </p>
      )}
      {result?.kind === 'failed' && (
        <div className="form-error" role="alert">
          <p>{result.text}</p>
          {result.rows.length > 0 && (
            <ul className="import-errors">
              {result.rows.map((row, i) => (
                <li key={i}>
                  {row.line}行目{row.column ? `「${row.column}」` : ''}: {row.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
