/**
 * The printable standard forms, by the URL segment of their print view (the case file's 印刷
 * links use the same names).
 */
export const printForms = {
  'plan-1': '第1表 居宅サービス計画書（1）',
  'plan-2': '第2表 居宅サービス計画書（2）',
  'plan-3': '第3表 週間サービス計画表',
  'plan-4': '第4表 サービス担当者会議の要点',
  'plan-5': '第5表 居宅介護支援経過',
  'prevention-plan': '介護予防サービス・支援計画書',
  usage: '第6表 サービス利用票（兼居宅サービス計画）',
  'usage-sheet': '第7表 サービス利用票別表',
} as const;
export type PrintForm = keyof typeof printForms;

export function isPrintForm(value: string): value is PrintForm {
  return Object.hasOwn(printForms, value);
}

/**
 * The address of a print view: `/clients/<id>/print/<form>?document=<id>`. Without a document the
 * view prints the client's current one (the plan in force, the latest meeting, this month's 利用票 …).
 */
export function printPath(clientId: string, form: PrintForm, documentId?: string): string {
  const base = `/clients/${encodeURIComponent(clientId)}/print/${form}`;
  return documentId === undefined ? base : `${base}?document=${encodeURIComponent(documentId)}`;
}
