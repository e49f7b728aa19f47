import { demoPassword, openStore, seedDemo, startHttpServer, type RunningServer, type Store } from '@kizuki/server';
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

/** Logs in through the form and waits for the workspace header. */
export async function signIn(page: Page, url: string, login = 'cm.sato'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('ログイン名').fill(login);
  await page.getByLabel('パスワード').fill(demoPassword);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('button', { name: 'ログアウト' }).waitFor({ timeout: 15_000 });
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
