import type { CarePlan, CaseFile, Finding } from '@kizuki/core';
import { useId, useState } from 'react';
import type { FieldPath } from '../editing/index.js';
import { FindingCard } from './finding-card.js';
import { planFieldPath, splitFindings } from './live-audit.js';
import { SelfCheck } from './self-check.js';
import { useClientPolicy, useLiveAudit } from './use-live-audit.js';
import './kizuki-panel.css';

interface KizukiPanelProps {
  clientId: string;
  caseFile: CaseFile;
  plan: CarePlan | undefined;
  onFocusPath: (path: FieldPath) => void;
  /** Records an acknowledgement; returns a Japanese message when it cannot. */
  onAcknowledge: (finding: Finding, reason: string) => string | undefined;
  onWithdraw: (acknowledgementId: string) => void;
  readOnly: boolean;
}

/** 気づき beside the editor: the audit of the plan as typed, under the client's policy, and the self-check. */
export function KizukiPanel({ clientId, caseFile, plan, onFocusPath, onAcknowledge, onWithdraw, readOnly }: KizukiPanelProps) {
  const [tab, setTab] = useState<'findings' | 'self-check'>('findings');
  const policy = useClientPolicy(clientId);
  const pack = policy.kind === 'ready' ? policy.pack : undefined;
  const live = useLiveAudit(caseFile, plan, pack);
  const baseId = useId();
  const planId = plan?.id ?? '';
  const split = live.findings && splitFindings(live.findings, plan?.acknowledgements ?? [], planId);
  const focusOf = (finding: Finding) => {
    const path = planFieldPath(finding, planId);
    return path ? () => onFocusPath(path) : undefined;
  };
  return (
    <aside className="kizuki-panel" aria-label="気づき">
      <div className="panel-tabs" role="tablist" aria-label="気づきの表示">
        <button type="button" role="tab" id={`${baseId}-findings`} aria-selected={tab === 'findings'} aria-controls={`${baseId}-findings-panel`} onClick={() => setTab('findings')}>
          気づき{split ? `（${split.open.length}）` : ''}
        </button>
        <button type="button" role="tab" id={`${baseId}-self`} aria-selected={tab === 'self-check'} aria-controls={`${baseId}-self-panel`} onClick={() => setTab('self-check')}>
          自己点検
        </button>
      </div>
      {policy.kind === 'failed' && <p className="form-error" role="alert">{policy.message}</p>}
      {policy.kind === 'loading' && <p className="field-hint">保険者の方針を読み込んでいます…</p>}
      {tab === 'findings' ? (
        <div role="tabpanel" id={`${baseId}-findings-panel`} aria-labelledby={`${baseId}-findings`}>
          {pack && <p className="panel-policy">方針: {pack.title}（{pack.version}）</p>}
          {live.error && <p className="form-error" role="alert">{live.error}</p>}
          {live.stale && <p className="field-warning">読み取れない入力があるため、その直前の内容で表示しています。</p>}
          <p className="sr-only" role="status" aria-live="polite">
            {split ? `気づき ${split.open.length}件` : ''}
          </p>
          {split && split.open.length === 0 && <p className="empty-state">いまの計画に気づきはありません。</p>}
          <ul className="kizuki-finding-list" aria-label="気づきの一覧">
            {split?.open.map((finding, i) => (
              <FindingCard key={`${finding.ruleId}-${i}`} finding={finding} onFocus={focusOf(finding)} onAcknowledge={readOnly ? undefined : (reason) => onAcknowledge(finding, reason)} />
            ))}
          </ul>
          {split && split.acknowledged.length > 0 && (
            <section className="acknowledged" aria-label="確認済みの気づき">
              <h3>確認済みの気づき（{split.acknowledged.length}）</h3>
              <ul className="kizuki-finding-list">
                {split.acknowledged.map(({ finding, acknowledgement }) => (
                  <FindingCard key={acknowledgement.id} finding={finding} onFocus={focusOf(finding)} acknowledgement={acknowledgement} onWithdraw={readOnly ? undefined : () => onWithdraw(acknowledgement.id)} />
                ))}
              </ul>
            </section>
          )}
        </div>
      ) : (
        <div role="tabpanel" id={`${baseId}-self-panel`} aria-labelledby={`${baseId}-self`}>
          {pack && <SelfCheck pack={pack} />}
        </div>
      )}
    </aside>
  );
}
