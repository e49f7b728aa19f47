import type { DocumentKind } from '@kizuki/core';
import { ConflictView } from './conflict-view.js';
import type { DocumentEditor, EditorStatus } from './use-document-editor.js';

const statusText: Record<EditorStatus, string> = {
  loading: '読み込んでいます…',
  ready: '保存済み',
  dirty: '未保存の変更があります',
  saving: '保存しています…',
  saved: '保存しました',
  conflict: 'ほかの人の保存と重なりました',
  error: '保存できていません',
};

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The strip above an editor: save state (announced politely to screen readers), a restored
 * draft notice, errors, the explicit 保存 button, and the conflict view when there is one.
 */
export function EditorStatusBar<K extends DocumentKind>({ kind, editor, saveLabel }: { kind: K; editor: DocumentEditor<K>; saveLabel?: string }) {
  const busy = editor.status === 'saving' || editor.status === 'loading';
  return (
    <div className="editor-status">
      <div className="editor-status-row">
        <p className={`save-state save-state-${editor.status}`} role="status" aria-live="polite">
          {editor.status === 'ready' && editor.revision === undefined ? '新規（まだ保存していません）' : statusText[editor.status]}
          {editor.revision !== undefined && <span className="revision-badge">第{editor.revision}版</span>}
        </p>
        <button type="button" className="button button-primary" onClick={() => void editor.save()} disabled={busy || editor.status === 'conflict'}>
          {saveLabel ?? '保存'}
        </button>
      </div>
      {editor.draftRestoredAt !== undefined && (
        <div className="notice draft-notice" role="status">
          <p>前回保存されなかった入力内容（{formatTime(editor.draftRestoredAt)}の下書き）を復元しました。</p>
          <button type="button" className="button button-secondary" onClick={() => editor.discardDraft()}>
            下書きを破棄して保存済みの内容に戻す
          </button>
        </div>
      )}
      {editor.error !== undefined && (
        <p className="form-error" role="alert">
          {editor.error}
        </p>
      )}
      {editor.conflict && <ConflictView kind={kind} conflict={editor.conflict} onResolve={(choice) => editor.resolveConflict(choice)} />}
    </div>
  );
}
