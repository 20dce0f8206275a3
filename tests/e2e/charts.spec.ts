/**
 * Charts a newsroom can publish (issue 13, "Charts"): order, keyboard values, units, empty panels, colour,
 * shares with their n, Trends' search and names, Compare's years, the refusal rate. Numbers are the
 * published dataset's (data/facts.csv, read against the reports).
 */
import type { Page } from '@playwright/test';
import { csvOf, expect, open, settle, test, tooltipHtml } from './fixtures';

/** The chart's visible tooltip (ECharts' absolutely placed div), '' when none shows. */
async function shownTip(page: Page, panel: string): Promise<string> {
  return page.locator(`[data-panel="${panel}"] .chart`).evaluate(
    (el) => [...el.querySelectorAll('div')].find((d) => d.style.position === 'absolute' && d.style.display !== 'none' && d.style.opacity !== '0' && d.textContent)?.textContent ?? '',
  );
}

/** Focus a chart and step through its categories with the arrow key; the tooltip of the last one reached. */
async function keyTo(page: Page, panel: string, steps: number): Promise<string> {
  const chart = page.locator(`[data-panel="${panel}"] .chart`);
  await chart.focus();
  for (let i = 0; i < steps; i++) await chart.press('ArrowDown');
  await expect.poll(() => shownTip(page, panel)).not.toBe('');
  return shownTip(page, panel);
}

test('bars are sorted by value, the form order is a toggle kept in the link, and the keyboard reads each bar', async ({ page }) => {
  await open(page, '#/requests');
  // New requests (all applicants): 淮安市 2024 3,119, then 淮安市洪泽区 2024 95 before 洪泽区 2023's 21.
  expect(await keyTo(page, 'requests-new_received', 1)).toContain('淮安市人民政府 2024');
  const second = await keyTo(page, 'requests-new_received', 1);
  expect(second).toContain('淮安市洪泽区人民政府 2024');
  // Each value carries its unit.
  expect(second).toContain('自然人: 95 件');
  await page.getByLabel('按机构与年份').check();
  await settle(page);
  expect(page.url()).toContain('order=form');
  await page.reload();
  await settle(page);
  await expect(page.getByLabel('按机构与年份')).toBeChecked();
  // The dataset's order: by agency id (浑江区 220602 gives only a total, no applicant: an empty row), then year.
  expect(await keyTo(page, 'requests-new_received', 1)).toContain('浑江区民政局 2017');
  expect(await keyTo(page, 'requests-new_received', 2)).toContain('洪泽区人民政府 2023');
});

test('a number without a unit is never shown under one; amounts carry 万元', async ({ page }) => {
  test.slow(); // the mouse sweeps the chart for each tooltip
  await open(page, '#/procurement');
  // 吴忠市民政局 773.5 万元; 下城区民政局's `56700 (no unit) is said as such, never followed by 万元.
  expect(await tooltipHtml(page, 'procurement-amount', '吴忠市民政局')).toContain('773.5 万元');
  const unitless = await tooltipHtml(page, 'procurement-amount', '下城区民政局');
  expect(unitless).toContain('56,700（未注明单位）');
  expect(unitless).not.toMatch(/56,700[^<]*万元/);
});

test('an empty chart says what is missing instead of drawing a bare axis', async ({ page }) => {
  // 2021-form reports have no 上一年项目数量 (a 2019-form row): five reports, none with the table.
  await open(page, '#/actions?form=2021');
  const items = page.locator('[data-panel="actions-items"]');
  await expect(items.locator('canvas')).toHaveCount(0);
  await expect(items.getByTestId('empty-reason')).toHaveText('筛选出的 5 份报告都没有这张表的行。');
  // 武昌区民政局 2020 (湖北省's only 民政局) leaves every 不予公开 row blank.
  await open(page, '#/outcomes?province=湖北省&type=民政局');
  const withheld = page.locator('[data-panel="outcomes-withheld"]');
  await expect(withheld.locator('canvas')).toHaveCount(0);
  await expect(withheld.getByTestId('empty-reason')).toHaveText('筛选出的 1 份报告有这张表，但这些行全部空白或无法识别。');
  // No report at all in the filters.
  await open(page, '#/requests?year=2012&province=湖北省');
  await expect(page.locator('[data-panel="requests-new_received"]').getByTestId('empty-reason')).toHaveText('筛选条件下没有报告。');
});

test('eight refusal reasons: eight colours, no black, a legend that wraps with every name whole', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await open(page, '#/outcomes');
  const legend = page.locator('[data-panel="outcomes-withheld"] [data-testid="legend"] li');
  await expect(legend).toHaveCount(8);
  await expect(legend.nth(7)).toHaveText('不予公开·行政查询事项');
  const colours = await legend.locator('i').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(new Set(colours).size).toBe(8);
  expect(colours).not.toContain('rgb(0, 0, 0)');
  // Every name fits: none is cut off.
  for (const li of await legend.all()) expect(await li.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
  // No black in the drawn bars (淮安市 2024's 105 行政查询事项 was drawn in #000).
  const dark = await page.locator('[data-panel="outcomes-withheld"] canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && Math.max(d[i], d[i + 1], d[i + 2]) < 20) n++;
    return n;
  });
  expect(dark).toBe(0);
  await page.screenshot({ path: 'test-results/charts-outcomes-phone.png', fullPage: true });
});

test('shares show their n, and a share of fewer than 5 is marked', async ({ page }) => {
  test.slow();
  await open(page, '#/outcomes?shares=1');
  // 洪泽区 2023 withholds 3 requests (1 国家秘密, 1 过程性信息, 1 行政执法案卷): n = 3, marked.
  const tip = await tooltipHtml(page, 'outcomes-withheld', '洪泽区人民政府 2023');
  expect(tip).toContain('n = 3');
  expect(tip).toContain('n &lt; 5');
  expect(await tooltipHtml(page, 'outcomes-withheld', '淮安市人民政府 2024')).toContain('n = 178');
  await expect(page.locator('[data-panel="outcomes-withheld"]').getByTestId('small-n')).toContainText('洪泽区人民政府 2023');
});

test('trends: searching adds an agency to the defaults; 洪泽区 under two names is one line', async ({ page }) => {
  await open(page, '#/trends?metric=requests_new');
  const legend = page.locator('[data-panel="trends"] [data-testid="legend"] li');
  // 320813-人民政府 prints its name as 洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024): one agency_id, one line.
  await expect(legend.filter({ hasText: '洪泽区' })).toHaveCount(1);
  await expect(legend.filter({ hasText: '洪泽区' })).toHaveText('淮安市洪泽区人民政府（又名 洪泽区人民政府）');
  const before = await legend.count();
  await page.getByRole('searchbox').fill('武昌');
  await page.locator('.hits button', { hasText: '武昌区民政局' }).click();
  await settle(page);
  await expect(legend).toHaveCount(before + 1);
  const csv = await csvOf(page, 'trends');
  expect(csv).toContain('武昌区民政局,420106-民政局,2020,2,table');
  expect(csv).toContain('320813-人民政府,2024,95,table');
});

test('compare: a report year per agency (洪泽区 2023 against 2024), rows in words', async ({ page }) => {
  await open(page, '#/compare?agencies=320813-人民政府,320813-人民政府&at=2023,2024');
  const table = page.locator('table.compare');
  await expect(table.locator('thead th')).toHaveCount(3);
  await expect(table.locator('thead th').nth(1)).toContainText('洪泽区人民政府 2023');
  await expect(table.locator('thead th').nth(2)).toContainText('淮安市洪泽区人民政府 2024');
  await expect(table.locator('tbody tr', { hasText: '本年新收申请' }).first().locator('td')).toHaveText(['21', '95']);
  // The year is picked per column and kept in the link.
  await open(page, '#/compare?agencies=320813-人民政府,640300-民政局');
  await page.getByTestId('year-320813-人民政府').selectOption('2023');
  await settle(page);
  expect(decodeURIComponent(page.url())).toContain('at=2023');
  await expect(table.locator('thead th').nth(1)).toContainText('洪泽区人民政府 2023');
  // Row labels are words; the CSV names each row in words beside its key.
  for (const th of await table.locator('tbody th').allTextContents()) expect(th).not.toMatch(/[a-z_]{4,}/);
  const csv = await csvOf(page, 'compare');
  expect(csv.replace('\ufeff', '').split(/\r?\n/)[0]).toMatch(/^key,row,/);
  expect(csv).toContain('applications.new_received.total,本年新收申请,21,');
});

test('outcomes: a refusal rate per report (withheld ÷ handled) with its n and definition', async ({ page }) => {
  test.slow();
  await open(page, '#/outcomes');
  const panel = page.locator('[data-panel="outcomes-refusal"]');
  await expect(panel.getByTestId('refusal-definition')).toContainText('不予公开');
  // 淮安市 2024: 178 of 3,050 handled; 洪泽区 2023: 3 of 21; 武昌区 2020 is blank: no rate.
  const csv = await csvOf(page, 'outcomes-refusal');
  expect(csv).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,178,,3050,,5.84,,');
  expect(csv).toContain('洪泽区人民政府,320813-人民政府,2023,jurisdiction,3,,21,,14.29,,');
  expect(csv).toContain('武昌区民政局,420106-民政局,2020,body,,gaps,,gaps,,gaps,');
  expect(await tooltipHtml(page, 'outcomes-refusal', '淮安市人民政府 2024')).toContain('5.8%（178 / 3,050）');
});

test('scale: a whole-jurisdiction report is marked among single agencies, a log scale, and Trends indexed to the first year', async ({ page }) => {
  test.slow();
  await open(page, '#/requests');
  // reports.csv's scope says 淮安市人民政府 2024 covers the whole city: ▲ before its name, and the tooltip says so.
  const city = await keyTo(page, 'requests-new_received', 1);
  expect(city).toContain('▲ 淮安市人民政府 2024');
  expect(city).toContain('全辖区报告，含其所属各机关');
  await expect(page.locator('[data-panel="requests-new_received"]').getByTestId('jurisdiction-note')).toContainText('▲ 全辖区报告');
  // A log scale, kept in the link: a stacked chart draws each report's total (淮安市 2024: 3,119; 武昌区 2020: 2), 0 is said, not drawn.
  await page.getByLabel('对数').check();
  await settle(page);
  expect(page.url()).toContain('scale=log');
  await expect(page.locator('[data-panel="requests-new_received"]').getByTestId('log-note')).toContainText('只画合计');
  expect(await keyTo(page, 'requests-new_received', 1)).toContain('合计: 3,119 件');
  expect(await tooltipHtml(page, 'requests-new_received', '武昌区民政局 2020')).toContain('合计: 2 件');
  expect(await tooltipHtml(page, 'requests-new_received', '下城区民政局 2020')).toContain('合计: 0 件（对数刻度不画 0）');
  await open(page, '#/trends?metric=requests_new');
  await page.getByLabel('以首年为 100').check();
  await settle(page);
  expect(page.url()).toContain('index=1');
  // 洪泽区 21 (2023) → 95 (2024): 100 → 452.4.
  expect(await tooltipHtml(page, 'trends', '2024')).toMatch(/洪泽区[^<]*: 452\.4/);
});
