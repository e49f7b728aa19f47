import type { TwoFactorEnrollment, TwoFactorStatus } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { confirmTwoFactor, disableTwoFactor, fetchTwoFactorStatus, regenerateRecoveryCodes, startTwoFactor } from '../api/two-factor.js';
import { errorText } from '../components/use-load.js';
import { CodeForm, EnrollmentSecret, RecoveryCodes } from './two-factor-setup.js';

type View = { kind: 'status' } | { kind: 'enrolling'; enrollment: TwoFactorEnrollment } | { kind: 'codes'; codes: string[] };

/** 二要素認証 on the アカウント page: set up, renew the recovery codes, or turn off when not required. */
export function TwoFactorSection() {
  const [status, setStatus] = useState<TwoFactorStatus | undefined>();
  const [view, setView] = useState<View>({ kind: 'status' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchTwoFactorStatus(controller.signal).then(setStatus, (error: unknown) => {
      if (!controller.signal.aborted) setMessage({ ok: false, text: errorText(error) });
    });
    return () => controller.abort();
  }, [reload]);

  function begin() {
    setMessage(undefined);
    startTwoFactor().then(
      (enrollment) => setView({ kind: 'enrolling', enrollment }),
      (error: unknown) => setMessage({ ok: false, text: error instanceof ApiError ? errorText(error) : '二要素認証の設定を始められませんでした。' }),
    );
  }

  const showCodes = (codes: string[]) => {
    setView({ kind: 'codes', codes });
    setReload((n) => n + 1);
  };

  return (
    <section className="editor-card" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">二要素認証</h2>
      <p>ログインのとき、パスワードに加えて、スマートフォンの認証アプリに表示される6桁の確認コードを入力します。パスワードが知られても、他人はログインできません。</p>
      {message && (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {status === undefined && !message && <p role="status">読み込んでいます…</p>}
      {status && view.kind === 'status' && !status.enabled && (
        <>
          <p role="status">
            状態: 未設定{status.required ? '（この役割または組織の設定では必須です）' : ''}
          </p>
          <button type="button" className="button" onClick={begin}>
            二要素認証を設定する
          </button>
        </>
      )}
      {view.kind === 'enrolling' && (
        <>
          <EnrollmentSecret enrollment={view.enrollment} />
          <CodeForm label="認証アプリに表示された確認コード（6桁）" submitLabel="確認して有効にする" onSubmit={async (code) => showCodes((await confirmTwoFactor(code)).recoveryCodes)} />
        </>
      )}
      {view.kind === 'codes' && <RecoveryCodes codes={view.codes} onDone={() => setView({ kind: 'status' })} />}
      {status && view.kind === 'status' && status.enabled && (
        <>
          <p role="status">
            状態: 有効（回復コード 残り{status.recoveryCodesLeft}個）{status.required ? '。この役割または組織の設定では必須のため、解除できません。' : ''}
          </p>
          <h3>回復コードを作り直す</h3>
          <p>いまの回復コードは使えなくなります。確認のため、認証アプリのコード（または回復コード）を入力してください。</p>
          <CodeForm label="確認コード（回復コードの作り直し）" submitLabel="回復コードを作り直す" allowRecovery onSubmit={async (code) => showCodes((await regenerateRecoveryCodes(code)).recoveryCodes)} />
          {!status.required && (
            <>
              <h3>二要素認証を解除する</h3>
              <CodeForm
                label="確認コード（解除）"
                submitLabel="二要素認証を解除する"
                allowRecovery
                onSubmit={async (code) => {
                  await disableTwoFactor(code);
                  setMessage({ ok: true, text: '二要素認証を解除しました。' });
                  setReload((n) => n + 1);
                }}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
