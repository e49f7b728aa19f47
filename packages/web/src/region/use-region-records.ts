import type { RecordKind } from '@kizuki/core';
import { fetchRecords, type RecordView } from '../api/records.js';
import { useLoad, type Load } from '../components/use-load.js';

/** Records of a kind the organization reads (own and the area's), with a way to load them again. */
export function useRegionRecords<K extends RecordKind>(kind: K, enabled = true): { state: Load<RecordView<K>[]>; reload: () => void } {
  const [state, reload] = useLoad((signal) => (enabled ? fetchRecords(kind, 'all', signal) : Promise.resolve([])), '地域の記録を読み込めませんでした。時間をおいてもう一度お試しください。');
  return { state, reload };
}
