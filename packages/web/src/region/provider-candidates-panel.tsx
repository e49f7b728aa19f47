import { resourceFromCandidate, type ProviderCandidate } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { createRecord } from '../api/records.js';
import { errorText, LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import { fetchProviderCandidates } from './region-api.js';

type Registered = { officeNumber: string; name: string; id: string };

/**
 * 計画に記載された介護保険サービス事業所（未登録）: for the directory's keepers, the providers the
 * plans they read name by 事業所番号 that the directory lacks. 「登録」 creates the entry at once
 * (kind 介護保険サービス事業所, the name, number and tags, maintained by the keeper) and offers its edit.
 */
export function ProviderCandidatesPanel({ session, onRegistered }: { session: Session; onRegistered: () => void }) {
  const [state, reload] = useLoad((signal) => fetchProviderCandidates(signal), '計画に記載された事業所を読み込めませんでした。時間をおいてもう一度お試しください。');
  const [busy, setBusy] = useState<string | undefined>();
  const [registered, setRegistered] = useState<Registered | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  async function register(candidate: ProviderCandidate) {
    setBusy(candidate.officeNumber);
    setFailure(undefined);
    try {
      const record = await createRecord('region_resource', resourceFromCandidate(candidate, session.organization.name));
      setRegistered({ officeNumber: candidate.officeNumber, name: candidate.name, id: record.id });
      reload();
      onRegistered();
    } catch (error) {
      setFailure(`「${candidate.name}」を登録できませんでした。${errorText(error)}`);
    } finally {
      setBusy(undefined);
    }
  }

  const candidates = state.kind === 'ready' ? state.data.candidates : [];
  return (
    <section className="provider-candidates" aria-labelledby="provider-candidates-title">
      <h2 id="provider-candidates-title">計画に記載された介護保険サービス事業所（未登録）</h2>
      <p className="muted">
        {session.organization.kind === 'insurer'
          ? 'ケアプラン点検で共有された計画・利用票'
          : 'センターの利用者（委託した介護予防の計画を含む）の計画・利用票'}
        に事業所番号で記載された事業所のうち、社会資源の一覧にないものです。利用者の氏名は表示しません。「登録」で一覧に加わります（日常生活圏域・所在地・連絡先はあとで編集してください）。
      </p>
      <LoadStatus state={state} />
      {registered && (
        <p className="notice" role="status">
          「{registered.name}」（{registered.officeNumber}）を社会資源に登録しました。
          <Link to={routePath({ name: 'region', path: ['resources', registered.id] })}>登録した内容を編集する</Link>
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {state.kind === 'ready' && candidates.length === 0 && <p className="muted">未登録の事業所はありません。</p>}
      {candidates.length > 0 && (
        <div className="provider-candidate-scroll">
          <table className="data-table provider-candidate-table">
            <caption className="sr-only">計画に記載された介護保険サービス事業所（未登録）</caption>
            <thead>
              <tr>
                <th scope="col">事業所名</th>
                <th scope="col">事業所番号</th>
                <th scope="col">サービス種類</th>
                <th scope="col">記載</th>
                <th scope="col">最後の記載</th>
                <th scope="col">
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.officeNumber} data-office-number={c.officeNumber}>
                  <th scope="row">
                    {c.name}
                    {c.otherNames.length > 0 && <span className="muted provider-other-names">（ほかの書き方: {c.otherNames.join('、')}）</span>}
                  </th>
                  <td className="numeric">{c.officeNumber}</td>
                  <td>{c.serviceTypes.map((t) => t.name).join('・') || '不明'}</td>
                  <td className="provider-candidate-count">
                    計画{c.plans}件{c.usageSheets > 0 ? `・利用票${c.usageSheets}か月` : ''}
                  </td>
                  <td className="provider-candidate-date">{c.lastSeenOn ? wareki(c.lastSeenOn) : '不明'}</td>
                  <td className="provider-candidate-action">
                    <button type="button" className="button button-primary button-small" disabled={busy !== undefined} aria-label={`${c.name}を登録`} onClick={() => void register(c)}>
                      {busy === c.officeNumber ? '登録しています…' : '登録'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
