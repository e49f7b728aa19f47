import { formatWareki } from '@kizuki/core';
import type { ClientSummary } from '../api/endpoints.js';
import { Link } from '../routing/link.js';
import { clientTabPath } from '../routing/routes.js';

/** 利用者一覧: one row per client, in the order the API returns them (フリガナ, あいうえお順); the name opens the case file. */
export function ClientTable({ clients }: { clients: ClientSummary[] }) {
  return (
    <table className="client-table">
      <thead>
        <tr>
          <th scope="col">氏名</th>
          <th scope="col">フリガナ</th>
          <th scope="col">被保険者番号</th>
          <th scope="col">要介護度</th>
          <th scope="col">認定有効期間終了日</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id}>
            <th scope="row" className="client-name">
              <Link to={clientTabPath(client.id, 'basic')}>{client.name}</Link>
            </th>
            <td>{client.nameKana}</td>
            <td className="numeric">{client.insuredNumber}</td>
            <td>{client.careLevel ?? <NotRecorded />}</td>
            <td>
              {client.certificationValidTo ? (
                <time dateTime={client.certificationValidTo}>{formatWareki(client.certificationValidTo)}</time>
              ) : (
                <NotRecorded />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NotRecorded() {
  return (
    <span className="not-recorded" aria-label="未登録">
      —
    </span>
  );
}
