/** Downloads: a chart as PNG, and the whole dataset as the same files the extractor wrote. */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

async function downloaded(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: (download as Download).suggestedFilename(), bytes: readFileSync((await (download as Download).path())!) };
}

test('a chart downloads as a PNG image', async ({ page }) => {
  await open(page, '#/requests');
  const { name, bytes } = await downloaded(page, page.locator('[data-panel="requests-new_received"] button', { hasText: '下载图片' }));
  expect(name).toBe('requests-new_received.png');
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // 2× pixel ratio of a chart that fills the panel: a real image, not an empty canvas.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
  expect(bytes.length).toBeGreaterThan(10_000);
});

test('the whole dataset downloads byte for byte, from any view', async ({ page }) => {
  await open(page, '#/sql');
  for (const file of ['reports.csv', 'facts.csv', 'checks.csv', 'sources.csv', 'lines.csv', 'datapackage.json', 'dictionary/form-dictionary.csv']) {
    const { bytes } = await downloaded(page, page.locator('a.file', { hasText: file }));
    expect(bytes.equals(readFileSync(`data/${file}`)), file).toBe(true);
  }
});
