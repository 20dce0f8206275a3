/**
 * Nothing lost on upgrade (issue 11): a report kept in the browser by the build of the contract before
 * this round (ba71b5e: no agency_as_printed, source_url, metadata_flags or metadata_missing) comes back
 * when the same browser profile opens today's build on the same origin (IndexedDB is per origin): in the
 * Add view's kept list, in the views with its numbers, with its metadata, marked local.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, chromium } from '@playwright/test';
import Papa from 'papaparse';
import { serveDist } from '../../scripts/serve';
import { REPORT_COLUMNS } from '../../src/extract/csv';
import { PUBLISHED_REPORTS, expect, open, recordForeignRequests, settle, test } from './fixtures';
import { buildAtCommit } from './oldBuild';

/** The last commit of the previous round: the contract people's browsers hold reports under. */
const BEFORE = 'ba71b5ea69e414948f6feacda3fffd6b2e2f946b';
const MARK = ' ⊕本地/local';
const base = process.env.BASE_PATH ?? '/';
// One origin for both builds, beside the config's site (port), packed.spec's (+1) and the dev server (+2).
const port = Number(process.env.E2E_PORT ?? 4173) + 3;

const serve = (root: string) => serveDist({ root, base, port });
function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

test('a report kept by the previous build comes back in today’s build: kept list, numbers, metadata, local mark', async ({ launchOptions }) => {
  test.setTimeout(240_000);
  const old = buildAtCommit(BEFORE, base);
  test.skip('skip' in old, 'skip' in old ? `(skipped: ${old.skip})` : '');
  if ('skip' in old) return; // test.skip has thrown; this only narrows the type

  const profile = mkdtempSync(join(tmpdir(), 'upgrade-profile-'));
  const foreign: string[][] = [];
  const errors: string[] = [];
  // Service workers blocked as in the config: the old build's worker must not answer for today's build.
  const launch = async (): Promise<[BrowserContext, Page]> => {
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: `http://127.0.0.1:${port}${base}`, serviceWorkers: 'block' });
    const page = context.pages()[0] ?? (await context.newPage());
    foreign.push(recordForeignRequests(page));
    page.on('pageerror', (e) => errors.push(e.message));
    return [context, page];
  };
  let server = await serve(old.dist);
  let [context, page] = await launch();
  try {
    // The previous build: paste the report, give the place and date its text lacks, keep it.
    await open(page, '#/add');
    await page.getByTestId('paste').fill(readFileSync('src/extract/__fixtures__/pipe-2021.md', 'utf8'));
    await page.getByRole('button', { name: '提取粘贴的文本' }).click();
    const pasted = page.locator('[data-upload^="pasted-"]');
    await expect(pasted.getByTestId('upload-agency')).toHaveText('杭州市西湖区示例局');
    await pasted.locator('input[name="division_code"]').fill('330106');
    await pasted.locator('input[name="published_date"]').fill('2024-01-15');
    await pasted.getByRole('button', { name: '保留并加入所有视图' }).click();
    await expect(page.getByTestId('kept').locator('li')).toHaveCount(1);
    await page.getByTestId('kept').getByRole('link', { name: '查看' }).click();
    await settle(page);
    const oldPlace = await page.locator('.meta div', { hasText: '地区' }).locator('dd').innerText();
    expect(oldPlace).toContain('330106');
    await context.close();
    await stop(server);

    // Today's build on the same origin and profile.
    server = await serve(resolve('dist'));
    [context, page] = await launch();
    // Today's dataset (not the previous build's 8 reports) plus the kept one: this is the new build, and it restored the report.
    await open(page, '#/overview');
    await expect(page.locator('[data-stat="reports"]')).toHaveText(String(PUBLISHED_REPORTS + 1));

    await open(page, '#/add');
    const kept = page.getByTestId('kept');
    await expect(kept.locator('li')).toHaveCount(1);
    await expect(kept.locator('li')).toContainText('杭州市西湖区示例局 · 2023 · pasted-');
    await expect(kept).toContainText('手工修改：published_date');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Exported, it is a row of today's reports.csv: the metadata kept then, the columns added since empty.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'reports.csv' }).click()]);
    const exported = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), { header: true, skipEmptyLines: true });
    expect(exported.meta.fields).toEqual([...REPORT_COLUMNS]);
    expect(exported.data).toHaveLength(1);
    expect(exported.data[0]).toMatchObject({
      agency: '杭州市西湖区示例局', division_code: '330106', report_year: '2023', published_date: '2024-01-15',
      agency_as_printed: '', source_url: '', metadata_flags: '', metadata_missing: '',
    });

    // Its numbers as read in pipe-2021.md: 本年新收 21 in all, 18 from natural persons; 行政许可 88.
    await kept.getByRole('link', { name: '查看' }).click();
    await settle(page);
    await expect(page.getByTestId('local-report')).toContainText('不属于已发布的数据集');
    const meta = page.locator('.meta');
    await expect(meta.locator('div', { hasText: '机构' }).locator('dd')).toContainText('杭州市西湖区示例局');
    await expect(meta.locator('div', { hasText: '地区' }).locator('dd')).toHaveText(oldPlace);
    await expect(meta.locator('div', { hasText: '年份' }).first().locator('dd')).toHaveText('2023');
    await expect(page.locator('td[data-key="applications.new_received.total"] button.cell')).toHaveText('21');
    await expect(page.locator('td[data-key="applications.new_received.natural_person"] button.cell')).toHaveText('18');

    await open(page, '#/compare?agencies=330106-示例局');
    const table = page.locator('table.compare');
    await expect(table.locator('thead')).toContainText(`杭州市西湖区示例局${MARK}`);
    await expect(table.locator('tbody tr', { hasText: '本年新收申请' }).locator('td')).toHaveText(['21']);
  } finally {
    await context.close();
    await stop(server);
    rmSync(profile, { recursive: true, force: true });
  }
  expect(foreign.flat(), 'requests to other hosts').toEqual([]);
  expect(errors, 'uncaught errors in the page').toEqual([]);
});
