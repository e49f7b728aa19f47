import type { DocumentBody, DocumentKind } from '@kizuki/core';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { createDocument, fetchDocument, updateDocument, type StoredDocumentView } from '../api/documents.js';
import { draftKey, readDraft, removeDraft, writeDraft } from './draft-storage.js';
import { documentFieldErrors, issuesOf, issuesToFieldErrors, sameDocumentContent } from './validate-body.js';

export type EditorStatus = 'loading' | 'ready' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';

/** Someone else saved the document after we loaded it: both versions, for the user to choose. */
export interface DocumentConflict<K extends DocumentKind> {
  mine: DocumentBody<K>;
  theirs: DocumentBody<K>;
  theirsRevision: number;
}

export interface DocumentEditorOptions<K extends DocumentKind> {
  /** The body of a new document (documentId undefined) when no draft is waiting. */
  initial?: DocumentBody<K>;
  /** Save this long after the last change (default 2 s); false turns autosave off (explicit save only). */
  autosaveMs?: number | false;
  /** Called after every successful save with the stored revision (e.g. to reload the case file). */
  onSaved?: (document: StoredDocumentView<K>) => void;
}

export interface DocumentEditor<K extends DocumentKind> {
  status: EditorStatus;
  body: DocumentBody<K> | undefined;
  revision: number | undefined;
  setBody: (next: DocumentBody<K>) => void;
  save: () => Promise<void>;
  fieldErrors: Record<string, string>;
  conflict: DocumentConflict<K> | undefined;
  resolveConflict: (choice: 'mine' | 'theirs') => void;
  error: string | undefined;
  /** Set when unsaved work from an earlier visit (closed tab, reload) was restored: when it was written. */
  draftRestoredAt: string | undefined;
  /** Throws the local draft away and goes back to the saved version. */
  discardDraft: () => void;
}

const defaultAutosaveMs = 2000;
/** After a failed save (network), try again this long after. */
const retryMs = 15000;
const invalidMessage = (count: number) => `入力内容に${count}件の誤りがあります。赤字の項目を確認してください。保存されていない内容はこの端末に下書きとして残っています。`;

function conflictFromError<K extends DocumentKind>(error: unknown): { theirs: DocumentBody<K>; theirsRevision: number } | undefined {
  if (!(error instanceof ApiError) || error.code !== 'revision_conflict') return undefined;
  const current = (error.details as { current?: StoredDocumentView<K> } | undefined)?.current;
  return current ? { theirs: current.body, theirsRevision: current.revision } : undefined;
}

/**
 * Loads, edits and saves one versioned document without ever losing typed work: every change
 * goes to a localStorage draft at once and to the server after a pause; a draft found on load is
 * restored; a save that someone else's save overtook (409) becomes a conflict for the user to
 * resolve. With `documentId` undefined the document is created on the first save.
 */
export function useDocumentEditor<K extends DocumentKind>(
  clientId: string,
  kind: K,
  documentId: string | undefined,
  options: DocumentEditorOptions<K> = {},
): DocumentEditor<K> {
  const [status, setStatus] = useState<EditorStatus>('loading');
  const [body, setBodyState] = useState<DocumentBody<K> | undefined>(undefined);
  const [revision, setRevision] = useState<number | undefined>(undefined);
  const [conflict, setConflict] = useState<DocumentConflict<K> | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [draftRestoredAt, setDraftRestoredAt] = useState<string | undefined>(undefined);
  const [reloadCount, setReloadCount] = useState(0);
  /** Set by discardDraft: reload even though the target did not change. */
  const forceReloadRef = useRef(false);

  const optionsRef = useRef(options);
  optionsRef.current = options;
  const idRef = useRef<string | undefined>(documentId);
  const revisionRef = useRef<number | undefined>(undefined);
  const bodyRef = useRef<DocumentBody<K> | undefined>(undefined);
  /** The body the server has (by reference): the editor is dirty while bodyRef differs. */
  const savedRef = useRef<DocumentBody<K> | undefined>(undefined);
  const conflictRef = useRef<DocumentConflict<K> | undefined>(undefined);
  const inFlightRef = useRef<Promise<void> | undefined>(undefined);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const keyFor = useCallback((id: string | undefined) => draftKey(clientId, kind, id), [clientId, kind]);

  const clearTimer = () => {
    if (timerRef.current !== undefined) clearTimeout(timerRef.current);
    timerRef.current = undefined;
  };
  const schedule = useCallback((ms: number) => {
    clearTimer();
    timerRef.current = setTimeout(() => void saveRef.current(), ms);
  }, []);
  /** Schedules the autosave unless it is turned off. */
  const scheduleAutosave = () => {
    const ms = optionsRef.current.autosaveMs ?? defaultAutosaveMs;
    if (ms !== false) schedule(ms);
  };

  const applyConflict = (next: DocumentConflict<K> | undefined) => {
    conflictRef.current = next;
    setConflict(next);
  };
  const applyBody = (next: DocumentBody<K> | undefined) => {
    bodyRef.current = next;
    setBodyState(next);
  };
  const applyRevision = (next: number | undefined) => {
    revisionRef.current = next;
    setRevision(next);
  };
  const persistDraft = (next: DocumentBody<K>) => {
    const ok = writeDraft(keyFor(idRef.current), { kind, body: next, baseRevision: revisionRef.current, savedAt: new Date().toISOString() });
    if (!ok) setError('この端末に下書きを保存できませんでした（ブラウザーの保存領域が使えません）。こまめに保存してください。');
  };

  // Load the document (or the draft of a new one) whenever the target changes.
  useEffect(() => {
    // After the first save of a new document the caller may pass the new id: nothing to reload.
    if (!forceReloadRef.current && documentId !== undefined && documentId === idRef.current && revisionRef.current !== undefined) return;
    // A discard on a document created here (the caller still passing undefined) reloads that document.
    const target = documentId ?? (forceReloadRef.current ? idRef.current : undefined);
    forceReloadRef.current = false;
    const controller = new AbortController();
    idRef.current = target;
    clearTimer();
    applyConflict(undefined);
    setError(undefined);
    setServerErrors({});
    setDraftRestoredAt(undefined);
    const key = draftKey(clientId, kind, target);
    const draft = readDraft(key);
    const draftBody = draft?.kind === kind ? (draft.body as DocumentBody<K>) : undefined;

    if (target === undefined) {
      applyRevision(undefined);
      savedRef.current = undefined;
      if (draft && draftBody) {
        applyBody(draftBody);
        setDraftRestoredAt(draft.savedAt);
        setStatus('dirty');
      } else {
        applyBody(optionsRef.current.initial);
        savedRef.current = optionsRef.current.initial;
        setStatus('ready');
      }
      return;
    }

    setStatus('loading');
    applyBody(undefined);
    fetchDocument<K>(clientId, target, controller.signal).then(
      (stored) => {
        applyRevision(stored.revision);
        savedRef.current = stored.body;
        if (!draft || !draftBody || sameDocumentContent(kind, draftBody, stored.body)) {
          if (draft) removeDraft(key);
          applyBody(stored.body);
          setStatus('ready');
          return;
        }
        applyBody(draftBody);
        setDraftRestoredAt(draft.savedAt);
        if (draft.baseRevision === stored.revision) {
          setStatus('dirty');
          scheduleAutosave();
        } else {
          // The draft was written on an older revision: someone saved meanwhile. Let the user choose.
          applyRevision(draft.baseRevision);
          applyConflict({ mine: draftBody, theirs: stored.body, theirsRevision: stored.revision });
          setStatus('conflict');
        }
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught instanceof ApiError ? caught.message : '書類を読み込めませんでした。');
        setStatus('error');
      },
    );
    return () => controller.abort();
  }, [clientId, kind, documentId, reloadCount]);

  const save = useCallback(async (): Promise<void> => {
    clearTimer();
    while (inFlightRef.current) await inFlightRef.current;
    const sent = bodyRef.current;
    if (sent === undefined || conflictRef.current) return;
    if (idRef.current !== undefined && sent === savedRef.current) return;
    const errors = documentFieldErrors(kind, sent, idRef.current);
    const errorCount = Object.keys(errors).length;
    if (errorCount > 0) {
      setError(invalidMessage(errorCount));
      setStatus('error');
      return;
    }
    setStatus('saving');
    const run = async () => {
      try {
        const id = idRef.current;
        const baseRevision = revisionRef.current;
        let stored: StoredDocumentView<K>;
        if (id === undefined || baseRevision === undefined) {
          stored = await createDocument(clientId, kind, sent);
          removeDraft(keyFor(undefined));
          idRef.current = stored.id;
          // The id is the only field the server decides; keep everything else as typed.
          const withId = { ...(bodyRef.current ?? sent), id: stored.id } as DocumentBody<K>;
          if (bodyRef.current === sent) savedRef.current = withId;
          applyBody(withId);
        } else {
          stored = await updateDocument<K>(clientId, id, baseRevision, sent);
          savedRef.current = sent;
        }
        applyRevision(stored.revision);
        setError(undefined);
        setServerErrors({});
        setDraftRestoredAt(undefined);
        if (bodyRef.current === savedRef.current) {
          removeDraft(keyFor(stored.id));
          setStatus('saved');
        } else if (bodyRef.current !== undefined) {
          // Typed on while saving: keep that as a draft on the new revision and save again.
          persistDraft(bodyRef.current);
          setStatus('dirty');
          scheduleAutosave();
        }
        optionsRef.current.onSaved?.(stored);
      } catch (caught) {
        const overtaken = conflictFromError<K>(caught);
        if (overtaken && bodyRef.current !== undefined) {
          applyConflict({ mine: bodyRef.current, ...overtaken });
          setStatus('conflict');
          return;
        }
        if (caught instanceof ApiError && caught.code === 'validation_failed') {
          setServerErrors(issuesToFieldErrors(issuesOf(caught.details)));
        } else if (optionsRef.current.autosaveMs !== false) {
          schedule(retryMs);
        }
        setError(caught instanceof ApiError ? caught.message : '保存できませんでした。入力した内容はこの端末に下書きとして残っています。');
        setStatus('error');
      }
    };
    const flight = run();
    inFlightRef.current = flight;
    try {
      await flight;
    } finally {
      inFlightRef.current = undefined;
    }
  }, [clientId, kind, keyFor, schedule]);
  saveRef.current = save;

  const setBody = useCallback(
    (next: DocumentBody<K>) => {
      applyBody(next);
      // A message about the previous save attempt no longer applies; a storage failure sets its own below.
      setError(undefined);
      persistDraft(next);
      setServerErrors({});
      const pending = conflictRef.current;
      if (pending) {
        applyConflict({ ...pending, mine: next });
        return;
      }
      setStatus(inFlightRef.current ? 'saving' : 'dirty');
      scheduleAutosave();
    },
    [keyFor, schedule],
  );

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      const pending = conflictRef.current;
      if (!pending) return;
      applyConflict(undefined);
      applyRevision(pending.theirsRevision);
      setDraftRestoredAt(undefined);
      if (choice === 'theirs') {
        savedRef.current = pending.theirs;
        applyBody(pending.theirs);
        removeDraft(keyFor(idRef.current));
        setError(undefined);
        setStatus('ready');
        return;
      }
      // Mine is saved on top of theirs: their revision stays in the history, nothing is lost.
      applyBody(pending.mine);
      persistDraft(pending.mine);
      void saveRef.current();
    },
    [keyFor],
  );

  const discardDraft = useCallback(() => {
    clearTimer();
    removeDraft(keyFor(idRef.current));
    if (idRef.current === undefined) removeDraft(keyFor(undefined));
    forceReloadRef.current = true;
    setReloadCount((n) => n + 1);
  }, [keyFor]);

  // Back online after a failed save: try again at once.
  useEffect(() => {
    const onOnline = () => {
      if (bodyRef.current !== savedRef.current && !conflictRef.current) void saveRef.current();
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);

  // Leaving the editor (another tab of the case file): send what is pending instead of waiting.
  useEffect(
    () => () => {
      if (timerRef.current !== undefined) {
        clearTimer();
        void saveRef.current();
      }
    },
    [],
  );

  const deferredBody = useDeferredValue(body);
  const schemaErrors = useMemo(
    () => (status === 'loading' ? {} : documentFieldErrors(kind, deferredBody, idRef.current)),
    [kind, deferredBody, status === 'loading'],
  );
  const fieldErrors = useMemo(() => ({ ...schemaErrors, ...serverErrors }), [schemaErrors, serverErrors]);

  return { status, body, revision, setBody, save, fieldErrors, conflict, resolveConflict, error, draftRestoredAt, discardDraft };
}
