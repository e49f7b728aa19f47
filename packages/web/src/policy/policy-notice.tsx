import { Link } from '../routing/link.js';
import { fetchOfficePolicy } from './office-policy.js';
import { policyPaths } from './policy-paths.js';
import { useLoad } from '../components/use-load.js';

/** On an office's start page: a published version of the insurer's policy nobody in the office has acknowledged yet. */
export function PolicyNotice() {
  const [state] = useLoad((signal) => fetchOfficePolicy(signal), '基本方針を読み込めませんでした。');
  if (state.kind !== 'ready' || !state.data.current || state.data.acknowledged) return null;
  return (
    <p className="notice policy-notice" role="status">
      保険者の基本方針 版 {state.data.current.body.version} が公開されています。事業所でまだ確認していません。{' '}
      <Link to={policyPaths.home}>変更点を読んで確認する</Link>
    </p>
  );
}
