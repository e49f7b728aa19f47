import {
  editPackSource,
  parsePolicyPack,
  ruleTitles,
  type PackSourceEdit,
  type PolicyPack,
  type PolicyPreviewAnswer,
  type ResolvedPolicyPack,
  type RuleId,
  type Severity,
} from '@kizuki/core';
import { useEffect, useMemo, useState } from 'react';
import { fetchRecord, saveRecord, type RecordView } from '../api/records.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../editing/index.js';
import { severityLabels } from '../plan/live-audit.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { todayIso } from '../shared/dates.js';
import { DiffView } from './diff-view.js';
import { errorOf, previewPolicy } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

const severityOptions = (Object.keys(severityLabels) as Severity[]).map((value) => ({ value, label: severityLabels[value] }));
const splitWords = (text: string) => text.split(/[、,，\n]/u).map((w) => w.trim()).filter(Boolean);

/** The draft being edited: its YAML and the version fields around it. */
interface Draft {
  version: string;
  changeNote: string;
  source: string;
}

type Parsed = { ok: true; pack: PolicyPack } | { ok: false; message: string };

function parse(source: string): Parsed {
  try {
    return { ok: true, pack: parsePolicyPack(source, '編集中の版') };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'YAMLを読めません。' };
  }
}

/** 基本方針の編集: a structured form over the draft's YAML (and the YAML itself), a preview of the 気づき it changes, save and publish. */
export function PolicyEditor({ id }: { id: string }) {
  const [state] = useLoad((signal) => fetchRecord<'policy_version'>(id, signal), '下書きを読み込めませんでした。');
  return (
    <section className="policy-page" aria-labelledby="editor-title">
      <p className="policy-toolbar">
        <Link to={policyPaths.home}>基本方針へ戻る</Link>
      </p>
      <h1 id="editor-title">基本方針の編集</h1>
      <LoadStatus state={state} />
      {state.kind === 'ready' &&
        (state.data.body.status === 'published' ? (
          <p>
            この版は公開済みのため変更できません。<Link to={policyPaths.home}>新しい版を作る</Link>
          </p>
        ) : (
          <EditorForm record={state.data} />
        ))}
    </section>
  );
}

function EditorForm({ record: initial }: { record: RecordView<'policy_version'> }) {
  const [record, setRecord] = useState(initial);
  const [draft, setDraft] = useState<Draft>({ version: initial.body.version, changeNote: initial.body.changeNote, source: initial.body.source });
  const [tab, setTab] = useState<'form' | 'yaml'>('form');
  const [preview, setPreview] = useState<PolicyPreviewAnswer | undefined>();
  /** the resolved pack of the last check, for inherited rule settings and word lists */
  const [resolved, setResolved] = useState<ResolvedPolicyPack | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const parsed = useMemo(() => parse(draft.source), [draft.source]);

  useEffect(() => {
    previewPolicy(initial.body.source, initial.body.version).then(
      (answer) => setResolved(answer.pack),
      () => undefined,
    );
  }, [initial]);

  function edit(edits: PackSourceEdit[]) {
    try {
      setDraft((d) => ({ ...d, source: editPackSource(d.source, edits) }));
      setPreview(undefined);
      setSaved(undefined);
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : 'YAMLを編集できません。', fields: {} });
    }
  }

  async function check() {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await previewPolicy(draft.source, draft.version);
      setPreview(answer);
      setResolved(answer.pack);
    } catch (e) {
      setError(errorOf(e, '確認できませんでした。'));
      setPreview(undefined);
    } finally {
      setBusy(false);
    }
  }

  async function save(publish: boolean) {
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const body = { ...record.body, version: draft.version, changeNote: draft.changeNote, source: draft.source, status: publish ? ('published' as const) : ('draft' as const), ...(publish ? { publishedOn: todayIso() } : {}) };
      const next = await saveRecord<'policy_version'>(record.id, record.revision, body);
      if (publish) {
        navigate(policyPaths.version(next.id));
        return;
      }
      setRecord(next);
      setSaved('下書きを保存しました。');
    } catch (e) {
      setError(errorOf(e, '保存できませんでした。'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="policy-editor">
      <div className="form-grid">
        <TextField label="版" path={['policy', 'version']} value={draft.version} onChange={(version) => {
          setDraft((d) => ({ ...d, version }));
          edit([{ path: ['version'], value: version }]);
        }} size="short" required error={error?.fields.version} />
        <TextArea label="変更の概要" path={['policy', 'changeNote']} value={draft.changeNote} onChange={(changeNote) => setDraft((d) => ({ ...d, changeNote }))} rows={3} required error={error?.fields.changeNote} className="span-all" />
      </div>
      <div className="policy-tabs" role="tablist" aria-label="編集のしかた">
        <button type="button" role="tab" aria-selected={tab === 'form'} className="policy-tab" onClick={() => setTab('form')}>
          項目ごとに編集
        </button>
        <button type="button" role="tab" aria-selected={tab === 'yaml'} className="policy-tab" onClick={() => setTab('yaml')}>
          YAMLで編集（詳細）
        </button>
      </div>
      {tab === 'yaml' && (
        <TextArea label="方針パック（YAML）" path={['policy', 'source']} value={draft.source} onChange={(source) => {
          setDraft((d) => ({ ...d, source }));
          setPreview(undefined);
        }} rows={24} className="policy-yaml" />
      )}
      {tab === 'form' && !parsed.ok && (
        <p className="form-error" role="alert">
          {parsed.message}（「YAMLで編集」で直してください）
        </p>
      )}
      {tab === 'form' && parsed.ok && <StructuredForm pack={parsed.pack} resolved={resolved} edit={edit} />}
      {error && (
        <div className="form-error" role="alert">
          <p>{error.message}</p>
          {Object.keys(error.fields).length > 0 && (
            <ul>
              {Object.entries(error.fields).map(([path, message]) => (
                <li key={path}>
                  {path}: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <div className="button-row policy-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void check()}>
          変更を確認（プレビュー）
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save(false)}>
          下書きを保存
        </button>
      </div>
      {preview && <PreviewPanel preview={preview} />}
      {preview && (
        <div className="policy-publish">
          <p>公開すると、この版は変更できなくなり、管内の事業所に共有されます。管内の利用者の気づきは、この版で点検されます。</p>
          <button type="button" className="button button-primary" disabled={busy || draft.changeNote.trim() === ''} onClick={() => void save(true)}>
            版 {draft.version} として公開する
          </button>
        </div>
      )}
    </div>
  );
}

/** What the edit changes: the diff against the version in force and the 気づき on the sample plans. */
function PreviewPanel({ preview }: { preview: PolicyPreviewAnswer }) {
  const changed = preview.preview.caseFiles.filter((c) => c.changes.length > 0);
  return (
    <section className="policy-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">変更の確認</h2>
      <p>
        公開中の版 {preview.against.version} と比べた違い（方針パックの内容に誤りはありません）:
      </p>
      <DiffView diff={preview.diff} lines={preview.lines} />
      <h3>見本の計画での気づきの変化</h3>
      <p className="muted">
        {preview.sample.source} {preview.sample.count}件で点検: 増える {preview.preview.added}件・なくなる {preview.preview.removed}件・重みが変わる {preview.preview.reweighted}件
      </p>
      {changed.length === 0 ? (
        <p>見本の計画では気づきは変わりません。</p>
      ) : (
        <ul className="policy-preview-list">
          {changed.map((c) => (
            <li key={`${c.client.insurerNumber}-${c.client.insuredNumber}`}>
              <strong>{c.client.name}</strong>
              <ul>
                {c.changes.map((change, i) => (
                  <li key={i} className={`preview-${change.change}`}>
                    {change.change === 'added' ? '増える' : change.change === 'removed' ? 'なくなる' : '重みが変わる'}（
                    {change.severity.from ? severityLabels[change.severity.from] : 'なし'} → {change.severity.to ? severityLabels[change.severity.to] : 'なし'}）: {ruleTitles[change.ruleId]} — {change.message}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface StructuredProps {
  pack: PolicyPack;
  resolved: ResolvedPolicyPack | undefined;
  edit: (edits: PackSourceEdit[]) => void;
}

function StructuredForm({ pack, resolved, edit }: StructuredProps) {
  return (
    <div className="policy-structured">
      <details>
        <summary>原則（{pack.principles.length}件）</summary>
        {pack.principles.map((p, i) => (
          <fieldset key={p.id} className="list-card">
            <legend>{p.id}</legend>
            <TextField label="見出し" path={['pack', 'principles', i, 'heading']} value={p.heading} onChange={(v) => edit([{ path: ['principles', i, 'heading'], value: v }])} />
            <TextArea label="本文" path={['pack', 'principles', i, 'text']} value={p.text} onChange={(v) => edit([{ path: ['principles', i, 'text'], value: v }])} rows={3} />
            <TextField label="問い" path={['pack', 'principles', i, 'question']} value={p.question ?? ''} onChange={(v) => edit([{ path: ['principles', i, 'question'], value: v === '' ? undefined : v }])} />
          </fieldset>
        ))}
      </details>
      <details>
        <summary>点検項目（{pack.checklists.reduce((n, c) => n + c.items.length, 0)}件）</summary>
        {pack.checklists.map((list, i) => (
          <fieldset key={list.id} className="list-card">
            <legend>{list.title}</legend>
            {list.items.map((item, j) => (
              <div key={item.id} className="policy-item">
                <TextArea label={`${j + 1}. 本文`} path={['pack', 'checklists', i, 'items', j, 'text']} value={item.text} onChange={(v) => edit([{ path: ['checklists', i, 'items', j, 'text'], value: v }])} rows={2} />
                {item.judgement !== 'rule' && (
                  <TextField label={`${j + 1}. 自己点検の問い`} path={['pack', 'checklists', i, 'items', j, 'question']} value={item.question ?? ''} onChange={(v) => edit([{ path: ['checklists', i, 'items', j, 'question'], value: v }])} />
                )}
              </div>
            ))}
          </fieldset>
        ))}
      </details>
      <details open>
        <summary>気づきのルール</summary>
        <RuleTable pack={pack} resolved={resolved} edit={edit} />
      </details>
      <details>
        <summary>語彙</summary>
        <Lexicons pack={pack} resolved={resolved} edit={edit} />
      </details>
    </div>
  );
}

function RuleTable({ pack, resolved, edit }: StructuredProps) {
  const ids = [...new Set([...(Object.keys(resolved?.rules ?? {}) as RuleId[]), ...(Object.keys(pack.rules) as RuleId[])])];
  return (
    <table className="client-table policy-rule-table">
      <thead>
        <tr>
          <th scope="col">ルール</th>
          <th scope="col">使う</th>
          <th scope="col">重み</th>
          <th scope="col">設定（JSON）</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const own = pack.rules[id];
          const inherited = resolved?.rules[id];
          const enabled = own?.enabled ?? inherited?.enabled ?? false;
          const severity = own?.severity ?? inherited?.severity;
          return (
            <tr key={id} data-rule={id}>
              <td>
                {ruleTitles[id]}
                <br />
                <span className="muted">{id}</span>
              </td>
              <td>
                <CheckboxField label="使う" path={['pack', 'rules', id, 'enabled']} checked={enabled} onChange={(v) => edit([{ path: ['rules', id, 'enabled'], value: v }])} />
              </td>
              <td>
                <SelectField
                  label={`重み（${ruleTitles[id]}）`}
                  path={['pack', 'rules', id, 'severity']}
                  value={severity}
                  options={severityOptions}
                  emptyLabel={null}
                  onChange={(v) => edit([{ path: ['rules', id, 'severity'], value: v }])}
                  className="policy-severity"
                />
              </td>
              <td>
                <ParamsField id={id} params={own?.params ?? {}} edit={edit} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The rule's own parameters as JSON, applied when the text is valid JSON. */
function ParamsField({ id, params, edit }: { id: RuleId; params: Record<string, unknown>; edit: StructuredProps['edit'] }) {
  const shown = Object.keys(params).length > 0 ? JSON.stringify(params) : '';
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setText(shown), [shown]);
  function apply() {
    if (text.trim() === shown) return;
    try {
      const value: unknown = text.trim() === '' ? undefined : JSON.parse(text);
      if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) throw new Error('not an object');
      setError(undefined);
      edit([{ path: ['rules', id, 'params'], value }]);
    } catch {
      setError('{"名前": 値} の形（JSON）で入力してください');
    }
  }
  return (
    <div onBlur={apply}>
      <TextField label={`設定（${id}）`} path={['pack', 'rules', id, 'params']} value={text} onChange={setText} error={error} className="policy-params" />
    </div>
  );
}

function Lexicons({ pack, resolved, edit }: StructuredProps) {
  const names = [...new Set([...Object.keys(resolved?.lexicons ?? {}), ...Object.keys(pack.lexicons)])].sort();
  return (
    <div>
      {names.map((name) => (
        <fieldset key={name} className="list-card">
          <legend>{name}</legend>
          <p className="muted">継承した語: {(resolved?.lexicons[name] ?? []).join('、') || 'なし'}</p>
          <WordsField label={`${name} に加える語（「、」区切り）`} path={['lexicons', name, 'add']} words={pack.lexicons[name]?.add ?? []} edit={edit} />
          <WordsField label={`${name} から除く語（「、」区切り）`} path={['lexicons', name, 'remove']} words={pack.lexicons[name]?.remove ?? []} edit={edit} />
        </fieldset>
      ))}
    </div>
  );
}

function WordsField({ label, path, words, edit }: { label: string; path: string[]; words: string[]; edit: StructuredProps['edit'] }) {
  const shown = words.join('、');
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  return (
    <div onBlur={() => splitWords(text).join('、') !== shown && edit([{ path, value: splitWords(text).length > 0 ? splitWords(text) : undefined }])}>
      <TextField label={label} path={['pack', ...path]} value={text} onChange={setText} />
    </div>
  );
}
