import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { byteSizeText } from './export-report.js';

interface ZipDropZoneProps {
  /** Label of the file picker (取り込むZIPファイル, 点検するZIPファイル). */
  label: string;
  file: File | undefined;
  onChoose: (file: File | undefined) => void;
  /** Several files were dropped at once. */
  onSeveral: () => void;
}

/**
 * Where a ZIP of ケアプランデータ連携 CSV is chosen: a file picker, and the same frame takes a file
 * dropped on it. The picker is cleared whenever `file` is cleared, so it never shows an old choice.
 */
export function ZipDropZone({ label, file, onChoose, onSeveral }: ZipDropZoneProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file]);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files;
    if (dropped.length > 1) {
      onSeveral();
      return;
    }
    // The picker would still show an earlier choice: the dropped file replaces it.
    if (input.current) input.current.value = '';
    onChoose(dropped[0]);
  }

  return (
    <div
      className={`csv-drop${dragging ? ' csv-drop-active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="field">
        <label htmlFor={`${id}-file`}>{label}</label>
        <input ref={input} id={`${id}-file`} type="file" accept=".zip,application/zip,application/x-zip-compressed" onChange={(event) => onChoose(event.target.files?.[0])} />
      </div>
      <p className="muted">ZIPファイルをこの枠にドラッグ＆ドロップしても選べます。</p>
      {file && (
        <p className="csv-chosen">
          選んだファイル: <strong>{file.name}</strong>（{byteSizeText(file.size)}）
        </p>
      )}
    </div>
  );
}
