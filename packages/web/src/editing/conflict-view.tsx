import { documentKindLabels, type DocumentKind } from '@kizuki/core';
import { useId } from 'react';
import { diffBodies } from './body-diff.js';
import { pathLabel } from './field-labels.js';
import type { DocumentConflict } from './use-document-editor.js';

export interface ConflictViewProps<K extends DocumentKind> {
  kind?: K;
  /** what was saved when it is not a document (an organization record: 「職員の記録」) */
  what?: string;
  conflict: Pick<DocumentConflict<K>, 'theirsRevision'> & { mine: unknown; theirs: unknown };
  onResolve: (choice: 'mine' | 'theirs') => void;
}

/**
 * Shown when someone else saved the document (or record) while this user was editing it (HTTP 409):
 * both versions side by side, field by field, and the user decides. Nothing is overwritten
 * silently: choosing 自分 saves a new revision on top of theirs, so theirs stays in the history.
 */
export function ConflictView<K extends DocumentKind>({ kind, what, conflict, onResolve }: ConflictViewProps<K>) {
  const titleId = useId();
  const rows = diffBodies(conflict.theirs, conflict.mine);
  return (
    <section className="conflict-view" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-lead`}>
      <h2 id={titleId}>ほかの人が先に{what ?? (kind ? documentKindLabels[kind] : '記録')}を保存しました</h2>
      <p id={`${titleId}-lead`}>
        あなたが編集している間に、第{conflict.theirsRevision}版が保存されました。違いを確かめて、どちらの内容を残すか選んでください。
        「自分の内容で保存」を選ぶと、相手の内容は第{conflict.theirsRevision}版として履歴に残ります。「相手の内容を採用」を選ぶと、あなたの未保存の入力は破棄されます。
      </p>
      {rows.length === 0 ? (
        <p className="notice">内容に違いはありません。どちらを選んでも同じです。</p>
      ) : (
        <table className="diff-table conflict-table">
          <caption>違いのある項目（{rows.length}件）</caption>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">自分の内容（未保存）</th>
              <th scope="col">相手の内容（第{conflict.theirsRevision}版）</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path.join('.')}>
                <th scope="row">{pathLabel(row.path)}</th>
                <td className="diff-mine">{row.after ?? <span className="not-recorded">（空欄）</span>}</td>
                <td className="diff-theirs">{row.before ?? <span className="not-recorded">（空欄）</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => onResolve('mine')}>
          自分の内容で保存
        </button>
        <button type="button" className="button button-secondary" onClick={() => onResolve('theirs')}>
          相手の内容を採用
        </button>
      </div>
    </section>
  );
}
