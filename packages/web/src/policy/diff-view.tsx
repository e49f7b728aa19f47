import type { PolicyPackDiff } from '@kizuki/core';

/** What changed between two versions, in plain Japanese (one line per change). */
export function DiffView({ diff, lines }: { diff: PolicyPackDiff; lines: string[] }) {
  return (
    <div className="policy-diff">
      <p className="muted">
        {diff.from.id} {diff.from.version} → {diff.to.version}
      </p>
      {diff.unchanged ? (
        <p>変更はありません。</p>
      ) : (
        <ul className="policy-diff-lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
