/**
 * What a newsroom takes away: CSVs whose number columns hold numbers only, a PNG that carries its title,
 * unit, filters, source line and address, a chart alone in an iframe, and each chart's values as a table.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { datasetVersion } from '../../scripts/datasetVersion';
import { csvOf, expect, open, settle, test } from './fixtures';

const VERSION = datasetVersion('data/facts.csv');

const records = (csv: string) => Papa.parse<Record<string, string>>(csv.replace('\ufeff', ''), { header: true, skipEmptyLines: true });

/** Every value column (one with a `<key>_status` twin) holds a number or nothing, and nothing always has its reason. */
function numericWithStatus(csv: string): { statuses: string[] } {
  const { data, meta } = records(csv);
  const valueColumns = meta.fields!.filter((f) => meta.fields!.includes(`${f}_status`));
  expect(valueColumns.length, `value columns in ${meta.fields}`).toBeGreaterThan(0);
  const statuses: string[] = [];
  for (const row of data) {
    for (const c of valueColumns) {
      if (row[c] === '') expect(row[`${c}_status`], `${c} of ${JSON.stringify(row)}`).not.toBe('');
      else {
        expect(Number.isFinite(Number(row[c])), `${c} = ${row[c]}`).toBe(true);
        expect(row[`${c}_status`]).toBe('');
      }
      statuses.push(row[`${c}_status`]);
    }
  }
  return { statuses };
}

test.describe('CSV downloads keep numbers numeric, with a status column beside each', () => {
  test('every chart panel of the section views: 武昌区民政局’s blank applicants are empty with `blank` beside them, 下城区’s 56700 is `unit_missing`', async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, '#/requests');
    const requests = records(await csvOf(page, 'requests-new_received')).data;
    const wuchang = requests.find((r) => r.agency === '武昌区民政局' && r.year === '2020')!;
    expect(wuchang).toMatchObject({ natural_person: '2', natural_person_status: '', commercial: '', commercial_status: 'blank', other_org: '', other_org_status: 'blank' });
    const huaian = requests.find((r) => r.agency === '淮安市人民政府' && r.year === '2024')!;
    expect(huaian).toMatchObject({ natural_person: '3001', commercial: '53', research: '0', legal_service: '61', other_org: '4' });
    await open(page, '#/procurement');
    const amounts = records(await csvOf(page, 'procurement-amount')).data;
    expect(amounts.find((r) => r.agency === '下城区民政局')).toMatchObject({ amount_10k_yuan: '', amount_10k_yuan_status: 'unit_missing:56700' });
    expect(amounts.find((r) => r.agency === '吴忠市民政局')).toMatchObject({ amount_10k_yuan: '773.5', amount_10k_yuan_status: '' });
    const seen = new Set<string>();
    for (const view of ['requests', 'outcomes', 'procurement', 'actions', 'appeals']) {
      await open(page, `#/${view}`);
      // A view's first chart may come from the build's snapshot before DuckDB starts: wait for DuckDB to draw the rest.
      await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, undefined, { timeout: 60_000 });
      await settle(page);
      const panels = await page.locator('[data-panel]').evaluateAll((els) => els.filter((el) => el.querySelector('canvas')).map((el) => el.getAttribute('data-panel')!));
      expect(panels.length, view).toBeGreaterThan(0);
      for (const panel of panels) numericWithStatus(await csvOf(page, panel)).statuses.forEach((s) => seen.add(s.split(':')[0]));
    }
    // The sweep met real gaps, not only numbers.
    expect([...seen]).toEqual(expect.arrayContaining(['', 'blank', 'unit_missing']));
  });

  test('compare: each report’s column is numeric, its `_status` column says blank or unit_missing', async ({ page }) => {
    await open(page, '#/compare?agencies=330103-民政局,640300-民政局');
    const { data, meta } = records(await csvOf(page, 'compare'));
    expect(meta.fields).toEqual(['key', 'row', '下城区民政局 2020', '下城区民政局 2020_status', '吴忠市民政局 2020', '吴忠市民政局 2020_status', 'failed_checks']);
    expect(data.find((r) => r.key === 'active.procurement.amount_10k_yuan')).toMatchObject({ '下城区民政局 2020': '', '下城区民政局 2020_status': 'unit_missing:56700', '吴忠市民政局 2020': '773.5' });
    numericWithStatus(await csvOf(page, 'compare'));
  });
});

/** A PNG's size and which pixel rows have ink, decoded by the browser. */
async function pngRows(page: Page, bytes: Buffer): Promise<{ width: number; height: number; inked: boolean[] }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const inked = Array.from({ length: img.height }, (_, y) => {
      for (let x = 0; x < img.width; x++) { const i = 4 * (y * img.width + x); if (data[i] < 160 && data[i + 1] < 160 && data[i + 2] < 160) return true; }
      return false;
    });
    return { width: img.width, height: img.height, inked };
  }, bytes.toString('base64'));
}

test('a downloaded PNG carries the title, unit, filters, source line and the address that draws it, above and below the chart', async ({ page }) => {
  await open(page, '#/requests?form=2021');
  const panel = page.locator('[data-panel="requests-new_received"]');
  const button = panel.locator('button', { hasText: '下载图片' });
  const caption = (await button.getAttribute('data-caption'))!.split('\n');
  expect(caption).toEqual(['本年新收申请（按申请人）', '单位：件　筛选：表式 2021 年表式', `数据：政府信息公开工作年度报告数据集 v${VERSION}, CC BY 4.0`, page.url()]);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = readFileSync((await download.path())!);
  const chart = (await panel.locator('.chart').boundingBox())!;
  const png = await pngRows(page, bytes);
  // The chart at 2× with a caption above and below: taller than the chart alone, and ink in both bands.
  expect(png.width).toBe(Math.round(chart.width * 2));
  const extra = png.height - Math.round(chart.height * 2);
  expect(extra).toBeGreaterThan(120);
  const top = png.inked.slice(0, 60).filter(Boolean).length;
  const bottom = png.inked.slice(png.height - 80).filter(Boolean).length;
  expect(top, 'caption rows above the chart').toBeGreaterThan(10);
  expect(bottom, 'source and address rows below the chart').toBeGreaterThan(10);
  await page.screenshot({ path: 'test-results/exports-png-page.png' });
  await page.evaluate((b64) => { document.body.innerHTML = `<img id="png" src="data:image/png;base64,${b64}" style="width:50%">`; }, bytes.toString('base64'));
  await page.locator('#png').screenshot({ path: 'test-results/exports-png.png' });
});

test('the English PNG caption is English', async ({ page }) => {
  await open(page, '#/appeals?lang=en');
  const caption = (await page.locator('[data-panel="appeals-admin_review"] button', { hasText: 'PNG' }).getAttribute('data-caption'))!.split('\n');
  expect(caption.slice(1, 3)).toEqual(['Unit: cases · Filters: none (every report)', `Data: Government information disclosure annual reports dataset v${VERSION}, CC BY 4.0`]);
});

test('embed mode: an iframe shows one chart alone, sized to its frame, with its title and source line', async ({ page }) => {
  await open(page, '#/requests');
  const src = `${page.url().split('#')[0]}#/requests?form=2021&embed=1&chart=requests-new_received`;
  await page.setContent(`<!doctype html><meta charset="utf-8"><p>文章正文</p><iframe src="${src}" width="640" height="480" style="border:1px solid #ccc" title="chart"></iframe>`);
  const frame = page.frameLocator('iframe');
  const panel = frame.locator('[data-panel="requests-new_received"]');
  await expect(panel.locator('h2')).toHaveText('本年新收申请（按申请人）');
  await expect(panel.locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(panel.locator('.source-line')).toContainText(`数据：政府信息公开工作年度报告数据集 v${VERSION}, CC BY 4.0`);
  await expect(panel.locator('.source-line a')).toHaveAttribute('href', /#\/requests\?form=2021$/);
  // Alone: no menu, no filters, no footer; the view's other chart is not shown.
  await expect(frame.locator('nav, form.filters, footer')).toHaveCount(0);
  await expect(frame.locator('[data-panel="requests-carried_over"]')).toBeHidden();
  await expect(frame.locator('canvas:visible')).toHaveCount(1);
  // Sized to the frame: the chart fills what the title and source line leave.
  const box = (await panel.locator('.chart').boundingBox())!;
  const iframe = (await page.locator('iframe').boundingBox())!;
  expect(box.width).toBeGreaterThan(560);
  expect(box.height).toBeGreaterThan(250);
  expect(box.y + box.height).toBeLessThanOrEqual(iframe.y + iframe.height);
  await expect(panel).toContainText('筛选：表式 2021 年表式');
  await page.screenshot({ path: 'test-results/exports-embed.png' });
  // A chart the view does not have is said so.
  await page.setContent(`<iframe src="${src.replace('requests-new_received', 'nope')}" width="640" height="200"></iframe>`);
  await expect(page.frameLocator('iframe').locator('.embed-missing')).toHaveText('此页面没有这个图表。');
  // A chart taller than its frame keeps the height its bars need (every label drawn) and the frame scrolls.
  await page.setContent(`<iframe src="${src.replace('form=2021&', '')}" width="640" height="300"></iframe>`);
  const tall = page.frameLocator('iframe').locator('[data-panel="requests-new_received"] .chart');
  await expect(tall.locator('canvas')).toBeVisible({ timeout: 30_000 });
  expect((await tall.boundingBox())!.height).toBeGreaterThan(300);
});

test('each chart has its values as a table: 武昌区民政局 2020’s 2 natural persons and its blanks', async ({ page }) => {
  await open(page, '#/requests');
  const table = page.locator('[data-panel="requests-new_received"] [data-testid="chart-table"]');
  await table.locator('summary').click();
  const row = table.locator('tbody tr', { hasText: '武昌区民政局 2020' });
  await expect(row.locator('td').first()).toHaveText('2');
  // Its other applicants are blank: no bar, and no number in the table.
  await expect(row.locator('td').nth(1)).toHaveText('—');
  for (const view of ['overview', 'requests', 'outcomes', 'procurement', 'actions', 'appeals', 'trends']) {
    await open(page, `#/${view}`);
    await expect(page.locator('[data-panel] canvas').first()).toBeVisible();
    // Every panel that draws a chart (its .chart box) has its table, counted together (charts arrive one by one).
    await expect.poll(() => page.evaluate(() => {
      const panels = [...document.querySelectorAll('[data-panel]')].filter((p) => p.querySelector('.chart'));
      return panels.filter((p) => !p.querySelector('[data-testid="chart-table"]')).map((p) => p.getAttribute('data-panel'));
    }), { message: view }).toEqual([]);
    expect(await page.locator('[data-panel] .chart').count(), view).toBeGreaterThan(0);
  }
});
