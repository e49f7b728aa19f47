import { isKizukiError, tokyoDateOf, type CarePlan, type CaseFile, type Finding, type ResolvedPolicyPack } from '@kizuki/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { fetchClientPolicy } from './plan-api.js';
import { newFindingIds } from './finding-news.js';
import { auditDraft, parsePlanDraft } from './live-audit.js';

/** Pause after the last keystroke before the audit runs again. */
export const liveAuditDelayMs = 300;

export type PolicyState = { kind: 'loading' } | { kind: 'ready'; pack: ResolvedPolicyPack } | { kind: 'failed'; message: string };

/** The client's policy pack for the 気づき panel. */
export function useClientPolicy(clientId: string): PolicyState {
  const [state, setState] = useState<PolicyState>({ kind: 'loading' });
  useEffect(() => {
    let active = true;
    setState({ kind: 'loading' });
    fetchClientPolicy(clientId).then(
      (pack) => active && setState({ kind: 'ready', pack }),
      (error: unknown) => active && setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '保険者の方針（ポリシーパック）を読み込めませんでした。' }),
    );
    return () => {
      active = false;
    };
  }, [clientId]);
  return state;
}

export interface LiveAudit {
  /** The 気づき of the last readable version of the plan; undefined before the first run. */
  findings: Finding[] | undefined;
  /** True while the plan has a field that cannot be read yet (the 気づき are of the version before). */
  stale: boolean;
  error: string | undefined;
}

/**
 * Runs the audit engine in the browser on the plan being edited, `liveAuditDelayMs` after the
 * last change, so the 気づき follow the text as it is typed without re-running on every key.
 */
export function useLiveAudit(caseFile: CaseFile, body: CarePlan | undefined, pack: ResolvedPolicyPack | undefined): LiveAudit {
  const [state, setState] = useState<LiveAudit>({ findings: undefined, stale: false, error: undefined });
  const first = useRef(true);
  useEffect(() => {
    if (body === undefined || pack === undefined) return;
    const run = () => {
      const plan = parsePlanDraft(body);
      if (plan === undefined) {
        setState((previous) => ({ ...previous, stale: true }));
        return;
      }
      try {
        setState({ findings: auditDraft(caseFile, plan, pack, tokyoDateOf(new Date())), stale: false, error: undefined });
      } catch (error) {
        setState({ findings: undefined, stale: false, error: isKizukiError(error) ? error.message : '気づきを確認できませんでした。' });
      }
    };
    // The first result should not wait for a keystroke.
    const delay = first.current ? 0 : liveAuditDelayMs;
    first.current = false;
    const timer = setTimeout(run, delay);
    return () => clearTimeout(timer);
  }, [caseFile, body, pack]);
  return state;
}

/** How long a new 気づき stays highlighted. */
export const freshHoldMs = 5000;

/**
 * The ids among `ids` (the open 気づき of the latest audit) that were not there in the audit
 * before, for `freshHoldMs` or until the next new one. The first audit's 気づき are not new.
 */
export function useFreshIds(ids: readonly string[] | undefined): ReadonlySet<string> {
  const previous = useRef<ReadonlySet<string> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (ids === undefined) return;
    const added = newFindingIds(previous.current, ids);
    previous.current = new Set(ids);
    if (added.length > 0) {
      setFresh(new Set(added));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setFresh(new Set()), freshHoldMs);
      return;
    }
    // A highlighted 気づき that went away is no longer new.
    setFresh((current) => {
      const kept = [...current].filter((id) => ids.includes(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [ids]);
  return fresh;
}
