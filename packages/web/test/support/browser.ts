import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Flags for a quiet, reproducible headless Chromium in CI containers (no sandbox, no GPU, no network chatter). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary: `CHROMIUM_PATH` if set, otherwise the distribution package's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface TestBrowser {
  context: BrowserContext;
  /** Closes the browser and deletes its profile directory. */
  close: () => Promise<void>;
}

/**
 * Launches Chromium with a fresh profile (no cookies or storage from an earlier run).
 * Fails with a clear message when the binary is missing, instead of Playwright's download hint.
 */
export async function launchBrowser(options: Pick<LaunchOptions, 'slowMo' | 'timeout'> = {}): Promise<TestBrowser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian/Ubuntu: apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'kizuki-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...options,
      executablePath,
      // Playwright adds its own --headless; ours (new headless) comes from the list below.
      headless: false,
      args: chromiumArgs,
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      viewport: { width: 1024, height: 768 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
