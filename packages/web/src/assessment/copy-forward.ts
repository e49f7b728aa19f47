import type { Assessment } from '@kizuki/core';

/**
 * A new assessment that starts from the previous one (前回の内容を複写): every item, the risks
 * and the summary are carried over for the care manager to confirm or correct during the visit.
 * What belongs to this assessment alone starts empty: the date (today), the reason (標準項目9)
 * and who did it. The result has no id; the server gives it one when it is first saved.
 */
export function copyForwardAssessment(previous: Assessment, today: string, assessorUserId: string | undefined): Assessment {
  const items = structuredClone(previous.items);
  delete items.assessmentReason;
  return {
    id: '',
    date: today,
    ...(previous.place ? { place: structuredClone(previous.place) } : {}),
    interviewees: structuredClone(previous.interviewees),
    ...(assessorUserId ? { assessorUserId } : {}),
    items,
    ...(previous.functionTrend ? { functionTrend: previous.functionTrend } : {}),
    ...(previous.risks ? { risks: structuredClone(previous.risks) } : {}),
    ...(previous.summary ? { summary: previous.summary } : {}),
  };
}

/** An empty assessment for a home visit today. */
export function blankAssessment(today: string, assessorUserId: string | undefined): Assessment {
  return { id: '', date: today, place: { kind: 'home' }, interviewees: [], items: {}, ...(assessorUserId ? { assessorUserId } : {}) };
}
