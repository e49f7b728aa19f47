import type { Finding } from '@kizuki/core';
import { useEffect, useId, useRef, useState } from 'react';
import type { FieldPath } from '../editing/index.js';
import { FindingCard } from './finding-card.js';
import { concernsFocusedField, newFindingsAnnouncement } from './finding-news.js';
import { planFieldPath, type SplitFindings } from './live-audit.js';
import { SelfCheck } from './self-check.js';
import type { LiveAudit, PolicyState } from './use-live-audit.js';
import './kizuki-panel.css';

/** A card the panel was asked to show (from a field's mark); `n` tells two asks for one card apart. */
export interface RevealRequest {
  id: string;
  n: number;
}

interface KizukiPanelProps {
  policy: PolicyState;
  live: LiveAudit;
  split: SplitFindings | undefined;
  /** findingIds of `split.open`, in order. */
  openIds: readonly string[];
  /** Ids of 気づき that appeared with the last change. */
  fresh: ReadonlySet<string>;
  /** DOM id of the field the care manager is in. */
  focusedFieldId: string | undefined;
  reveal: RevealRequest | undefined;
  planId: string;
  onFocusPath: (path: FieldPath) => void;
  /** Records an acknowledgement; returns a Japanese message when it cannot. */
  onAcknowledge: (finding: Finding, reason: string) => string | undefined;
  onWithdraw: (acknowledgementId: string) => void;
  readOnly: boolean;
}

/**
 * Scrolls the panel (not the page) so `card` is in the part of the panel that is on screen;
 * the panel is sticky and may reach below the window before the page is scrolled.
 */
function revealInPanel(panel: HTMLElement, card: HTMLElement): void {
  const margin = 8;
  const box = panel.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  const rect = card.getBoundingClientRect();
  if (rect.top >= top + margin && rect.bottom <= bottom - margin) return;
  // A card taller than the visible part is shown from its top.
  const delta = rect.top < top + margin || rect.height > bottom - top - 2 * margin ? rect.top - top - margin : rect.bottom - bottom + margin;
  panel.scrollTop += delta;
}

/** 気づき beside the editor: the audit of the plan as typed, under the client's policy, and the self-check. */
export function KizukiPanel({ policy, live, split, openIds, fresh, focusedFieldId, reveal, planId, onFocusPath, onAcknowledge, onWithdraw, readOnly }: KizukiPanelProps) {
  const [tab, setTab] = useState<'findings' | 'self-check'>('findings');
  const pack = policy.kind === 'ready' ? policy.pack : undefined;
  const baseId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const focusOf = (finding: Finding) => {
    const path = planFieldPath(finding, planId);
    return path ? () => onFocusPath(path) : undefined;
  };
  const open = split?.open ?? [];
  const current = new Set(openIds.filter((id, i) => (reveal !== undefined && reveal.id === id) || concernsFocusedField(planFieldPath(open[i]!, planId), focusedFieldId)));
  const freshFindings = open.filter((_, i) => fresh.has(openIds[i]!));

  // Which card to bring into view: the one asked for, else a new one, else one about the focused field.
  const target = reveal?.id ?? openIds.find((id) => fresh.has(id)) ?? openIds.find((id) => current.has(id));
  const freshKey = [...fresh].join(' ');
  const revealN = reveal?.n;
  useEffect(() => {
    if (target === undefined) return;
    if (revealN !== undefined) setTab('findings');
    const panel = panelRef.current;
    const card = panel?.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(target)}"]`);
    if (panel && card) revealInPanel(panel, card);
  }, [target, freshKey, focusedFieldId, revealN, tab]);

  return (
    <aside className="kizuki-panel" aria-label="気づき" ref={panelRef}>
      <div className="panel-tabs" role="tablist" aria-label="気づきの表示">
        <button type="button" role="tab" id={`${baseId}-findings`} aria-selected={tab === 'findings'} aria-controls={`${baseId}-findings-panel`} onClick={() => setTab('findings')}>
          気づき
          {split && <span className={freshFindings.length > 0 ? 'kizuki-count kizuki-count-new' : 'kizuki-count'}>（{split.open.length}）</span>}
        </button>
        <button type="button" role="tab" id={`${baseId}-self`} aria-selected={tab === 'self-check'} aria-controls={`${baseId}-self-panel`} onClick={() => setTab('self-check')}>
          自己点検
        </button>
      </div>
      {/* Outside the tab panels, so new 気づき are announced whichever tab is open. */}
      <p className="sr-only" role="status" aria-live="polite">
        {split ? newFindingsAnnouncement(freshFindings, split.open.length) : ''}
      </p>
      {policy.kind === 'failed' && <p className="form-error" role="alert">{policy.message}</p>}
      {policy.kind === 'loading' && <p className="field-hint">保険者の方針を読み込んでいます…</p>}
      {tab === 'findings' ? (
        <div role="tabpanel" id={`${baseId}-findings-panel`} aria-labelledby={`${baseId}-findings`}>
          {pack && <p className="panel-policy">方針: {pack.title}（{pack.version}）</p>}
          {live.error && <p className="form-error" role="alert">{live.error}</p>}
          {live.stale && <p className="field-warning">読み取れない入力があるため、その直前の内容で表示しています。</p>}
          {split && split.open.length === 0 && <p className="empty-state">いまの計画に気づきはありません。</p>}
          <ul className="kizuki-finding-list" aria-label="気づきの一覧">
            {open.map((finding, i) => {
              const id = openIds[i]!;
              return (
                <FindingCard
                  key={id}
                  findingId={id}
                  finding={finding}
                  current={current.has(id)}
                  fresh={fresh.has(id)}
                  onFocus={focusOf(finding)}
                  onAcknowledge={readOnly ? undefined : (reason) => onAcknowledge(finding, reason)}
                />
              );
            })}
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
