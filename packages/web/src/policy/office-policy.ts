import { officePolicyStanding } from '@kizuki/core';
import { fetchRecords, type RecordView } from '../api/records.js';

/** The office's standing on its insurer's policy, from the area's published versions and its own acknowledgements. */
export async function fetchOfficePolicy(signal?: AbortSignal) {
  const [versions, acknowledgements] = await Promise.all([fetchRecords('policy_version', 'received', signal), fetchRecords('policy_acknowledgement', 'own', signal)]);
  return { ...officePolicyStanding<RecordView<'policy_version'>>(versions, acknowledgements), versions, acknowledgements };
}
