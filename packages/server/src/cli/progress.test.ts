import { describe, expect, it } from 'vitest';
import { progressReporter } from './progress.js';

describe('progress on stderr', () => {
  it('redraws one line on a terminal, at most every 100 ms, and ends it with the summary', () => {
    let out = '';
    let clock = 0;
    const progress = progressReporter({ write: (t) => (out += t), isTty: true }, () => clock);
    progress.report({ phase: 'read', file: 'a.csv', files: 1, bytes: 2 * 1024 * 1024 });
    clock = 50;
    progress.report({ phase: 'read', file: 'b.csv', files: 2, bytes: 3 * 1024 * 1024 });
    clock = 200;
    progress.report({ phase: 'clients', clients: 7, units: 1 });
    progress.done('取り込みました');
    const frames = out.split('\r').filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[0]).toBe('\u001b[2K[##........] 読み込み 1ファイル（2.0 MB）');
    expect(frames[1]).toContain('利用者 7人（送信単位 1件目）');
    expect(frames[2]).toBe('\u001b[2K取り込みました\n');
    expect(out).not.toContain('2ファイル');
  });

  it('writes plain lines elsewhere: every file, every 500th client, the audit and the summary', () => {
    let out = '';
    const progress = progressReporter({ write: (t) => (out += t), isTty: false });
    progress.report({ phase: 'read', file: 'a.csv', files: 1, bytes: 1024 });
    for (let clients = 1; clients <= 1000; clients++) progress.report({ phase: 'clients', clients, units: 1 });
    progress.report({ phase: 'audit', caseFiles: 1000 });
    progress.done('点検しました: 1000人');
    expect(out.split('\n').filter(Boolean)).toEqual(['読み込み 1ファイル（0.0 MB）', '利用者 500人（送信単位 1件目）', '利用者 1000人（送信単位 1件目）', '点検中 1000人分', '点検しました: 1000人']);
  });
});
