import { formatWareki, providerCorporationSources, type ProviderCorporationRecord, type UnrecordedProvider } from '@kizuki/core';
import { useState } from 'react';
import { createRecord, fetchRecords, saveRecord } from '../api/records.js';
import { useLoad } from '../components/use-load.js';
import { DateField, TextField } from '../editing/index.js';
import { todayIso } from '../shared/dates.js';
import { RecordForm } from './record-form.js';

/** A record of the 法人 being written: new (prefilled from a provider of the plans) or an edit. */
export interface CorporationDraft {
  id?: string;
  revision?: number;
  body: ProviderCorporationRecord;
}

/** A new record for a provider of the plans: its 事業所番号 and name prefilled. */
export function draftFor(provider: Pick<UnrecordedProvider, 'name' | 'officeNumber'> | undefined): CorporationDraft {
  return { body: { providerOfficeNumber: provider?.officeNumber ?? '', ...(provider ? { providerName: provider.name } : {}), corporationName: '', source: '', confirmedOn: todayIso() } };
}

const optional = (v: string) => (v.trim() === '' ? undefined : v);

/**
 * 事業所の運営法人: the office's records of which 法人 runs each provider (集中減算 counts by 法人),
 * the providers of the period's plans without one, and the form (add, edit, or from a provider row).
 */
export function ProviderCorporationSection({ manage, unrecorded, editing, setEditing, onSaved }: { manage: boolean; unrecorded: UnrecordedProvider[]; editing: CorporationDraft | undefined; setEditing: (draft: CorporationDraft | undefined) => void; onSaved: () => void }) {
  const [records, reload] = useLoad((signal) => fetchRecords('provider_corporation', 'own', signal), undefined, 'provider-corporations');
  const saved = () => {
    setEditing(undefined);
    reload();
    onSaved();
  };
  const list = records.kind === 'ready' ? [...records.data].sort((a, b) => (a.body.providerOfficeNumber < b.body.providerOfficeNumber ? -1 : 1)) : [];
  return (
    <section aria-labelledby="corporation-title" className="office-corporations">
      <h2 id="corporation-title">事業所の運営法人</h2>
      <p className="muted">集中減算は、同じ法人が運営する事業所を合わせて法人ごとに数えます（紹介率最高法人）。運営法人が記録されていない事業所は、それぞれを1つの法人として数えます。</p>
      {unrecorded.length > 0 && (
        <div className="office-todo" role="note" aria-label="運営法人が記録されていない事業所">
          <p>この判定期間の計画に位置付けた事業所のうち、運営法人が記録されていない事業所があります。</p>
          <ul>
            {unrecorded.map((p) => (
              <li key={p.key} data-unrecorded={p.officeNumber ?? p.name}>
                {p.name}
                {p.officeNumber ? `（${p.officeNumber}）` : '（事業所番号の記載なし）'}
                {manage && (
                  <button type="button" className="button button-secondary button-small" onClick={() => setEditing(draftFor(p))} aria-label={`${p.name}の運営法人を記録`}>
                    運営法人を記録
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {records.kind === 'ready' && list.length === 0 && <p className="empty-state">運営法人は記録されていません。</p>}
      {list.length > 0 && (
        <ul className="office-records">
          {list.map((r) => (
            <li key={r.id} data-corporation-of={r.body.providerOfficeNumber}>
              {r.body.providerName ?? ''}（{r.body.providerOfficeNumber}）→ <strong>{r.body.corporationName}</strong>
              {r.body.corporationNumber ? `（法人番号 ${r.body.corporationNumber}）` : ''}
              {r.body.corporationAddress ? ` ${r.body.corporationAddress}` : ''}・確認: {r.body.source}（{formatWareki(r.body.confirmedOn)}）
              {manage && (
                <button type="button" className="button button-secondary button-small" onClick={() => setEditing({ id: r.id, revision: r.revision, body: r.body })} aria-label={`${r.body.providerName ?? r.body.providerOfficeNumber}の運営法人を編集`}>
                  編集
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && editing === undefined && (
        <button type="button" className="button button-secondary" onClick={() => setEditing(draftFor(undefined))}>
          運営法人を追加
        </button>
      )}
      {manage && editing && <CorporationForm key={editing.id ?? editing.body.providerOfficeNumber} initial={editing} onSaved={saved} onCancel={() => setEditing(undefined)} />}
    </section>
  );
}

function CorporationForm({ initial, onSaved, onCancel }: { initial: CorporationDraft; onSaved: () => void; onCancel: () => void }) {
  const [body, setBody] = useState<ProviderCorporationRecord>(initial.body);
  const set = (patch: Partial<ProviderCorporationRecord>) => setBody((b) => ({ ...b, ...patch }));
  async function save() {
    if (initial.id !== undefined && initial.revision !== undefined) await saveRecord<'provider_corporation'>(initial.id, initial.revision, body);
    else await createRecord('provider_corporation', body);
    onSaved();
  }
  return (
    <RecordForm label="事業所の運営法人" save={save} submitLabel="運営法人を保存" onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="事業所番号" path={['corporation', 'providerOfficeNumber']} required inputMode="numeric" value={body.providerOfficeNumber} onChange={(v) => set({ providerOfficeNumber: v })} />
        <TextField label="事業所名" path={['corporation', 'providerName']} value={body.providerName} onChange={(v) => set({ providerName: optional(v) })} />
        <TextField label="法人名" path={['corporation', 'corporationName']} required value={body.corporationName} onChange={(v) => set({ corporationName: v })} />
        <TextField label="法人番号（13桁）" path={['corporation', 'corporationNumber']} inputMode="numeric" hint="国税庁の法人番号。先頭の検査用数字を確かめます" value={body.corporationNumber} onChange={(v) => set({ corporationNumber: optional(v) })} />
        <TextField label="法人の所在地" path={['corporation', 'corporationAddress']} value={body.corporationAddress} onChange={(v) => set({ corporationAddress: optional(v) })} />
        <TextField label="確認した資料" path={['corporation', 'source']} required hint={`例: ${providerCorporationSources.join('、')}`} value={body.source} onChange={(v) => set({ source: v })} />
        <DateField label="確認日" path={['corporation', 'confirmedOn']} required value={body.confirmedOn} onChange={(v) => set({ confirmedOn: v })} />
      </div>
    </RecordForm>
  );
}
