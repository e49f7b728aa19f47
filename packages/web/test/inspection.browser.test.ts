import { csvCarePlanSample, exportCarePlanCsv, fiscalYearOfDate, tokyoDateOf, zipFiles } from '@kizuki/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

const sideways = (page: Page) => page.evaluate<boolean>('document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth');

describe('ケアプラン点検 from request to 総評 (browser, real server on SQLite)', { timeout: 240_000 }, () => {
  let server: DemoServer;
  let insurer: TestBrowser;
  let office: TestBrowser;
  let insurerPage: Page;
  let officePage: Page;
  let casePath = '';
  const insurerErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    insurer = await launchBrowser();
    office = await launchBrowser();
    insurerPage = await insurer.context.newPage();
    officePage = await office.context.newPage();
    await insurerPage.setViewportSize({ width: 1024, height: 768 });
    insurerPage.on('console', (m) => {
      if (m.type() === 'error') insurerErrors.push(m.text());
    });
    await signIn(insurerPage, server.url, 'insurer.hitachi');
    await signIn(officePage, server.url, 'cm.sato');
  }, 120_000);

  afterAll(async () => {
    await insurer?.close();
    await office?.close();
    await server?.close();
  });

  it('shows the demo year with its cases by stage', async () => {
    await insurerPage.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'ケアプラン点検', exact: true }).click();
    await insurerPage.getByRole('heading', { name: 'ケアプラン点検', level: 1 }).waitFor();
    const card = insurerPage.locator('.inspection-plan-card[data-plan-id="demo-inspection-plan-current"]');
    await expectText(card, '完了 1件');
    await expectText(card, '提出依頼中 1件');
    await expectText(insurerPage.locator('main'), '令和7年度ケアプラン点検の総評');
    expect(await sideways(insurerPage)).toBe(false);
  });

  it('plans the year and requests a plan from the demo office', async () => {
    await insurerPage.getByRole('link', { name: '新しい点検計画' }).click();
    await insurerPage.getByLabel('点検の名称').fill('テスト点検（ブラウザ）');
    await insurerPage.getByRole('button', { name: '＋ ひだまり居宅介護支援事業所（デモ）' }).click();
    await insurerPage.getByLabel('点検する計画の数').fill('1');
    await insurerPage.getByLabel('事業所番号（気づきを使っていない事業所）').fill('0879900077');
    await insurerPage.getByLabel('事業所名').fill('かもめ居宅介護支援事業所（CSV）');
    await insurerPage.getByRole('button', { name: '事業所番号で加える' }).click();
    await insurerPage.getByRole('button', { name: '計画を保存' }).click();
    await insurerPage.getByRole('button', { name: '事業所に提出を依頼する' }).waitFor();
    // Only the office that uses Kizuki gets a case now; the CSV office waits for its files.
    await insurerPage.locator('.plan-office[data-office-number="0879900077"]').getByRole('button', { name: 'この事業所を外す' }).click();
    await insurerPage.getByRole('button', { name: '計画を保存' }).click();
    await expectText(insurerPage.locator('main [role="status"]'), '保存しました');
    await insurerPage.getByRole('button', { name: '事業所に提出を依頼する' }).click();
    await expectText(insurerPage.locator('main .notice'), '1件の事例を作成し、事業所に提出を依頼しました');
    const link = insurerPage.locator('.inspection-cases').getByRole('link', { name: '事例A' });
    casePath = (await link.getAttribute('href'))!;
    expect(casePath).toMatch(/^\/inspection\/cases\//u);
    expect(await sideways(insurerPage)).toBe(false);
  });

  it('lets the care manager see the request in the workspace and submit a proposed plan', async () => {
    await officePage.goto(server.url);
    await officePage.getByRole('link', { name: /ケアプラン点検（保険者からの依頼/u }).click();
    await officePage.locator(`.inspection-list a[href="${casePath}"]`).click();
    await officePage.getByRole('heading', { name: '点検する計画を選ぶ' }).waitFor();
    await officePage.locator('.proposal-list input[type="radio"]').first().check();
    await officePage.getByRole('button', { name: 'この計画を点検に提出する' }).click();
    await expectText(officePage.locator('main .notice'), '保険者の受け取りを待っています');
  });

  it('lets the insurer receive it, read the automatic 気づき and write an observation', async () => {
    await insurerPage.goto(`${server.url}${casePath}`);
    await insurerPage.getByRole('button', { name: '提出された計画を受け取る' }).click();
    await expectText(insurerPage.locator('.plan-reading'), '自動の気づき');
    const takeUp = insurerPage.getByRole('button', { name: '気づきとして取り上げる' });
    if ((await takeUp.count()) > 0) await takeUp.first().click();
    else await insurerPage.getByRole('button', { name: '気づきを書き加える' }).click();
    await insurerPage.getByLabel('点検者の気づき', { exact: true }).first().fill('短期目標「安心して暮らす」が抽象的で、達成を確かめにくい。');
    await insurerPage.getByLabel('介護支援専門員への問いかけ', { exact: true }).first().fill('ご本人は3か月後に何ができるようになりたいと話していますか。');
    await insurerPage.getByRole('button', { name: '点検の記録を保存' }).click();
    await expectText(insurerPage.locator('h1 .stage-tag'), '点検準備済み');
  });

  it('lets the care manager answer in writing and sign off', async () => {
    await officePage.goto(`${server.url}${casePath}`);
    await expectText(officePage.locator('.observation'), '短期目標「安心して暮らす」');
    await officePage.getByLabel('回答', { exact: true }).first().fill('買い物に一人で行けるようになりたいと話しています。');
    await officePage.getByLabel('見直すこと', { exact: true }).first().fill('短期目標を買い物の行動で書き直します。');
    await officePage.getByRole('button', { name: '事業所として確認（署名）する' }).click();
    await expectText(officePage.locator('main [role="status"]'), '事業所として確認（署名）しました');
  });

  it('lets the insurer record the session and sign: the record locks', async () => {
    await insurerPage.goto(`${server.url}${casePath}`);
    await insurerPage.getByRole('button', { name: '回答を記録に写す' }).click();
    await insurerPage.getByLabel('状況', { exact: true }).first().selectOption('agreed');
    await insurerPage.getByLabel('面談日').fill(tokyoDateOf(new Date()));
    await insurerPage.getByLabel('出席者の氏名').fill('佐藤 みのり');
    await insurerPage.getByRole('button', { name: '出席者を加える' }).click();
    await insurerPage.getByRole('button', { name: '点検者として確認（署名）する' }).click();
    await expectText(insurerPage.locator('h1 .stage-tag'), '見直し中');
    // Locked: a save needs a reason.
    await insurerPage.getByLabel(/変更の理由/u).waitFor();
    expect(await insurerPage.getByRole('button', { name: '点検の記録を保存' }).isDisabled()).toBe(true);
  });

  it('lets the office record what it shared and submit the revised plan', async () => {
    // The care manager saves the revised plan (a new revision of the same document).
    const reply = (await server.store.listRecords({ tenantId: 'demo-office' }, { kind: 'inspection_reply', scope: 'own' })).find((r) => casePath.endsWith((r.body as { inspectionCaseId: string }).inspectionCaseId))!;
    const { documentId } = (reply.body as { submission: { documentId: string } }).submission;
    const doc = (await server.store.getDocument('demo-office', documentId))!;
    await server.store.updateDocument('demo-office', doc.id, doc.revision, doc.body, 'demo-user-cm');

    await officePage.goto(`${server.url}${casePath}`);
    await officePage.getByLabel('事業所内での共有（事例検討会・研修）').fill('事例検討会で、本人の言葉で目標を書くことを確認した。');
    await officePage.getByLabel('他の計画への反映').fill('担当する他の計画の短期目標も見直す。');
    await officePage.getByLabel(/変更の理由/u).fill('点検を受けての取組を記録');
    await officePage.getByRole('button', { name: '回答を保存' }).click();
    await expectText(officePage.locator('main [role="status"]'), '回答を保存しました');
    await officePage.getByRole('button', { name: '見直した計画を提出する' }).click();
    await expectText(officePage.locator('main'), '見直した計画（第');
  });

  it('lets the insurer open the revision through the grant, verify and close', async () => {
    await insurerPage.goto(`${server.url}${casePath}`);
    await expectText(insurerPage.locator('main'), '事例検討会で、本人の言葉で目標を書くことを確認した。');
    await insurerPage.getByLabel(/変更の理由/u).fill('見直した計画を受け取りました');
    await insurerPage.getByRole('button', { name: '見直した計画を受け取る' }).click();
    await insurerPage.getByRole('heading', { name: '見直した計画', exact: true }).waitFor();
    await insurerPage.getByLabel('状況', { exact: true }).first().selectOption('verified');
    await insurerPage.getByLabel('見直しの確認', { exact: true }).first().fill('短期目標が行動で書かれていることを確認した。');
    await insurerPage.getByLabel(/変更の理由/u).fill('見直しを確認して完了');
    await insurerPage.getByRole('button', { name: '点検の記録を保存' }).click();
    await expectText(insurerPage.locator('h1 .stage-tag'), '完了');
    await expectText(insurerPage.locator('.revision-list'), '理由: 見直しを確認して完了');
    await expectText(insurerPage.locator('.revision-list'), '理由: 見直した計画を受け取りました');
    expect(await sideways(insurerPage)).toBe(false);
  });

  it('imports an office\'s CSV into a requested case instead of a submission', async () => {
    const sender = { officeNumber: '0879900001', serviceType: '43' };
    const destination = { officeNumber: '0879900099', serviceType: '15' };
    const zipPath = join(artifacts, 'inspection-office-csv.zip');
    writeFileSync(zipPath, zipFiles(exportCarePlanCsv([csvCarePlanSample()], { sender, destination, timestamp: '20260501093000', onlyRelatedClients: false }).files));
    await insurerPage.goto(`${server.url}/inspection/cases/demo-inspection-case-d`);
    await insurerPage.getByLabel('CSVのZIPファイル').setInputFiles(zipPath);
    await insurerPage.getByRole('button', { name: 'CSVを取り込む' }).click();
    await expectText(insurerPage.locator('main [role="status"]'), 'CSVの計画を点検に取り込みました');
    await expectText(insurerPage.locator('main .notice').first(), '事業所のCSVから読み込みました');
    await expectText(insurerPage.locator('.plan-reading'), '自動の気づき');
    await expectText(insurerPage.locator('h1 .stage-tag'), '受領');
  });

  it('generates, edits, saves and prints the 総評 without personal data', async () => {
    const year = fiscalYearOfDate(tokyoDateOf(new Date()));
    await insurerPage.goto(`${server.url}/inspection`);
    await insurerPage.getByRole('link', { name: `令和${year - 2018}年度の総評を作成` }).click();
    await insurerPage.getByLabel('本文').last().waitFor();
    await insurerPage.getByLabel('本文').last().fill('目標を本人の言葉で具体的に書くことを、集団指導で共有します。');
    await insurerPage.getByRole('button', { name: '総評を保存' }).click();
    await insurerPage.getByRole('link', { name: '印刷（A4）' }).click();
    await insurerPage.locator('.summary-sheet').waitFor();
    const text = (await insurerPage.locator('.summary-sheet').textContent()) ?? '';
    expect(text).toContain('目標を本人の言葉で具体的に書くことを、集団指導で共有します。');
    expect(text).toContain('短期目標');
    const clients = await server.store.listClients('demo-office');
    for (const client of clients) expect(text).not.toContain(client.name);
    for (const name of ['佐藤 みのり', '佐藤みのり', 'ひだまり居宅']) expect(text).not.toContain(name);
    await insurerPage.screenshot({ path: join(artifacts, 'inspection-summary-print.png'), fullPage: true });
    await insurerPage.emulateMedia({ media: 'print' });
    const pdf = await insurerPage.pdf({ preferCSSPageSize: true });
    writeFileSync(join(artifacts, 'inspection-summary.pdf'), pdf);
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/u.exec(pdf.toString('latin1'))!.slice(1).map(Number) as [number, number];
    // A4 portrait in points (595 × 842).
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    await insurerPage.emulateMedia({ media: 'screen' });
    expect(insurerErrors.filter((e) => !e.includes('status of 4'))).toEqual([]);
  });

  it('lets the office administrator run a 自己点検 on the office\'s own plans with the same screens', async () => {
    const admin = await launchBrowser();
    try {
      const page = await admin.context.newPage();
      await signIn(page, server.url, 'office.admin');
      await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'ケアプラン点検', exact: true }).click();
      await page.getByRole('heading', { name: '自己点検' }).waitFor();
      await page.getByRole('link', { name: '新しい点検計画' }).click();
      await expect.poll(() => page.getByLabel('点検の名称').inputValue()).toBe('自己点検');
      await page.getByLabel('点検する計画の数').fill('1');
      await page.getByRole('button', { name: '計画を保存' }).click();
      await page.getByRole('button', { name: '自己点検を始める' }).click();
      await expectText(page.locator('main [role="status"]'), '1件の事例を作成し、自己点検を始めました');
      await page.locator('.inspection-cases').getByRole('link', { name: '事例A' }).click();
      await page.locator('.proposal-list input[type="radio"]').first().check();
      await page.getByRole('button', { name: 'この計画を点検に提出する' }).click();
      await expectText(page.locator('.plan-reading'), '自動の気づき');
      await page.getByRole('button', { name: '気づきを書き加える' }).click();
      await page.getByLabel('点検者の気づき', { exact: true }).fill('モニタリングで把握した変化が計画に反映されているか、担当者と確かめる。');
      await page.getByRole('button', { name: '点検の記録を保存' }).click();
      await expectText(page.locator('h1 .stage-tag'), '点検準備済み');
      // No grant: the office reads its own case file.
      expect((await server.store.listGrantsByOwner('demo-office')).filter((g) => g.reason.includes('事例A') && g.granteeOrganizationId === 'demo-office')).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('writes an observation on one of the pack\'s checklist items', async () => {
    await insurerPage.goto(`${server.url}/inspection/cases/demo-inspection-case-c`);
    const reading = insurerPage.locator('.plan-reading');
    await reading.getByText(/方針の点検項目（\d+項目）/u).click();
    await reading.getByRole('button', { name: 'この項目で気づきを書く' }).first().click();
    await expectText(insurerPage.locator('.observation').last(), '方針の点検項目');
  });
});

