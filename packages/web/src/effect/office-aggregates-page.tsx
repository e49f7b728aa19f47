import { policyThemes, ruleTitles, type EffectAggregate, type EffectAggregatePreview } from '@kizuki/core';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { dateTimeText, wareki } from '../shared/dates.js';
import { fetchAggregatePreview, saveParticipation, sendAggregates } from './effect-api.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

type Action = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function ruleCell(body: EffectAggregate, ruleId: string): string {
  const plans = body.rulePlans?.[ruleId] ?? body.planCount;
  return `${body.ruleCounts[ruleId] ?? 0}/${plans}`;
}

/** 方針の効果（事業所の管理者）: exactly what would be sent, the decision to take part, and what was sent. */
export function OfficeAggregatesPage() {
  const [state, reload] = useLoad<EffectAggregatePreview>((signal) => fetchAggregatePreview(signal), '集計を読み込めませんでした。');
  const [action, setAction] = useState<Action>({ kind: 'idle' });

  async function run(work: () => Promise<string>) {
    setAction({ kind: 'busy' });
    try {
      setAction({ kind: 'done', message: await work() });
      reload();
    } catch (error) {
      setAction({ kind: 'failed', message: error instanceof ApiError ? error.message : '保存できませんでした。' });
    }
  }

  return (
    <>
      <p>
        保険者が基本方針の浸透を確かめるために、この事業所の計画を保険者の基本方針で点検した結果を、月ごと・規則ごとの<strong>件数だけ</strong>
        送ります（利用者の氏名・番号・計画の文章は送りません）。参加するかどうかは事業所が決め、いつでもやめられます。
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <Preview
          preview={state.data}
          busy={action.kind === 'busy'}
          onParticipate={(optedIn) => void run(async () => (await saveParticipation(optedIn), optedIn ? '参加を記録しました。' : '参加をやめました。これ以降は送りません。送った記録は残ります。'))}
          onSend={() =>
            void run(async () => {
              const r = await sendAggregates();
              return `送りました（新規 ${r.created}か月、更新 ${r.updated}か月、変わらず ${r.unchanged}か月）。`;
            })
          }
        />
      )}
      {action.kind === 'done' && <p role="status">{action.message}</p>}
      {action.kind === 'failed' && (
        <p className="form-error" role="alert">
          {action.message}
        </p>
      )}
    </>
  );
}

function Preview({ preview, busy, onParticipate, onSend }: { preview: EffectAggregatePreview; busy: boolean; onParticipate: (optedIn: boolean) => void; onSend: () => void }) {
  const optedIn = preview.participation?.body.optedIn === true;
  const pending = preview.months.filter((m) => !m.upToDate).length;
  return (
    <>
      <section className="editor-card" aria-labelledby="effect-participation-title">
        <h2 id="effect-participation-title">参加</h2>
        <p>
          送り先：{preview.insurer.name}（保険者番号 {preview.insurer.insurerNumber}）、基本方針 {preview.packId}
        </p>
        <p>
          {preview.participation
            ? `${optedIn ? '参加しています' : '参加していません'}（${preview.participation.body.decidedBy}、${wareki(preview.participation.body.decidedOn)}）`
            : 'まだ参加していません。'}
        </p>
        <div className="button-row">
          {optedIn ? (
            <>
              <button type="button" className="button button-primary" disabled={busy} onClick={onSend}>
                {pending > 0 ? `集計を送る（${pending}か月）` : '集計を送る（変更なし）'}
              </button>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => onParticipate(false)}>
                参加をやめる
              </button>
            </>
          ) : (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => onParticipate(true)}>
              参加する
            </button>
          )}
        </div>
      </section>

      <section className="editor-card" aria-labelledby="effect-preview-title">
        <h2 id="effect-preview-title">送る内容（直近12か月）</h2>
        <p className="muted">
          もとにした計画：{preview.basis.clients}人の計画 {preview.basis.plans}件（作成・変更日の月で数えます）。
          {preview.basis.clientsOfOtherInsurers > 0 ? `他の保険者の被保険者 ${preview.basis.clientsOfOtherInsurers}人は含めません。` : ''}
          各欄は「気づきがあった計画数／点検できた計画数」です。
        </p>
        {preview.months.length === 0 ? (
          <div className="empty-state">
            <p>直近12か月に作成・変更した計画がありません。</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data-table compact aggregate-table">
              <thead>
                <tr>
                  <th scope="col">月</th>
                  <th scope="col">計画数</th>
                  {policyThemes.map((t) => (
                    <th key={t.id} scope="col">
                      {ruleTitles[t.ruleId]}
                    </th>
                  ))}
                  <th scope="col">送付</th>
                </tr>
              </thead>
              <tbody>
                {preview.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.month}</th>
                    <td>{m.body.planCount}</td>
                    {policyThemes.map((t) => (
                      <td key={t.id}>{ruleCell(m.body, t.ruleId)}</td>
                    ))}
                    <td>{m.sent ? (m.upToDate ? `送付済み（${dateTimeText(m.sent.savedAt)}）` : `内容が変わりました（前回 ${dateTimeText(m.sent.savedAt)}）`) : '未送付'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {preview.earlier.length > 0 && (
        <section className="editor-card" aria-labelledby="effect-earlier-title">
          <h2 id="effect-earlier-title">送った記録（上の表にない月）</h2>
          <ul>
            {preview.earlier.map((r) => (
              <li key={r.recordId}>
                {r.body.month}：計画 {r.body.planCount}件（{dateTimeText(r.savedAt)} 送付、第{r.revision}版）
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
