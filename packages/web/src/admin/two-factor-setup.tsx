import type { TwoFactorEnrollment } from '@kizuki/core';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { errorText } from '../components/use-load.js';

/** The new secret for an authenticator app: as text (grouped by four) and as an otpauth link. */
export function EnrollmentSecret({ enrollment }: { enrollment: TwoFactorEnrollment }) {
  const grouped = enrollment.secret.match(/.{1,4}/g)?.join(' ') ?? enrollment.secret;
  return (
    <div className="two-factor-secret">
      <p>認証アプリ（Google Authenticator、Microsoft Authenticator など）に、次の秘密鍵を「手動で入力」で登録してください。スマートフォンでこの画面を開いているときは、下のリンクからも登録できます。</p>
      <p>
        秘密鍵: <code aria-label="秘密鍵">{grouped}</code>
      </p>
      <p>
        <a href={enrollment.otpauthUri}>認証アプリに登録する（otpauth リンク）</a>
      </p>
      <p className="hint">秘密鍵はこの設定の間だけ表示します。ほかの人に見せないでください。</p>
    </div>
  );
}

/** One code field and a button; shows the server's Japanese message when the code is refused. */
export function CodeForm({ label, submitLabel, onSubmit, allowRecovery = false }: { label: string; submitLabel: string; onSubmit: (code: string) => Promise<void>; allowRecovery?: boolean }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (code.trim() === '') {
      setError('確認コードを入力してください。');
      return;
    }
    setBusy(true);
    setError(undefined);
    onSubmit(code.trim()).then(
      () => setBusy(false),
      (caught: unknown) => {
        setBusy(false);
        setCode('');
        setError(caught instanceof ApiError ? errorText(caught) : '確認できませんでした。もう一度お試しください。');
      },
    );
  }

  return (
    <form className="two-factor-code" onSubmit={submit} noValidate aria-label={submitLabel}>
      <div className="field">
        <label htmlFor={`${id}-code`}>{label}</label>
        <input
          id={`${id}-code`}
          type="text"
          inputMode={allowRecovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : `${id}-error`}
        />
      </div>
      {error !== undefined && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** 回復コード: shown once, to print or write down. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: readonly string[]; onDone?: () => void; doneLabel?: string }) {
  return (
    <section className="recovery-codes" aria-label="回復コード">
      <h2>回復コード</h2>
      <p>スマートフォンをなくしたときなどに、確認コードの代わりに使えます。それぞれ1回だけ使えます。この画面を閉じると二度と表示されないので、印刷するか書き写して、安全な場所に保管してください。</p>
      <ul className="recovery-code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        印刷する
      </button>{' '}
      {onDone && (
        <button type="button" className="button button-primary" onClick={onDone}>
          {doneLabel ?? '保管しました'}
        </button>
      )}
    </section>
  );
}
