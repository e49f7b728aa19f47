import { accessLogActionLabels, type AccessLogAnswer } from '@kizuki/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, apiRequest } from '../api/client.js';
import { dateTimeText } from '../shared/dates.js';
import './access-log.css';
import { SecuritySettingsPanel } from './security-settings.js';

type State = { kind: 'loading' } | { kind: 'ready'; answer: AccessLogAnswer } | { kind: 'failed'; message: string };

interface Filters {
  from: string;
  to: string;
  action: string;
  userId: string;
  clientId: string;
}

const emptyFilters: Filters = { from: '', to: '', action: '', userId: '', clientId: '' };

function queryOf(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [keyof Filters, string][]) if (value.trim() !== '') params.set(key, value.trim());
  return params.toString();
}

/** 閲覧記録: who opened or changed what in this organization, with the hash chain's state and a CSV export. */
export function AccessLogPage() {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [applied, setApplied] = useState<Filters>(emptyFilters);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    document.title = '閲覧記録 - 気づき';
    const controller = new AbortController();
    setState({ kind: 'loading' });
    const query = queryOf(applied);
    apiRequest<AccessLogAnswer>(`/api/admin/access-log${query ? `?${query}` : ''}`, { signal: controller.signal }).then(
      (answer) => setState({ kind: 'ready', answer }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '閲覧記録を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [applied]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setApplied(filters);
  }

  const field = (key: keyof Filters) => ({ value: filters[key], onChange: (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value }) });
  const query = queryOf(applied);

  return (
    <div className="access-log-page">
      <h1>閲覧記録</h1>
      <p>この組織で、だれが、いつ、どの利用者の記録を開いたり変えたりしたかの記録です。記録はひとつずつ直前の記録のハッシュを含んで連なり、書き換えや削除があれば下の検証で分かります。</p>
      <SecuritySettingsPanel />
      <form className="access-log-filters" onSubmit={onSubmit} aria-label="絞り込み">
        <label>
          開始日
          <input type="date" {...field('from')} />
        </label>
        <label>
          終了日
          <input type="date" {...field('to')} />
        </label>
        <label>
          操作
          <select {...field('action')}>
            <option value="">すべて</option>
            {Object.entries(accessLogActionLabels).map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          操作した人のID
          <input type="text" {...field('userId')} />
        </label>
        <label>
          利用者ID
          <input type="text" {...field('clientId')} />
        </label>
        <button type="submit" className="button">
          絞り込む
        </button>
        <a className="button button-secondary" href={`/api/admin/access-log.csv${query ? `?${query}` : ''}`} download>
          CSVで書き出す
        </a>
      </form>
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
        <>
          {state.answer.chain.broken ? (
            <p className="form-error chain-status" role="alert">
              閲覧記録の連なりが途切れています（{state.answer.chain.broken}）。記録が書き換えられたか削除された可能性があります。システム管理者に連絡してください。
            </p>
          ) : (
            <p className="chain-status chain-ok" role="status">
              検証済み: {state.answer.chain.checked}件の記録が正しく連なっています{state.answer.chain.unchained > 0 ? `（検証の仕組みより前の記録 ${state.answer.chain.unchained}件）` : ''}
              {state.answer.chain.anchor ? `（保存期間を過ぎた ${state.answer.chain.anchor.seq}番までの記録は削除済み）` : ''}。
            </p>
          )}
          {state.answer.entries.length === 0 ? (
            <div className="empty-state">
              <p>条件に合う記録はありません。</p>
            </div>
          ) : (
            <div className="access-log-table-wrap">
              <table className="access-log-table">
                <thead>
                  <tr>
                    <th scope="col">番号</th>
                    <th scope="col">日時</th>
                    <th scope="col">操作した人</th>
                    <th scope="col">利用者</th>
                    <th scope="col">操作</th>
                    <th scope="col">詳細</th>
                  </tr>
                </thead>
                <tbody>
                  {state.answer.entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>{entry.seq ?? ''}</td>
                      <td>{dateTimeText(entry.at)}</td>
                      <td>{entry.userName ?? `他の組織の利用者（${entry.userId}）`}</td>
                      <td>{entry.clientId === null ? '' : (entry.clientName ?? entry.clientId)}</td>
                      <td>{accessLogActionLabels[entry.action] ?? entry.action}</td>
                      <td className="access-log-detail">{entry.detail ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
