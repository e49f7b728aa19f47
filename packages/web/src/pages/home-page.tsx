import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { logout, type Session } from '../api/endpoints.js';
import { AppHeader } from '../components/app-header.js';
import { ClientList } from '../components/client-list.js';

interface HomePageProps {
  session: Session;
  onSignedOut: () => void;
}

/** The first page after login: the organization's clients. */
export function HomePage({ session, onSignedOut }: HomePageProps) {
  const [loggingOut, setLoggingOut] = useState(false);
  const [logoutError, setLogoutError] = useState<string | undefined>();

  useEffect(() => {
    document.title = '利用者一覧 - 気づき';
  }, []);

  function onLogout() {
    setLoggingOut(true);
    setLogoutError(undefined);
    logout().then(onSignedOut, (error: unknown) => {
      // 401: the session had already ended, which is what the user wanted.
      if (error instanceof ApiError && error.status === 401) return onSignedOut();
      // Otherwise the session may still be valid on the server (a shared tablet): say so, do not pretend.
      setLoggingOut(false);
      setLogoutError(error instanceof ApiError ? error.message : 'ログアウトできませんでした。もう一度お試しください。');
    });
  }

  return (
    <>
      <AppHeader session={session} loggingOut={loggingOut} onLogout={onLogout} />
      <main className="page">
        {logoutError !== undefined && (
          <p className="form-error" role="alert">
            {logoutError}
          </p>
        )}
        <ClientList />
      </main>
    </>
  );
}
