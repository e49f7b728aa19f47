import type { TwoFactorEnrollment } from '@kizuki/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CodeForm, EnrollmentSecret, RecoveryCodes } from '../admin/two-factor-setup.js';
import { ApiError } from '../api/client.js';
import { login, type Session } from '../api/endpoints.js';
import { confirmLoginEnrollment, loginWithCode, startLoginEnrollment } from '../api/two-factor.js';

interface LoginPageProps {
  /** Shown above the form, e.g. after the session expired. */
  notice?: string | undefined;
  onSignedIn: (session: Session) => void;
}

type Step =
  | { kind: 'password' }
  | { kind: 'code' }
  | { kind: 'enroll'; enrollment?: TwoFactorEnrollment; error?: string }
  | { kind: 'recovery-codes'; session: Session; codes: string[] };

/** ログイン: login name and password, then the 二要素認証 code (or its setup) when the user has or needs it. */
export function LoginPage({ notice, onSignedIn }: LoginPageProps) {
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [loginName, setLoginName] = useState('');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const errorId = useId();
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'ログイン - 気づき';
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (loginName.trim() === '' || password === '') {
      setError('ログイン名とパスワードを入力してください。');
      (loginName.trim() === '' ? loginRef : passwordRef).current?.focus();
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      const answer = await login(loginName.trim(), password);
      setPassword('');
      setSending(false);
      if ('step' in answer) setStep({ kind: answer.step });
      else onSignedIn(answer);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'ログインできませんでした。もう一度お試しください。');
      setPassword('');
      setSending(false);
      passwordRef.current?.focus();
    }
  }

  useEffect(() => {
    if (step.kind !== 'enroll' || step.enrollment || step.error) return;
    startLoginEnrollment().then(
      (enrollment) => setStep({ kind: 'enroll', enrollment }),
      (caught: unknown) => setStep({ kind: 'enroll', error: caught instanceof ApiError ? caught.message : '二要素認証の設定を始められませんでした。' }),
    );
  }, [step]);

  const describedBy = error === undefined ? undefined : errorId;
  if (step.kind !== 'password') {
    return (
      <main className="login-page">
        <div className="login-card">
          <h1 className="login-title">
            <span className="brand-ja">気づき</span> <span className="brand-en">Kizuki</span>
          </h1>
          {step.kind === 'code' && (
            <>
              <p className="login-lead">二要素認証</p>
              <p>認証アプリに表示されている6桁の確認コードを入力してください。スマートフォンが手元にないときは、回復コードも使えます。</p>
              <CodeForm label="確認コード" submitLabel="確認してログイン" allowRecovery onSubmit={async (code) => onSignedIn(await loginWithCode(code))} />
            </>
          )}
          {step.kind === 'enroll' && (
            <>
              <p className="login-lead">二要素認証の設定</p>
              <p>この利用者は二要素認証が必須です。設定が終わるまで、ほかの画面は使えません。</p>
              {step.error !== undefined && (
                <p className="form-error" role="alert">
                  {step.error}
                </p>
              )}
              {step.enrollment && (
                <>
                  <EnrollmentSecret enrollment={step.enrollment} />
                  <CodeForm
                    label="認証アプリに表示された確認コード（6桁）"
                    submitLabel="設定してログイン"
                    onSubmit={async (code) => {
                      const { session, recoveryCodes } = await confirmLoginEnrollment(code);
                      setStep({ kind: 'recovery-codes', session, codes: recoveryCodes });
                    }}
                  />
                </>
              )}
            </>
          )}
          {step.kind === 'recovery-codes' && <RecoveryCodes codes={step.codes} doneLabel="保管しました。始める" onDone={() => onSignedIn(step.session)} />}
          {step.kind !== 'recovery-codes' && (
            <p>
              <button type="button" className="button button-secondary" onClick={() => setStep({ kind: 'password' })}>
                ログイン名の入力に戻る
              </button>
            </p>
          )}
        </div>
      </main>
    );
  }
  return (
    <main className="login-page">
      <div className="login-card">
        <h1 className="login-title">
          <span className="brand-ja">気づき</span> <span className="brand-en">Kizuki</span>
        </h1>
        <p className="login-lead">ケアマネジメント支援システム</p>
        {notice !== undefined && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="login-name">ログイン名</label>
            <input
              id="login-name"
              ref={loginRef}
              name="login"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              autoFocus
              value={loginName}
              onChange={(event) => setLoginName(event.target.value)}
              aria-invalid={error !== undefined}
              aria-describedby={describedBy}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">パスワード</label>
            <input
              id="login-password"
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error !== undefined}
              aria-describedby={describedBy}
            />
          </div>
          {error !== undefined && (
            <p id={errorId} className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" disabled={sending}>
            {sending ? 'ログインしています…' : 'ログイン'}
          </button>
        </form>
      </div>
    </main>
  );
}
