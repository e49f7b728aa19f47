import { useCallback, useEffect, useState } from 'react';
import { ApiError, setUnauthorizedHandler } from './api/client.js';
import { fetchSession, type Session } from './api/endpoints.js';
import { setEditingUser } from './editing/current-user.js';
import { LoginPage } from './pages/login-page.js';
import { Workspace } from './pages/workspace.js';

type AppState =
  | { kind: 'checking' }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'signed-in'; session: Session };

const sessionExpiredNotice = 'ログインの有効期限が切れました。もう一度ログインしてください。';

/** Decides between the login page and the workspace (dashboard, case files, print views) from the server's session. */
export function App() {
  const [state, setState] = useState<AppState>({ kind: 'checking' });
  const signedInUser = state.kind === 'signed-in' ? state.session.user : undefined;

  // Drafts are kept per user: tell the editors who is signed in before they read any.
  if (signedInUser) setEditingUser({ id: signedInUser.id, displayName: signedInUser.displayName });

  useEffect(() => {
    let active = true;
    // Any 401 from a signed-in request means the session is gone: back to the login page.
    setUnauthorizedHandler(() => setState({ kind: 'signed-out', notice: sessionExpiredNotice }));
    fetchSession().then(
      (session) => {
        if (active) setState({ kind: 'signed-in', session });
      },
      (error: unknown) => {
        if (!active) return;
        const unauthenticated = error instanceof ApiError && error.status === 401;
        const notice = unauthenticated ? undefined : error instanceof ApiError ? error.message : String(error);
        setState({ kind: 'signed-out', notice });
      },
    );
    return () => {
      active = false;
      setUnauthorizedHandler(undefined);
    };
  }, []);

  const onSignedIn = useCallback((session: Session) => setState({ kind: 'signed-in', session }), []);
  const onSignedOut = useCallback(() => setState({ kind: 'signed-out' }), []);

  switch (state.kind) {
    case 'checking':
      return (
        <p className="page-status" role="status">
          読み込んでいます…
        </p>
      );
    case 'signed-out':
      return <LoginPage notice={state.notice} onSignedIn={onSignedIn} />;
    case 'signed-in':
      return <Workspace session={state.session} onSignedOut={onSignedOut} />;
  }
}
