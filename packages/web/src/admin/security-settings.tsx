import type { SecuritySettingsAnswer } from '@kizuki/core';
import { useEffect, useState, type FormEvent } from 'react';
import { fetchSecuritySettings, saveSecuritySettings } from '../api/two-factor.js';
import { errorText } from '../components/use-load.js';
import { dateTimeText } from '../shared/dates.js';

/** セキュリティ設定 of the organization: 二要素認証を必須にする, and how long the access log is kept. */
export function SecuritySettingsPanel() {
  const [answer, setAnswer] = useState<SecuritySettingsAnswer | undefined>();
  const [requireTwoFactor, setRequireTwoFactor] = useState(false);
  const [months, setMonths] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  const show = (next: SecuritySettingsAnswer) => {
    setAnswer(next);
    setRequireTwoFactor(next.settings.requireTwoFactor);
    setMonths(String(next.settings.accessLogRetentionMonths));
  };

  useEffect(() => {
    const controller = new AbortController();
    fetchSecuritySettings(controller.signal).then(show, (error: unknown) => {
      if (!controller.signal.aborted) setMessage({ ok: false, text: errorText(error) });
    });
    return () => controller.abort();
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    saveSecuritySettings({ requireTwoFactor, accessLogRetentionMonths: months.trim() === '' ? Number.NaN : Number(months) }).then(
      (next) => {
        show(next);
        setBusy(false);
        setMessage({ ok: true, text: 'セキュリティ設定を保存しました。' });
      },
      (error: unknown) => {
        setBusy(false);
        setMessage({ ok: false, text: errorText(error) });
      },
    );
  }

  return (
    <form className="editor-card security-settings" aria-label="セキュリティ設定" onSubmit={onSubmit} noValidate>
      <h2>セキュリティ設定</h2>
      {message && (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {answer && (
        <>
          <div className="field">
            <label>
              <input type="checkbox" checked={requireTwoFactor} onChange={(e) => setRequireTwoFactor(e.target.checked)} /> 二要素認証を必須にする
            </label>
            <p className="hint">必須にすると、この組織の全員がログインのときに確認コードを入力します。まだ設定していない人は、次のログインで設定するまでほかの画面を使えません（いまのセッションは終了します）。保険者の職員とシステム管理者は、この設定にかかわらず必須です。</p>
          </div>
          <div className="field">
            <label htmlFor="retention-months">閲覧記録の保存期間（か月）</label>
            <input
              id="retention-months"
              type="number"
              inputMode="numeric"
              min={answer.retention.minMonths}
              max={answer.retention.maxMonths}
              value={months}
              onChange={(e) => setMonths(e.target.value)}
            />
            <p className="hint">
              {answer.retention.minMonths}か月（5年）以上。保存期間を過ぎた記録は、サーバーの起動時と <code>kizuki access-log purge</code> で削除されます（削除したことも記録され、残りの記録の検証は続けられます）。いまの設定では {dateTimeText(answer.purgeBefore)} より前の記録が削除の対象です。
            </p>
            <p className="hint">根拠: {answer.retention.source}{answer.retention.verified === 'recall' ? '（要確認）' : ''}</p>
          </div>
          <button type="submit" className="button" disabled={busy}>
            設定を保存する
          </button>
        </>
      )}
    </form>
  );
}
