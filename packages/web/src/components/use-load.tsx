import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

export type Load<T> = { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'failed'; message: string };

/**
 * Loads once (again when `key` changes, and on `reload()`), aborting when the page goes away. A
 * failure shows the server's Japanese message with the fields it names, else `failure`.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, failure?: string, key = ''): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ kind: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: error instanceof ApiError || failure === undefined ? errorText(error) : failure });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; only `key` and `round` decide loading again.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}

/** The server's Japanese message, with the fields it names (validation issues). */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return '通信に失敗しました。通信の状態を確かめてください。';
  const details = error.details as { issues?: { path?: string; message?: string }[] } | undefined;
  const issues = (details?.issues ?? []).map((i) => i.message).filter((m): m is string => typeof m === 'string' && m !== '' && !error.message.includes(m));
  return issues.length > 0 ? `${error.message}（${[...new Set(issues)].join('、')}）` : error.message;
}

/** The loading line and the error of a loaded value. */
export function LoadStatus({ state }: { state: Load<unknown> }) {
  if (state.kind === 'loading') {
    return (
      <p className="page-status" role="status">
        読み込んでいます…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  }
  return null;
}

/** What the last save said, kept by the page across the reload that follows it. */
export function Flash({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}
