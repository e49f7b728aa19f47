import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { Link } from '../routing/link.js';
import { importCsvZip } from './csv-api.js';
import { ImportSummaryView } from './import-summary-view.js';
import { allOrNothingText, type CsvImportSummary } from './import-summary.js';
import { ZipDropZone } from './zip-drop-zone.js';
import './interchange.css';

type UploadState = { kind: 'idle' } | { kind: 'uploading' } | { kind: 'done'; fileName: string; summary: CsvImportSummary } | { kind: 'failed'; fileName: string; message: string };

/**
 * CSV取り込み: a ZIP of ケアプランデータ連携 CSV (標準仕様 v4.1) chosen or dropped, uploaded, and the
 * result send unit by send unit: what was stored, and every problem found with its place.
 */
export function CsvImportPage() {
  const [file, setFile] = useState<File | undefined>();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  useEffect(() => {
    document.title = 'CSV取り込み - 気づき';
  }, []);

  function choose(next: File | undefined) {
    setFile(next);
    if (next) setState({ kind: 'idle' });
  }

  async function upload() {
    if (!file) return;
    setState({ kind: 'uploading' });
    try {
      const summary = await importCsvZip(file);
      setState({ kind: 'done', fileName: file.name, summary });
      setFile(undefined);
    } catch (error) {
      setState({ kind: 'failed', fileName: file.name, message: error instanceof ApiError ? error.message : '取り込めませんでした。もう一度お試しください。' });
    }
  }

  const uploading = state.kind === 'uploading';
  return (
    <div className="csv-import-page">
      <h1>CSV取り込み（ケアプランデータ連携）</h1>
      <p>
        サービス事業所や他の居宅介護支援事業所から届いた、ケアプランデータ連携のCSVファイル（標準仕様）をまとめたZIPファイルを取り込みます。
        利用者は保険者番号と被保険者番号で照合し、同じ計画がすでにあれば変更しません。
      </p>
      <p className="notice">{allOrNothingText}</p>
      <ZipDropZone label="取り込むZIPファイル" file={file} onChoose={choose} onSeveral={() => setState({ kind: 'failed', fileName: '', message: 'ZIPファイルは1つずつ取り込んでください。' })} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={!file || uploading} onClick={() => void upload()}>
          {uploading ? '取り込んでいます…' : '取り込む'}
        </button>
        <Link to="/">ホームへ戻る</Link>
      </div>
      {state.kind === 'failed' && (
        <div className="form-error" role="alert">
          <p>
            {state.fileName === '' ? '' : `「${state.fileName}」を`}取り込めませんでした: {state.message}
          </p>
        </div>
      )}
      {state.kind === 'done' && <ImportSummaryView fileName={state.fileName} summary={state.summary} />}
    </div>
  );
}
