import type { InspectionCsvClient } from '@kizuki/core';
import { useState } from 'react';
import { wareki } from '../shared/dates.js';
import { importCaseCsv } from './inspection-api.js';
import { errorText } from '../components/use-load.js';

/**
 * 点検にCSVを取り込む: for an office that sends ケアプランデータ連携 CSV (v4.1, any vendor) instead of
 * submitting in Kizuki. The plan is kept in this case only, never in any office's records.
 */
export function CsvImportPanel({ caseId, onImported }: { caseId: string; onImported: (message: string) => void }) {
  const [file, setFile] = useState<File | undefined>();
  const [clients, setClients] = useState<InspectionCsvClient[] | undefined>();
  const [chosen, setChosen] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function send(insuredNumber?: string) {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await importCaseCsv(caseId, file, insuredNumber);
      if (answer.kind === 'choose') {
        setClients(answer.clients);
        setBusy(false);
      } else onImported('CSVの計画を点検に取り込みました。');
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <div className="editor-card csv-import-panel">
      <h3>CSVを点検に取り込む</h3>
      <p className="muted">事業所から受け取ったケアプランデータ連携CSV（ZIP）から、この事例の計画を読み込みます。計画はこの点検の記録にだけ残り、ファイルは保存しません。</p>
      <div className="field">
        <label htmlFor={`csv-file-${caseId}`}>CSVのZIPファイル</label>
        <input
          id={`csv-file-${caseId}`}
          type="file"
          accept=".zip,application/zip"
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setClients(undefined);
          }}
        />
      </div>
      {clients && (
        <fieldset className="criteria">
          <legend>ZIPに複数の利用者の計画があります。点検する計画を選んでください。</legend>
          {clients.map((c) => (
            <label key={c.insuredNumber} className="field-checkbox">
              <input type="radio" name={`csv-client-${caseId}`} checked={chosen === c.insuredNumber} onChange={() => setChosen(c.insuredNumber)} />
              被保険者番号 {c.insuredNumber}（{wareki(c.planDate)}・{c.sendUnit}）
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-secondary" disabled={busy || !file || (clients !== undefined && !chosen)} onClick={() => void send(clients ? chosen : undefined)}>
        {clients ? 'この計画を取り込む' : 'CSVを取り込む'}
      </button>
    </div>
  );
}
