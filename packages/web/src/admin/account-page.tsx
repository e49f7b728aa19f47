import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { changePassword, logoutEverywhere, type Session } from '../api/endpoints.js';
import { setEditingUser } from '../editing/current-user.js';
import { errorText } from '../components/use-load.js';
import { TwoFactorSection } from './two-factor-section.js';

/** アカウント: the signed-in user changes their own password and can sign out of every device. */
export function AccountPage({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  useEffect(() => {
    document.title = 'アカウント - 気づき';
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (next !== again) {
      setMessage({ ok: false, text: '新しいパスワードが確認用と一致しません。' });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    changePassword(current, next).then(
      () => {
        setBusy(false);
        setCurrent('');
        setNext('');
        setAgain('');
        setMessage({ ok: true, text: 'パスワードを変更しました。ほかの端末はログアウトしました。' });
      },
      (error: unknown) => {
        setBusy(false);
        setMessage({ ok: false, text: error instanceof ApiError ? errorText(error) : 'パスワードを変更できませんでした。' });
      },
    );
  }

  function onLogoutEverywhere() {
    setBusy(true);
    const done = () => {
      setEditingUser(undefined);
      onSignedOut();
    };
    logoutEverywhere().then(done, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return done();
      setBusy(false);
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : 'ログアウトできませんでした。' });
    });
  }

  return (
    <div className="account-page">
      <h1>アカウント</h1>
      <p>
        {session.user.displayName}（ログイン名 {session.user.login}）。操作がないまま30分たつと、またはログインから12時間たつと、自動でログアウトします（入力中の内容は端末に下書きとして残ります）。
      </p>
      {message && (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <form className="editor-card" aria-label="パスワードの変更" onSubmit={onSubmit}>
        <h2>パスワードの変更</h2>
        <div className="field">
          <label htmlFor="current-password">現在のパスワード</label>
          <input id="current-password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="new-password">新しいパスワード（10文字以上）</label>
          <input id="new-password" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="new-password-again">新しいパスワード（確認）</label>
          <input id="new-password-again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />
        </div>
        <button type="submit" className="button" disabled={busy}>
          パスワードを変更する
        </button>
      </form>
      <TwoFactorSection />
      <section className="editor-card" aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">すべての端末からログアウト</h2>
        <p>端末をなくしたときや、共用の端末でログアウトし忘れたときに使います。この端末もログアウトします。</p>
        <button type="button" className="button button-secondary" onClick={onLogoutEverywhere} disabled={busy}>
          すべての端末からログアウトする
        </button>
      </section>
    </div>
  );
}
