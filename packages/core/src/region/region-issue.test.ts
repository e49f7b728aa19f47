import { describe, expect, it } from 'vitest';
import { buildCouncilAgenda, issueEvidence, openMeetingCandidates, type MeetingEvidence } from './region-issue-evidence.js';
import { issueTransitionProblems, regionIssueSchema, type RegionIssue } from './region-issue.schema.js';

/** A 地域課題 built step by step, as the 協議体 moves it along. */
function anIssue(overrides: Partial<RegionIssue> = {}) {
  const base = {
    statement: 'みさき町で夕方の買い物に同行する支援がない',
    area: '南部圏域',
    district: 'みさき町',
    category: 'resourceDevelopment',
    status: 'identified',
    history: [{ status: 'identified', on: '2025-03-20' }],
    unmetNeedIds: [],
    meetingLinks: [],
    discussions: [],
    resourceIds: [],
    ...overrides,
  };
  return {
    body: base,
    moveTo(status: RegionIssue['status'], on: string, extra: Partial<RegionIssue> = {}) {
      return anIssue({ ...base, ...extra, status, history: [...(base.history as RegionIssue['history']), { status, on }] } as Partial<RegionIssue>);
    },
    parse: () => regionIssueSchema.safeParse(base),
  };
}

const messages = (r: ReturnType<ReturnType<typeof anIssue>['parse']>) => (r.success ? [] : r.error.issues.map((i) => i.message));

describe('地域課題 schema and status transitions', () => {
  it('accepts a new issue at 把握 and refuses one that starts later', () => {
    const issue = anIssue();
    expect(issue.parse().success).toBe(true);
    expect(issueTransitionProblems(undefined, issue.body as RegionIssue)).toEqual([]);
    const skipped = anIssue({ status: 'council', history: [{ status: 'council', on: '2025-03-20' }] });
    expect(issueTransitionProblems(undefined, skipped.body as RegionIssue)).toEqual(['新しい地域課題は「把握」から始めてください']);
  });

  it('follows 把握 → 協議体で検討 → 資源開発中 → 解決 and refuses a skipped step', () => {
    const identified = anIssue();
    const council = identified.moveTo('council', '2025-04-10');
    const developing = council.moveTo('developing', '2025-05-10');
    expect(issueTransitionProblems(identified.body as RegionIssue, council.body as RegionIssue)).toEqual([]);
    expect(issueTransitionProblems(council.body as RegionIssue, developing.body as RegionIssue)).toEqual([]);
    const jump = identified.moveTo('developing', '2025-04-10');
    expect(issueTransitionProblems(identified.body as RegionIssue, jump.body as RegionIssue)).toEqual(['「把握」から「資源開発中」には進めません（次は「協議体で検討」）']);
  });

  it('keeps the history: an earlier step cannot be rewritten', () => {
    const council = anIssue().moveTo('council', '2025-04-10');
    const rewritten = anIssue({ ...council.body, history: [{ status: 'identified', on: '2025-03-01' }, { status: 'council', on: '2025-04-10' }] } as Partial<RegionIssue>);
    expect(issueTransitionProblems(council.body as RegionIssue, rewritten.body as RegionIssue)).toEqual(['状態の履歴は書き換えられません（新しい状態を追加してください）']);
  });

  it('refuses 解決 without a resource or a written resolution, and 施策化 without its content', () => {
    const developing = anIssue().moveTo('council', '2025-04-10').moveTo('developing', '2025-05-10');
    expect(messages(developing.moveTo('resolved', '2025-06-01').parse())).toEqual(['解決にするには、対応する社会資源を登録するか、解決の内容を入力してください']);
    expect(developing.moveTo('resolved', '2025-06-01', { resourceIds: ['res-1'] }).parse().success).toBe(true);
    expect(developing.moveTo('resolved', '2025-06-01', { resolution: '既存の送迎便が夕方便を始めた' }).parse().success).toBe(true);
    expect(messages(developing.moveTo('policy', '2025-06-01').parse())).toEqual(['施策化にするには、施策の内容を入力してください']);
  });

  it('refuses a status that disagrees with the history, dates out of order and evidence listed twice', () => {
    expect(messages(anIssue({ status: 'council' }).parse())).toEqual(['状態（協議体で検討）が履歴の最後（把握）と合いません']);
    const backwards = anIssue().moveTo('council', '2025-03-01');
    expect(messages(backwards.parse())).toEqual(['状態の履歴は日付の順にしてください']);
    expect(messages(anIssue({ unmetNeedIds: ['u1', 'u1'] }).parse())).toEqual(['根拠の不足している資源に同じものが2回含まれています']);
    expect(messages(anIssue({ category: 'other' as RegionIssue['category'] }).parse())).toEqual(['分類（地域ケア会議の機能）を選択肢から選んでください']);
  });
});

const meeting = (id: string, heldOn: string, candidates: MeetingEvidence['candidates'] = []): MeetingEvidence => ({ id, heldOn, label: '地域ケア個別会議', candidates });
const link = (recordId: string, statement: string | undefined, heldOn: string) => ({ recordId, statement, heldOn, meetingLabel: '地域ケア個別会議' });

describe('evidence of 地域課題', () => {
  it('counts linked unmet needs and meetings per quarter, across 3/31 → 4/1, and the links it cannot read', () => {
    const unmetDates = new Map([['u1', '2025-03-31'], ['u2', '2025-04-01'], ['u3', '2025-04-20']]);
    const links = [link('m1', 'a', '2025-04-15'), link('m1', 'b', '2025-04-15')];
    const evidence = issueEvidence({ unmetNeedIds: ['u1', 'u2', 'u3', 'gone'], meetingLinks: links }, unmetDates, '2025-07-01');
    expect(evidence.unmetNeeds).toBe(3);
    expect(evidence.meetings).toBe(1);
    expect(evidence.unreadable).toBe(1);
    expect(evidence.quarters.map((q) => [q.key, q.unmetNeeds, q.meetings])).toEqual([['2024-Q4', 1, 0], ['2025-Q1', 2, 1], ['2025-Q2', 0, 0]]);
  });

  it('is zero without links', () => {
    expect(issueEvidence({ unmetNeedIds: [], meetingLinks: [] }, new Map())).toEqual({ unmetNeeds: 0, meetings: 0, unreadable: 0, quarters: [] });
  });

  it('lists the meeting candidates no issue has taken up yet', () => {
    const meetings = [
      meeting('m1', '2025-04-15', [{ statement: '夕方の買い物同行がない', area: '南部圏域', category: 'resourceDevelopment' }, { statement: '通いの場が遠い', area: '南部圏域', category: 'issueDiscovery' }]),
      meeting('m2', '2025-05-15', [{ statement: '配食が土日にない', area: '中央圏域', category: 'resourceDevelopment' }]),
      meeting('m3', '2025-06-15', [{ statement: '独居の見守り', area: '北部圏域', category: 'network' }]),
    ];
    const issues = [{ meetingLinks: [link('m1', '夕方の買い物同行がない', '2025-04-15')] }, { meetingLinks: [link('m3', undefined, '2025-06-15')] }];
    expect(openMeetingCandidates(meetings, issues).map((c) => [c.meetingId, c.statement])).toEqual([['m2', '配食が土日にない'], ['m1', '通いの場が遠い']]);
    expect(openMeetingCandidates([], issues)).toEqual([]);
  });
});

describe('協議体の資料 (agenda)', () => {
  const people = { name: '架空 花子', address: '架空県架空市みさき町3-2', insuredNumber: '0000099999' };

  it('orders issues under discussion first and carries nothing of a case even when the sources hold it', () => {
    const developing = anIssue({ unmetNeedIds: ['u1'], meetingLinks: [link('m1', '夕方の買い物同行がない', '2025-04-15')], resourceIds: ['r1'] }).moveTo('council', '2025-04-10').moveTo('developing', '2025-05-10');
    const body = { ...developing.body, discussions: [{ heldOn: '2025-05-10', attendees: ['生活支援コーディネーター', '民生委員'], discussed: '買い物同行の担い手', decisions: 'ボランティアを募る', nextSteps: '社協が6月に説明会' }] } as RegionIssue;
    const other = anIssue({ statement: '土日の配食がない', area: '中央圏域' }).body as RegionIssue;
    // Bodies carrying case data beyond what the register reads (as a raw record body would).
    const leaky = { ...body, clientName: people.name, meetingLinks: body.meetingLinks.map((l) => ({ ...l, address: people.address, insuredNumber: people.insuredNumber })) } as RegionIssue;
    const agenda = buildCouncilAgenda(
      [{ id: 'i2', body: other }, { id: 'i1', body: leaky }],
      { unmetDates: new Map([['u1', '2025-03-31']]), resourceNames: new Map([['r1', 'みさき町買い物同行ボランティア']]) },
      '2025-06-01',
    );
    expect(agenda.items.map((i) => [i.id, i.statusLabel, i.categoryLabel])).toEqual([['i1', '資源開発中', '地域づくり・資源開発'], ['i2', '把握', '地域づくり・資源開発']]);
    const first = agenda.items[0];
    expect(first?.meetings).toEqual([{ heldOn: '2025-04-15', label: '地域ケア個別会議' }]);
    expect(first?.resources).toEqual(['みさき町買い物同行ボランティア']);
    expect(first?.lastDiscussion).toEqual({ heldOn: '2025-05-10', decisions: 'ボランティアを募る', nextSteps: '社協が6月に説明会' });
    expect(first?.evidence.quarters.map((q) => [q.key, q.unmetNeeds, q.meetings])).toEqual([['2024-Q4', 1, 0], ['2025-Q1', 0, 1]]);
    const text = JSON.stringify(agenda);
    for (const value of Object.values(people)) expect(text).not.toContain(value);
    expect(buildCouncilAgenda([{ id: 'i1', body }, { id: 'i2', body: other }], { unmetDates: new Map(), resourceNames: new Map() }, '2025-06-01', ['identified']).items.map((i) => i.id)).toEqual(['i2']);
  });
});
