import { formatWareki, type OfficeEmergencyList } from '@kizuki/core';
import { useEffect } from 'react';
import { apiRequest } from '../api/client.js';
import { useLoad } from '../components/use-load.js';
import { PrintToolbar } from './print-toolbar.js';

async function fetchEmergencyList(signal: AbortSignal): Promise<OfficeEmergencyList> {
  return apiRequest<OfficeEmergencyList>('/api/office/emergency-list', { signal });
}

/** 安否確認の一覧 (A4): each client's emergency information, highest priority first, for a disaster. */
export function EmergencyListPage() {
  const [state] = useLoad(fetchEmergencyList, undefined, 'emergency');
  useEffect(() => {
    document.title = '安否確認の一覧 - 気づき';
  }, []);
  return (
    <div className="office-print">
      <PrintToolbar back="/office/bcp" label="業務継続計画（BCP）に戻る" />
      {state.kind === 'loading' && <p className="page-status">読み込んでいます…</p>}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <article className="office-sheet" aria-label="安否確認の一覧">
          <h1>安否確認の一覧（{formatWareki(state.data.asOf)}現在）</h1>
          <p>
            {state.data.office.name}。ケースファイルから作成（独居・医療依存度・避難の支援・要介護度の順）。個人情報です。保管と廃棄に注意してください。
          </p>
          <table className="office-sheet-table emergency-table">
            <thead>
              <tr>
                <th scope="col">順</th>
                <th scope="col">氏名・要介護度</th>
                <th scope="col">住所・電話</th>
                <th scope="col">緊急連絡先</th>
                <th scope="col">主治医</th>
                <th scope="col">医療・移動・避難</th>
                <th scope="col">確認</th>
              </tr>
            </thead>
            <tbody>
              {state.data.entries.map((e, i) => (
                <tr key={e.clientId} data-client={e.name}>
                  <td className="numeric">{i + 1}</td>
                  <td>
                    {e.name}
                    <br />
                    {e.careLevel ?? ''}
                    {e.livingAlone && <strong> 独居</strong>}
                  </td>
                  <td>
                    {e.address ?? ''}
                    <br />
                    {e.phone ?? ''}
                  </td>
                  <td>
                    {e.contacts.length === 0
                      ? '（記録なし）'
                      : e.contacts.map((c) => (
                          <div key={`${c.name}-${c.phone ?? ''}`}>
                            {c.name}
                            {c.relationship ? `（${c.relationship}）` : ''} {c.phone ?? ''}
                          </div>
                        ))}
                  </td>
                  <td>{e.doctor ?? '（記録なし）'}</td>
                  <td>
                    {e.medical && <div>医療: {e.medical}</div>}
                    {e.mobility && <div>移動: {e.mobility}</div>}
                    {e.evacuationSupport && <strong>避難に支援が必要</strong>}
                  </td>
                  <td className="emergency-check">□</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      )}
    </div>
  );
}
