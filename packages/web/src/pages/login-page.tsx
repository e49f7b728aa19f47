import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { login, type Session } from '../api/endpoints.js';

interface LoginPageProps {
  /** Shown above the form, e.g. after the session expired. */
  notice?: string | undefined;
  onSignedIn: (session: Session) => void;
}

/** ログイン: login name and password. */
export function LoginPage({ notice, onSignedIn }: LoginPageProps) {
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
      onSignedIn(await login(loginName.trim(), password));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'ログインできませんでした。もう一度お試しください。');
      setPassword('');
      setSending(false);
      passwordRef.current?.focus();
    }
  }

  const describedBy = error === undefined ? undefined : errorId;
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
