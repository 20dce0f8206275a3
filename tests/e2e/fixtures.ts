/** Shared test setup: every page records the hosts it contacts and the errors it throws. */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[]; pageErrors: string[] }>({
  foreignRequests: async ({ page }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
    });
    await use(foreign);
    expect(foreign, 'requests to other hosts').toEqual([]);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Open a view by URL hash and wait until the data is loaded and no query is running. */
export async function open(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(page.locator('main')).toBeVisible({ timeout: 30_000 });
  await settle(page);
}

export async function settle(page: Page) {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', undefined, { timeout: 30_000 });
}
