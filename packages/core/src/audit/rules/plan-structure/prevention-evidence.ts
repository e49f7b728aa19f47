/** 1-based label of a 総合的課題 as printed on the 予防計画書: 「介護予防サービス・支援計画書 課題1」. */
export function preventionIssueLabel(issueIndex: number): string {
  return `介護予防サービス・支援計画書 課題${issueIndex + 1}`;
}
