import { describe, expect, it } from 'vitest';
import { isKizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import { documentBodySchemas } from './document-bodies.js';
import { documentKindSchema, type DocumentKind } from './document-kind.js';
import { validateCaseFile, validateDocument } from './validate-document.js';

/** The FieldIssues validateDocument reports, or [] when the input is valid. */
function issuesOf(kind: DocumentKind, input: unknown): FieldIssue[] {
  try {
    validateDocument(kind, input);
    return [];
  } catch (error) {
    if (!isKizukiError(error) || error.code !== 'validation_failed') throw error;
    return (error.details as { issues: FieldIssue[] }).issues;
  }
}

const minimal: Record<DocumentKind, unknown> = {
  client: { id: 'c1', insurerNumber: '089999', insuredNumber: '0000012345', name: '青葉 チヨ', nameKana: 'あおば ちよ', birthDate: 'S15.6.15' },
  certification: { id: 'x1', status: 'applying' },
  assessment: { id: 'a1', date: '2025-03-25' },
  care_plan: { id: 'p1' },
  care_team_meeting: { id: 'm1', date: '2025-03-28' },
  support_log_entry: { id: 'l1', date: '2025-03-28' },
  monitoring: { id: 'mo1', date: '2025-04-25' },
  basic_checklist: { id: 'b1', date: '2025-03-25' },
  prevention_plan: { id: 'pp1' },
  service_usage: { id: 'u1', month: '2025-04' },
};

describe('validateDocument', () => {
  it('has a schema for every document kind', () => {
    expect(Object.keys(documentBodySchemas).sort()).toEqual([...documentKindSchema.options].sort());
  });

  it.each(documentKindSchema.options)('accepts a minimal %s (drafts may be nearly empty)', (kind) => {
    expect(issuesOf(kind, minimal[kind])).toEqual([]);
  });

  it.each(documentKindSchema.options)('requires the id of a %s', (kind) => {
    const input = { ...(minimal[kind] as object) } as Record<string, unknown>;
    delete input.id;
    expect(issuesOf(kind, input)).toContainEqual({ path: 'id', message: 'IDがありません', code: 'invalid_type' });
  });

  it('fills defaults and normalizes', () => {
    const plan = validateDocument('care_plan', { id: 'p1' });
    expect(plan.status).toBe('draft');
    expect(plan.needs).toEqual([]);
    const client = validateDocument('client', minimal.client);
    expect(client.nameKana).toBe('アオバ チヨ');
    expect(client.birthDate).toBe('1940-06-15');
  });

  it('throws validation_failed with a Japanese summary and every issue', () => {
    let thrown: unknown;
    try {
      validateDocument('client', { id: 'c1', insurerNumber: '12', insuredNumber: '', name: '', nameKana: 'Aoba', birthDate: '2025-02-30' });
    } catch (error) {
      thrown = error;
    }
    expect(isKizukiError(thrown)).toBe(true);
    const error = thrown as { code: string; message: string; details: { issues: FieldIssue[] } };
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('利用者基本情報の入力内容に5件の誤りがあります: 保険者番号は6桁の数字で入力してください');
    expect(error.details.issues.map((i) => [i.path, i.message])).toEqual([
      ['insurerNumber', '保険者番号は6桁の数字で入力してください'],
      ['insuredNumber', '被保険者番号を入力してください'],
      ['name', '氏名を入力してください'],
      ['nameKana', 'フリガナはカタカナで入力してください'],
      ['birthDate', '存在しない日付です: 2025年2月30日'],
    ]);
  });

  it('words generic problems in Japanese through the error map', () => {
    expect(issuesOf('care_plan', { id: 'p1', needs: 'ニーズ' })).toEqual([{ path: 'needs', message: '一覧で入力してください', code: 'invalid_type' }]);
    expect(issuesOf('care_plan', 'x')).toEqual([{ path: '', message: '項目のまとまりで入力してください', code: 'invalid_type' }]);
    expect(issuesOf('basic_checklist', { id: 'b1', date: '2025-03-25', answers: new Array(26).fill(true) })).toEqual([
      { path: 'answers', message: '基本チェックリストの質問は25問です', code: 'too_big' },
    ]);
  });

  it('reports deep paths inside the plan', () => {
    const issues = issuesOf('care_plan', {
      id: 'p1',
      needs: [{ id: 'n1', longTermGoals: [{ id: 'g1', shortTermGoals: [{ id: 's1', period: { start: 'R7.10.1', end: 'R7.4.1' }, serviceLines: [{ id: 'l1', kind: 'paid' }] }] }] }],
    });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['needs.0.longTermGoals.0.shortTermGoals.0.period.end', '終了日は開始日以降の日付にしてください'],
      ['needs.0.longTermGoals.0.shortTermGoals.0.serviceLines.0.kind', '援助の種類を選択肢から選んでください'],
    ]);
  });

  it('checks the other documents with their own messages', () => {
    expect(issuesOf('certification', { id: 'x', status: 'certified', validFrom: '2025-04-01', validTo: '2025-03-31' }).map((i) => [i.path, i.message])).toEqual([
      ['validTo', '有効期間の終了日は開始日以降の日付にしてください'],
      ['careLevel', '認定済の場合は要介護状態区分を選んでください'],
    ]);
    expect(issuesOf('certification', { id: 'x', status: '済' })[0]?.message).toBe('認定状況を選択肢から選んでください');
    expect(issuesOf('care_team_meeting', { id: 'm', kind: 'meeting' })[0]).toMatchObject({ path: 'date', message: '開催日を入力してください' });
    expect(issuesOf('care_team_meeting', { id: 'm', date: '2025-03-28', count: 0 })[0]).toMatchObject({ path: 'count', message: '1回以上で入力してください' });
    expect(issuesOf('monitoring', { id: 'mo', date: '2025-04-25', method: 'letter' })[0]).toMatchObject({ path: 'method', message: '実施方法を選択肢から選んでください' });
    expect(issuesOf('monitoring', { id: 'mo', date: '2025-04-25', goalEvaluations: [{ achievement: 'achieved' }] })[0]).toMatchObject({ path: 'goalEvaluations.0.shortTermGoalId' });
    expect(issuesOf('support_log_entry', { id: 'l', date: '2025-04-25', time: '25:00' })[0]).toMatchObject({ path: 'time' });
    expect(issuesOf('prevention_plan', { id: 'pp', careManagementType: 'D' })[0]).toMatchObject({ path: 'careManagementType', message: 'ケアマネジメントの類型を選択肢から選んでください' });
    expect(issuesOf('prevention_plan', { id: 'pp', checklistCounts: { movement: 6 } })[0]).toMatchObject({ path: 'checklistCounts.movement', message: '5項目以下で入力してください' });
    expect(issuesOf('assessment', { id: 'a', date: '2025-03-25', items: { adl: { activities: [{ activity: 'cooking' }] } } })[0]).toMatchObject({
      path: 'items.adl.activities.0.activity',
      message: 'ADLの項目を選択肢から選んでください',
    });
  });
});

describe('validateCaseFile', () => {
  it('requires the client and defaults the lists', () => {
    const caseFile = validateCaseFile({ client: minimal.client });
    expect(caseFile.carePlans).toEqual([]);
    expect(() => validateCaseFile({})).toThrow('ケースファイルの入力内容に1件の誤りがあります: 必須項目です。入力してください');
  });
});
