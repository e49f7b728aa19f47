import type { Acknowledgement, Finding, ResolvedCitation } from '@kizuki/core';
import { useId, useState } from 'react';
import { dateTimeText } from '../shared/dates.js';
import { findingHeading } from './finding-news.js';
import { severityLabels } from './live-audit.js';
import './finding-card.css';

function CitationView({ citation }: { citation: ResolvedCitation }) {
  if (citation.kind === 'statute') return <p className="citation citation-statute">根拠: {citation.label}</p>;
  return (
    <figure className="citation citation-principle">
      <figcaption>{citation.heading}</figcaption>
      <blockquote>{citation.text}</blockquote>
    </figure>
  );
}

interface FindingCardProps {
  finding: Finding;
  /** Focuses the field the 気づき is about; undefined when it is not a field of this plan. */
  onFocus: (() => void) | undefined;
  onAcknowledge?: (reason: string) => string | undefined;
  acknowledgement?: Acknowledgement;
  onWithdraw?: () => void;
  /** Stable id of the 気づき while it stands (see findingIds), for the panel to find its card. */
  findingId?: string;
  /** About the field the care manager is in, or asked for from the field's mark. */
  current?: boolean;
  /** Appeared with the last change: shown with a brief highlight. */
  fresh?: boolean;
}

/** One 気づき: severity and rule, where it points, the message, its citation, and acknowledging it with a reason. */
export function FindingCard({ finding, onFocus, onAcknowledge, acknowledgement, onWithdraw, findingId, current, fresh }: FindingCardProps) {
  const [writing, setWriting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reasonId = useId();
  const { places, rule } = findingHeading(finding);
  const classes = ['kizuki-finding', `kizuki-finding-${finding.severity}`, current ? 'kizuki-finding-current' : undefined, fresh ? 'kizuki-finding-fresh' : undefined];
  const submit = () => {
    const problem = onAcknowledge?.(reason);
    if (problem) {
      setError(problem);
      return;
    }
    setWriting(false);
    setReason('');
    setError(undefined);
  };
  return (
    <li className={classes.filter(Boolean).join(' ')} data-rule={finding.ruleId} data-field={finding.evidence[0]?.path.join('.')} data-finding-id={findingId}>
      <div className="kizuki-finding-head">
        <span className={`severity-badge severity-${finding.severity}`}>{severityLabels[finding.severity]}</span>
        <span className="kizuki-finding-rule">{rule}</span>
        {fresh && <span className="kizuki-finding-new">新しい気づき</span>}
      </div>
      {places.length > 0 && (
        <p className="kizuki-finding-place">
          <span className="kizuki-finding-place-label">場所</span>
          <span className="kizuki-finding-where">
            {places.map((place) => (
              <span key={place} className="kizuki-place">
                {place}
              </span>
            ))}
          </span>
        </p>
      )}
      {onFocus ? (
        <button type="button" className="kizuki-finding-message" onClick={onFocus} title="この項目へ移動">
          {finding.message}
        </button>
      ) : (
        <p className="kizuki-finding-message">{finding.message}</p>
      )}
      {finding.citations.length > 0 && (
        <details className="kizuki-finding-citations">
          <summary>根拠を見る</summary>
          {finding.citations.map((citation, i) => (
            <CitationView key={i} citation={citation} />
          ))}
        </details>
      )}
      {acknowledgement && (
        <div className="acknowledgement">
          <p>
            <strong>そのままにした理由:</strong> {acknowledgement.reason}
          </p>
          <p className="field-hint">
            {acknowledgement.by ?? ''} {dateTimeText(acknowledgement.at)}
          </p>
          {onWithdraw && (
            <button type="button" className="button button-small" onClick={onWithdraw}>
              確認を取り消す
            </button>
          )}
        </div>
      )}
      {onAcknowledge && !writing && (
        <button type="button" className="button button-small" onClick={() => setWriting(true)}>
          理由を書いてそのままにする
        </button>
      )}
      {onAcknowledge && writing && (
        <div className="acknowledge-form">
          <label htmlFor={reasonId}>そのままにする理由</label>
          <textarea id={reasonId} value={reason} rows={2} onChange={(event) => setReason(event.target.value)} aria-invalid={error ? true : undefined} autoFocus />
          {error && <p className="field-error" role="alert">{error}</p>}
          <div className="button-row">
            <button type="button" className="button button-small button-primary" onClick={submit}>
              理由を保存
            </button>
            <button type="button" className="button button-small" onClick={() => setWriting(false)}>
              やめる
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
