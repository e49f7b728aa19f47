import { useEffect, useId, useState } from 'react';
import { ApiError } from '../api/client.js';
import { listClients, type ClientSummary } from '../api/endpoints.js';
import { ClientTable } from './client-table.js';

type ListState =
  | { kind: 'loading' }
  | { kind: 'loaded'; clients: ClientSummary[]; query: string }
  | { kind: 'failed'; message: string };

/** Wait this long after the last keystroke before asking the server, so typing stays smooth. */
const searchDelayMs = 250;

/** The organization's clients with a search box (氏名・フリガナ・被保険者番号, searched by the server). */
export function ClientList() {
  const [text, setText] = useState('');
  // What is searched: follows the text, but not while an IME is still composing (ｙａｍａ → 山), so
  // the server is not asked for half-typed romaji.
  const [query, setQuery] = useState('');
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [reloadCount, setReloadCount] = useState(0);
  const searchId = useId();
  const hintId = useId();

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        listClients(query, controller.signal).then(
          (clients) => setState({ kind: 'loaded', clients, query: query.trim() }),
          (error: unknown) => {
            if (controller.signal.aborted) return;
            const message = error instanceof ApiError ? error.message : '利用者の一覧を読み込めませんでした。';
            setState({ kind: 'failed', message });
          },
        );
      },
      // The first load should not wait.
      query === '' && reloadCount === 0 ? 0 : searchDelayMs,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, reloadCount]);

  return (
    <section className="client-list" aria-labelledby="client-list-title">
      <div className="client-list-head">
        <h2 id="client-list-title">利用者一覧</h2>
        {state.kind === 'loaded' && (
          <p className="result-count" role="status">
            {state.clients.length}人
          </p>
        )}
      </div>
      <div className="field search-field">
        <label htmlFor={searchId}>利用者を検索</label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (!(event.nativeEvent as InputEvent).isComposing) setQuery(event.target.value);
          }}
          onCompositionEnd={(event) => setQuery(event.currentTarget.value)}
          placeholder="氏名・フリガナ・被保険者番号"
          aria-describedby={hintId}
          autoComplete="off"
        />
        <p id={hintId} className="field-hint">
          氏名、フリガナ、被保険者番号の一部で探せます。
        </p>
      </div>
      <ListBody state={state} onRetry={() => setReloadCount((count) => count + 1)} />
    </section>
  );
}

function ListBody({ state, onRetry }: { state: ListState; onRetry: () => void }) {
  switch (state.kind) {
    case 'loading':
      return <p className="empty-state">読み込んでいます…</p>;
    case 'failed':
      return (
        <div className="form-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            もう一度読み込む
          </button>
        </div>
      );
    case 'loaded':
      if (state.clients.length > 0) return <ClientTable clients={state.clients} />;
      return (
        <p className="empty-state">
          {state.query === '' ? 'まだ利用者が登録されていません。' : `「${state.query}」に一致する利用者はいません。`}
        </p>
      );
  }
}
