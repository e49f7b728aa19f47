import {
  addDays,
  assembleCaseFile,
  auditedPlan,
  draftInspectionSummary,
  fiscalYearOfDate,
  inspectionAreaOfRule,
  KizukiError,
  summarySections,
  tokyoDateOf,
  type InspectionCaseRecord,
  type InspectionObservation,
  type InspectionPlan,
  type Organization,
  type RecordBody,
  type RecordKind,
  recordKindRule,
  type StoredRecord,
} from '@kizuki/core';
import type { Actor, ServiceDeps } from '../services/context.js';
import { readInspectionPlan, submitInspectionPlan } from '../services/inspection.service.js';
import { recordChecks } from '../services/record-checks.js';
import { createRecord, readRecord, updateRecord } from '../services/record.service.js';
import type { Store } from '../store/store.js';
import { demoInsurers, demoOffice } from './demo-organizations.js';

const insurer = demoInsurers.find((o) => o.id === 'demo-insurer-hitachi')!;

async function actorOf(store: Store, organization: Organization, userId: string): Promise<Actor> {
  const user = await store.getUser(organization.id, userId);
  if (!user) throw new KizukiError('not_found', `デモの利用者 ${userId} が見つかりません。`);
  return { user, organization, tenantId: organization.id };
}

/** Demo record ids, fixed so that links and tests can name the demo's pages. */
export const demoInspectionIds = {
  plan: 'demo-inspection-plan-current',
  cases: ['demo-inspection-case-a', 'demo-inspection-case-b', 'demo-inspection-case-c', 'demo-inspection-case-d'],
  previousPlan: 'demo-inspection-plan-previous',
  previousSummary: 'demo-inspection-summary-previous',
} as const;

/**
 * Creates the first revision of a demo record under a fixed id, validated by its kind's schema and
 * checks like a save through the API; every later revision goes through the record service.
 */
async function createFixed<K extends RecordKind>(deps: ServiceDeps, actor: Actor, kind: K, id: string, input: RecordBody<K>, share: { addressee?: string; area?: string } = {}): Promise<StoredRecord> {
  const body = recordKindRule(kind).schema.parse(input);
  await recordChecks[kind]?.(deps, actor, body, undefined);
  return deps.store.createRecord({
    id,
    tenantId: actor.tenantId,
    kind,
    body,
    author: actor.user.id,
    authorName: actor.user.displayName,
    ...(share.addressee ? { addresseeTenantId: share.addressee } : {}),
    ...(share.area ? { areaInsurerNumber: share.area } : {}),
  });
}

const observation = (id: string, patch: Omit<InspectionObservation, 'id'>): InspectionObservation => ({ id, ...patch });

/** The insurer saves a new revision of a case (with a reason once both sides have signed). */
async function saveCase(deps: ServiceDeps, actor: Actor, id: string, change: (body: InspectionCaseRecord) => InspectionCaseRecord, note?: string): Promise<StoredRecord<InspectionCaseRecord>> {
  const current = (await readRecord(deps, actor, id)) as StoredRecord<InspectionCaseRecord>;
  return (await updateRecord(deps, actor, id, { baseRevision: current.revision, body: change(current.body), note })) as StoredRecord<InspectionCaseRecord>;
}

async function replyOf(deps: ServiceDeps, caseId: string): Promise<StoredRecord & { body: { submission?: { grantId: string; documentId: string; revision: number }; revisedPlan?: { grantId: string; documentId: string; revision: number } } }> {
  const replies = await deps.store.listRecords({ tenantId: demoOffice.id }, { kind: 'inspection_reply', scope: 'own' });
  const reply = replies.find((r) => (r.body as { inspectionCaseId: string }).inspectionCaseId === caseId);
  if (!reply) throw new KizukiError('not_found', 'デモの回答が見つかりません。');
  return reply as never;
}

/** The insurer receives what the office submitted (the case's source is the grant's pinned revision). */
async function receive(deps: ServiceDeps, actor: Actor, caseId: string): Promise<void> {
  const { submission } = (await replyOf(deps, caseId)).body;
  if (!submission) throw new KizukiError('not_found', 'デモの提出が見つかりません。');
  await saveCase(deps, actor, caseId, (b) => ({ ...b, source: { kind: 'grant', grantId: submission.grantId, documentId: submission.documentId, revision: submission.revision } }));
}

async function saveReply(deps: ServiceDeps, office: Actor, caseId: string, patch: Record<string, unknown>, note?: string): Promise<void> {
  const reply = await replyOf(deps, caseId);
  await updateRecord(deps, office, reply.id, { baseRevision: reply.revision, body: { ...(reply.body as object), ...patch }, note });
}

/**
 * 日立市's ケアプラン点検 in the demo: this fiscal year's 点検 of the demo office half done (one case
 * closed after the revised plan was verified, one in dialogue with the office's written answers,
 * one submitted and prepared, one requested), and last year's 点検 with its published 総評.
 * Written through the services, so every grant, check and access-log entry is real.
 */
export async function seedDemoInspection(store: Store, today: string): Promise<void> {
  // Grants run from the moment they are made: the real clock today, noon of `today` in a dated demo.
  const at = tokyoDateOf(new Date()) === today ? new Date() : new Date(`${today}T03:00:00Z`);
  const deps: ServiceDeps = { store, now: () => at };
  const inspector = await actorOf(store, insurer, 'demo-user-insurer');
  const cm = await actorOf(store, demoOffice, 'demo-user-cm');
  const fiscalYear = fiscalYearOfDate(today);
  const requestedOn = addDays(today, -60);

  await seedLastYear(deps, inspector, fiscalYear - 1);

  const planBody: InspectionPlan = {
    fiscalYear,
    title: 'ケアプラン点検（居宅介護支援）',
    offices: [
      { officeNumber: demoOffice.officeNumber!, officeName: demoOffice.name, organizationId: demoOffice.id, planCount: 4, criteria: ['living_support', 'near_benefit_limit', 'unchanged_long'], requestedOn, dueOn: addDays(today, 14) },
      { officeNumber: '0879900099', officeName: 'やまびこ居宅介護支援事業所（デモ・CSVで受け取り）', planCount: 2, criteria: ['living_support'], dueOn: addDays(today, 45) },
    ],
    inspectors: [
      { name: '伊藤 誠', kind: 'insurer_staff' },
      { name: '中村 恵子', kind: 'chief_care_manager' },
      { name: '高橋 さくら', kind: 'community_center' },
    ],
    notes: '日立市ケアマネジメントに関する基本方針の「重点留意事項」に沿って点検し、面談で介護支援専門員の気づきを促す。',
  };
  const plan = await createFixed(deps, inspector, 'inspection_plan', demoInspectionIds.plan, planBody);
  const caseIds: string[] = [];
  for (const [i, criterion] of (['living_support', 'near_benefit_limit', 'unchanged_long', 'random'] as const).entries()) {
    const body: InspectionCaseRecord = {
      inspectionId: plan.id,
      officeNumber: demoOffice.officeNumber!,
      officeName: demoOffice.name,
      officeOrganizationId: demoOffice.id,
      label: `事例${'ABCD'[i]!}`,
      careManagerName: '佐藤 みのり',
      criteria: planBody.offices[0]!.criteria,
      dueOn: planBody.offices[0]!.dueOn,
      ...(criterion === 'random' ? {} : { selectedBy: criterion }),
      observations: [],
    };
    caseIds.push((await createFixed(deps, inspector, 'inspection_case', demoInspectionIds.cases[i]!, body, { addressee: demoOffice.id })).id);
  }
  const [closedId, dialogueId, preparedId] = caseIds as [string, string, string, string];

  // 事例A: closed. Submitted, dialogue, both signed, plan revised, verified.
  await submitInspectionPlan(deps, cm, closedId, { clientId: 'demo-client-05' });
  await receive(deps, inspector, closedId);
  const sessionDay = addDays(today, -30);
  await saveCase(deps, inspector, closedId, (b) => ({
    ...b,
    observations: [
      observation('obs-a1', { area: 'care_plan', field: '第2表 短期目標', text: '短期目標「安全に過ごす」は、何ができるようになれば達成といえるかが読み取りにくい。', question: 'ご本人は3か月後にどんな暮らしをしていたいと話していますか。', answer: '本人は「一人で近くの商店まで歩いて買い物に行きたい」と話している。', change: '短期目標を「商店（片道300m）まで杖で歩いて買い物ができる」に改める。', status: 'agreed' }),
      observation('obs-a2', { area: 'collaboration', field: '第3表 週間サービス計画表', text: '家族や近所の支援が計画に位置付けられていない。', question: '訪問介護の入らない日、誰がどのように関わっていますか。', answer: '長女が週末に買い物を手伝っている。', change: '長女の支援を第2表・第3表に位置付ける。', status: 'agreed' }),
    ],
    session: { date: sessionDay, attendees: [{ name: '伊藤 誠', side: 'insurer', role: '保険者' }, { name: '中村 恵子', side: 'insurer', role: '主任介護支援専門員' }, { name: '佐藤 みのり', side: 'office', role: '担当介護支援専門員' }], signOffs: [] },
  }));
  await saveReply(deps, cm, closedId, { answers: [{ observationId: 'obs-a1', answer: '本人の言葉で目標を書き直します。' }], signOff: { name: '佐藤 みのり', on: sessionDay } });
  await saveCase(deps, inspector, closedId, (b) => ({ ...b, session: { ...b.session!, signOffs: [{ side: 'insurer', name: '伊藤 誠', on: sessionDay }, { side: 'office', name: '佐藤 みのり', on: sessionDay }] } }));
  await revisePlan(store, 'demo-client-05');
  await saveReply(deps, cm, closedId, { sharedInOffice: `${addDays(today, -20)} 事業所内の事例検討会で、本人の言葉で目標を書くことを全員で確認した。`, otherPlans: '担当する他の利用者の短期目標も、同じ観点で見直しを始めた（12件中4件を変更済み）。' }, '点検を受けての取組を記録');
  await submitInspectionPlan(deps, cm, closedId, { clientId: 'demo-client-05', revised: true });
  const revised = (await replyOf(deps, closedId)).body.revisedPlan!;
  await saveCase(deps, inspector, closedId, (b) => ({ ...b, revisedSource: revised }), '見直した計画を受け取りました');
  await saveCase(
    deps,
    inspector,
    closedId,
    (b) => ({ ...b, observations: b.observations.map((o) => ({ ...o, status: 'verified' as const, followUp: '見直した計画で、合意した内容が反映されていることを確認した。' })) }),
    '見直した計画を確認し、点検を完了しました',
  );

  // 事例B: in dialogue, the office answered in writing before the session.
  await submitInspectionPlan(deps, cm, dialogueId, { clientId: 'demo-client-11' });
  await receive(deps, inspector, dialogueId);
  await saveCase(deps, inspector, dialogueId, (b) => ({
    ...b,
    observations: [
      observation('obs-b1', { area: 'assessment', field: 'アセスメント 健康状態', text: '主治医の意見（服薬の変更）がアセスメントに反映されているか確認したい。', question: '最近の受診で、主治医から生活上の注意は伝えられていますか。', status: 'open' }),
      observation('obs-b2', { area: 'care_plan', field: '第1表 総合的な援助の方針', text: '援助の方針が事業所の役割の列挙になっており、本人の意向とのつながりが見えにくい。', question: '本人の「自宅で暮らし続けたい」という意向を、方針にどう反映しましたか。', status: 'open' }),
    ],
    session: { date: addDays(today, 7), attendees: [{ name: '伊藤 誠', side: 'insurer', role: '保険者' }], signOffs: [] },
  }));
  await saveReply(deps, cm, dialogueId, {
    answers: [
      { observationId: 'obs-b1', answer: '先月の受診で降圧薬が変わり、ふらつきに注意するよう言われています。アセスメントに追記します。', change: 'アセスメントの健康状態と、第2表の転倒予防の目標に反映する。' },
      { observationId: 'obs-b2', answer: '本人の言葉を方針の冒頭に書くようにします。' },
    ],
  });

  // 事例C: submitted and prepared: the 点検者 took up automatic 気づき and wrote questions.
  await submitInspectionPlan(deps, cm, preparedId, { clientId: 'demo-client-12' });
  await receive(deps, inspector, preparedId);
  const reading = await readInspectionPlan(deps, inspector, preparedId, 'submitted');
  const taken = reading.findings.slice(0, 2).map((f, i) =>
    observation(`obs-c${i + 1}`, { area: inspectionAreaOfRule(f.ruleId), ruleId: f.ruleId, ...(f.evidence[0] ? { field: f.evidence[0].label } : {}), text: f.message, question: 'この点について、計画を作ったときの考えを聞かせてください。', status: 'open' }),
  );
  await saveCase(deps, inspector, preparedId, (b) => ({
    ...b,
    observations: [...taken, observation('obs-c9', { area: 'rehabilitation', field: '第2表 サービス内容', text: '退院後の生活機能の回復に向けたリハビリテーションの検討が読み取れない。', question: '通所リハビリや訪問リハビリを検討しましたか。', status: 'open' })],
  }));
  // 事例D stays requested: the office has not submitted yet.
}

/** The office saves a revision of the plan after the dialogue (short-term goal in the person's words). */
async function revisePlan(store: Store, clientId: string): Promise<void> {
  const docs = await store.listDocuments(demoOffice.id, clientId);
  const { plan } = auditedPlan(assembleCaseFile(docs));
  const doc = docs.find((d) => d.kind === 'care_plan' && d.id === plan?.id);
  if (!doc || !plan) throw new KizukiError('not_found', 'デモの計画が見つかりません。');
  const needs = plan.needs.map((need, i) =>
    i === 0 ? { ...need, longTermGoals: need.longTermGoals.map((g, j) => (j === 0 ? { ...g, shortTermGoals: g.shortTermGoals.map((s, k) => (k === 0 ? { ...s, text: '商店（片道300m）まで杖で歩いて買い物ができる' } : s)) } : g)) } : need,
  );
  await store.updateDocument(demoOffice.id, doc.id, doc.revision, { ...plan, needs }, 'demo-user-cm');
}

/** Last year's 点検 (plans read from CSV), closed, and its 総評 published. */
async function seedLastYear(deps: ServiceDeps, inspector: Actor, fiscalYear: number): Promise<void> {
  const plan = await createFixed(deps, inspector, 'inspection_plan', demoInspectionIds.previousPlan, {
    fiscalYear, title: 'ケアプラン点検（居宅介護支援）', offices: [{ officeNumber: demoOffice.officeNumber!, officeName: demoOffice.name, organizationId: demoOffice.id, planCount: 3, criteria: ['living_support'], requestedOn: `${fiscalYear}-07-01` }], inspectors: [{ name: '伊藤 誠', kind: 'insurer_staff' }],
  });
  const signed = { date: `${fiscalYear}-10-15`, attendees: [], signOffs: [{ side: 'insurer' as const, name: '伊藤 誠', on: `${fiscalYear}-10-15` }, { side: 'office' as const, name: '田中 健太', on: `${fiscalYear}-10-15` }] };
  const cases: { label: string; observations: InspectionObservation[] }[] = [
    {
      label: '事例A',
      observations: [
        observation('p-a1', { area: 'care_plan', text: '短期目標が「安心して暮らす」など抽象的で、達成を確かめにくい。', change: '具体的な行動で書く。', followUp: '見直しを確認。', status: 'verified' }),
        observation('p-a2', { area: 'collaboration', text: 'インフォーマルな支援（家族・近所）が計画に位置付けられていない。', status: 'verified' }),
      ],
    },
    { label: '事例B', observations: [observation('p-b1', { area: 'care_plan', text: '生活援助中心型の訪問介護を位置付ける理由が書かれていない。', status: 'closed' })] },
    { label: '事例C', observations: [observation('p-c1', { area: 'assessment', text: '課題分析の結果が、第2表の生活全般の解決すべき課題につながっていない。', status: 'verified' })] },
  ];
  const records: StoredRecord<InspectionCaseRecord>[] = [];
  for (const [i, c] of cases.entries()) {
    const body: InspectionCaseRecord = {
      inspectionId: plan.id,
      officeNumber: demoOffice.officeNumber!,
      officeName: demoOffice.name,
      label: c.label,
      careManagerName: '田中 健太',
      selectedBy: 'living_support',
      criteria: ['living_support'],
      source: { kind: 'csv', sendUnit: `UP1KYO-${fiscalYear}-0${i + 1}`, insuredNumber: `89000090${i + 1}0` },
      observations: c.observations,
      session: signed,
    };
    records.push((await createRecord(deps, inspector, { kind: 'inspection_case', body })) as StoredRecord<InspectionCaseRecord>);
  }
  const draft = draftInspectionSummary(fiscalYear, records.map((r) => ({ id: r.id, ...r.body })), ['田中 健太']);
  const sections = summarySections(draft).map((s) =>
    s.heading === 'まとめ' ? { ...s, text: '目標を本人の言葉で具体的に書くこと、家族や地域の支えを計画に位置付けることを、来年度も重点として事業者連絡会議で共有します。' } : s,
  );
  const summary = { fiscalYear, inspectionPlanId: plan.id, title: draft.title, sections, status: 'published' as const, publishedOn: `${fiscalYear + 1}-03-25` };
  await createFixed(deps, inspector, 'inspection_summary', demoInspectionIds.previousSummary, summary, { area: insurer.insurerNumber! });
}
