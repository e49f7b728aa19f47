import { compareVersions, latestPublished } from '@kizuki/core';
import { useState } from 'react';
import { createRecord, fetchRecords, type RecordView } from '../api/records.js';
import { navigate } from '../routing/navigation.js';
import { Link } from '../routing/link.js';
import { wareki } from '../shared/dates.js';
import { errorOf, fetchDraftStart } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

/** 基本方針 (insurer): every version with its date, note and author; a new draft; the ways to the other screens. */
export function PolicyVersionsPage() {
  const [state] = useLoad((signal) => fetchRecords('policy_version', 'own', signal), '基本方針の版を読み込めませんでした。');
  const versions = state.kind === 'ready' ? [...state.data].sort((a, b) => compareVersions(b.body.version, a.body.version)) : [];
  const current = state.kind === 'ready' && versions[0] ? latestPublished(versions, versions[0].body.packId) : undefined;
  return (
    <section className="policy-page" aria-labelledby="policy-title">
      <h1 id="policy-title">基本方針</h1>
      <p>
        保険者のケアマネジメントに関する基本方針を版として編集・公開します。公開した版は変更できず、管内の事業所が読み、確認します。
        管内の利用者の気づきは、最新の公開版で点検されます。
      </p>
      <nav className="policy-links" aria-label="基本方針のメニュー">
        <Link to={policyPaths.acknowledgements} className="button button-secondary">
          事業所の確認状況
        </Link>
        <Link to={policyPaths.activities} className="button button-secondary">
          周知等の取組（指標ア〜エ）
        </Link>
      </nav>
      <NewDraft existing={versions} />
      <LoadStatus state={state} />
      {state.kind === 'ready' && versions.length === 0 && <p className="empty-state">まだ版がありません。「新しい版を作る」から同梱の方針をもとに作成してください。</p>}
      {versions.length > 0 && (
        <table className="client-table policy-versions">
          <caption className="visually-hidden">基本方針の版</caption>
          <thead>
            <tr>
              <th scope="col">版</th>
              <th scope="col">状態・公開日</th>
              <th scope="col">変更の概要</th>
              <th scope="col">作成者</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <VersionRow key={v.id} version={v} previous={versions.slice(i + 1).find((p) => p.body.status === 'published')} current={v.id === current?.id} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function VersionRow({ version, previous, current }: { version: RecordView<'policy_version'>; previous: RecordView<'policy_version'> | undefined; current: boolean }) {
  const { body } = version;
  return (
    <tr data-version={body.version}>
      <td className="numeric">
        <Link to={policyPaths.version(version.id)}>{body.version}</Link>
        {current && <span className="tag tag-ok">適用中</span>}
      </td>
      <td>{body.status === 'published' ? `公開 ${wareki(body.publishedOn)}` : <span className="tag">下書き</span>}</td>
      <td className="policy-note">{body.changeNote}</td>
      <td>{version.authorName ?? version.author}</td>
      <td>
        {body.status === 'draft' && (
          <Link to={policyPaths.edit(version.id)} className="button button-small">
            編集
          </Link>
        )}{' '}
        {previous && (
          <Link to={policyPaths.diff(previous.id, version.id)} className="button button-secondary button-small">
            {previous.body.version} との違い
          </Link>
        )}
      </td>
    </tr>
  );
}

/** Starts a draft from the latest published version or the bundled pack. */
function NewDraft({ existing }: { existing: RecordView<'policy_version'>[] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const openDraft = existing.find((v) => v.body.status === 'draft');
  async function start(from: 'latest' | 'bundled') {
    setBusy(true);
    setError(undefined);
    try {
      const start = await fetchDraftStart(from);
      const record = await createRecord('policy_version', {
        packId: start.packId,
        version: start.version,
        basedOn: start.basedOn,
        changeNote: `${start.basedOn} をもとに作成（変更の概要を書いてください）`,
        source: start.source,
        status: 'draft',
      });
      navigate(policyPaths.edit(record.id));
    } catch (e) {
      setError(errorOf(e, '新しい版を作れませんでした。').message);
      setBusy(false);
    }
  }
  return (
    <div className="policy-new">
      {openDraft ? (
        <p>
          下書きの版 {openDraft.body.version} があります。<Link to={policyPaths.edit(openDraft.id)}>下書きを編集する</Link>
        </p>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void start('latest')}>
            新しい版を作る（最新の公開版から）
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void start('bundled')}>
            同梱の方針から作る
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
