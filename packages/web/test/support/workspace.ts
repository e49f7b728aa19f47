import { base32Decode, demoPassword, demoTotpSecret, hotp, openStore, seedDemo, startHttpServer, totpStep, type RunningServer, type Store } from '@kizuki/server';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Screenshots and other files worth looking at after a run. */
export const artifacts = join(import.meta.dirname, '../../../../test-artifacts');

export interface DemoServer {
  url: string;
  store: Store;
  close: () => Promise<void>;
}

/** The real server on a fresh SQLite database with the demo office seeded. */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-browser-'));
  const store = await openStore({ dataDir });
  await seedDemo(store);
  // KIZUKI_WEB_ROOT points at another build of the web package (one per parallel work tree); the default is packages/web/dist.
  const webRoot = process.env.KIZUKI_WEB_ROOT;
  const server: RunningServer = await startHttpServer(store, { port: 0, host: '127.0.0.1', secureCookies: false, trustProxy: false }, webRoot);
  mkdirSync(artifacts, { recursive: true });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The last TOTP step each login used in this test file: the server accepts a step once only. */
const usedSteps = new Map<string, number>();

/**
 * A code the server has not yet accepted for this login, from `secret` (the demo seed's unless
 * given): the current step, or the next one; waits for the step to come when both are used.
 */
export async function nextTotpCode(login: string, secret = demoTotpSecret): Promise<string> {
  const now = totpStep(Date.now());
  const step = Math.max(now, (usedSteps.get(login) ?? -1) + 1);
  if (step > now + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 100));
  usedSteps.set(login, step);
  return hotp(base32Decode(secret), step);
}

/** Logs in through the form (with the 二要素認証 code when asked) and waits for the workspace header. */
export async function signIn(page: Page, url: string, login = 'cm.sato'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('ログイン名').fill(login);
  await page.getByLabel('パスワード').fill(demoPassword);
  await page.getByRole('button', { name: 'ログイン' }).click();
  const codeField = page.getByLabel('確認コード', { exact: true });
  const signedIn = page.getByRole('button', { name: 'ログアウト' });
  await codeField.or(signedIn).first().waitFor({ timeout: 15_000 });
  if (await codeField.isVisible()) {
    await codeField.fill(await nextTotpCode(login));
    await page.getByRole('button', { name: '確認してログイン' }).click();
  }
  await signedIn.waitFor({ timeout: 15_000 });
}

/** Waits until the locator's text contains `text`. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await expect.poll(async () => (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : '', { timeout: 15_000 }).toContain(text);
}

/** Waits for the save state of the first editor on the page to read 保存しました. */
export async function expectSaved(scope: Page | Locator): Promise<void> {
  await expectText(scope.locator('.save-state').first(), '保存しました');
}

/** The id of a demo client by name, read from the store (tests use the names a care manager sees). */
export async function clientIdByName(store: Store, name: string): Promise<string> {
  const client = (await store.listClients('demo-office')).find((c) => c.name === name);
  if (!client) throw new Error(`demo client ${name} not found`);
  return client.id;
}
