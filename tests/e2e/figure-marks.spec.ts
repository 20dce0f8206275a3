/**
 * A number is never shown under a unit it does not have, and a figure whose check fails is marked, in
 * every view that shows it. Numbers read in the reports: 003 (下城区民政局 2020) prints its procurement
 * amount as `56700 with no unit; 洪泽区 2023 (hongze_district_2023.pdf, p. 4, table 四) prints 行政复议
 * 10 1 0 0 with total 0, and 复议后起诉 5 0 0 0 with total 0; 淮安市 2024 (p. 5) prints 行政复议 total 351
 * and lawsuits 26 + 20; 000 (武昌区民政局) states 无 new requests in its text while its table gives 2.
 */
import { csvOf, expect, open, serveWithout, test, tooltipHtml, withoutSnapshot } from './fixtures';
import type { Page } from '@playwright/test';

const XIACHENG = '330103-民政局';
const WUZHONG = '640300-民政局';
const HONGZE = '320813-人民政府';
const lines = (csv: string) => csv.replace('\ufeff', '').trim().split(/\r\n/);

/** Serve the dataset without 洪泽区's 2024 report, so that its 2023 report is the agency's latest. */
const withoutHongze2024 = (page: Page) => serveWithout(page, '82ba40ade55a');

test.describe('a value without a unit is never shown under one', () => {
  test('compare: 下城区民政局’s procurement 56,700 is shown as unit-less, in the table and the CSV, in both languages', async ({ page }) => {
    await open(page, `#/compare?agencies=${XIACHENG},${WUZHONG}`);
    const row = page.locator('table.compare tbody tr', { hasText: '政府集中采购 · 金额（万元）' });
    await expect(row.locator('td')).toHaveText(['56,700（未注明单位）', '773.5']);
    expect(lines(await csvOf(page, 'compare'))).toContain('active.procurement.amount_10k_yuan,政府集中采购 · 金额（万元）,,unit_missing:56700,773.5,,');
    await page.screenshot({ path: 'test-results/marks-compare-zh.png', fullPage: true });
    await open(page, `#/compare?agencies=${XIACHENG},${WUZHONG}&lang=en`);
    const en = page.locator('table.compare tbody tr', { hasText: 'Central procurement · Amount (10k yuan)' });
    await expect(en.locator('td')).toHaveText(['56,700 (unit not stated)', '773.5']);
    expect(lines(await csvOf(page, 'compare'))).toContain('active.procurement.amount_10k_yuan,Central procurement · Amount (10k yuan),,unit_missing:56700,773.5,,');
  });

  test('agency report: 003’s amount in the 金额（万元） column says it has no unit', async ({ page }) => {
    await open(page, '#/agency?report=56ae212d8fe5');
    const cell = page.locator('[data-key="active.procurement.amount_10k_yuan"]');
    await expect(cell.locator('button')).toHaveText('56,700（未注明单位）');
    await expect(page.locator('[data-key="active.procurement.items"] button')).toHaveText('45');
    // The citation a journalist copies does not put it under 万元 either.
    await cell.locator('button').click();
    await expect(page.getByTestId('citation')).toHaveValue(/^下城区民政局，2020年，政府集中采购 · 金额（万元）：56,700（未注明单位）（来源：003_cf5b7850cf226470\.txt 第88行；/);
    await page.screenshot({ path: 'test-results/marks-agency-unit.png', fullPage: true });
    await open(page, '#/agency?report=56ae212d8fe5&lang=en');
    await expect(cell.locator('button')).toHaveText('56,700 (unit not stated)');
  });

  test('procurement: the amount chart’s tooltip and CSV give 56700 as unit-less, never under 万元', async ({ page }) => {
    await open(page, '#/procurement');
    const csv = lines(await csvOf(page, 'procurement-amount'));
    expect(csv).toContain('下城区民政局,330103-民政局,2020,body,,unit_missing:56700,');
    expect(csv).toContain('吴忠市民政局,640300-民政局,2020,body,773.5,,');
    const tip = await tooltipHtml(page, 'procurement-amount', '下城区民政局');
    expect(tip).toContain('56,700（未注明单位）');
    await page.screenshot({ path: 'test-results/marks-procurement.png', fullPage: true });
  });

  test('overview: the body scope’s procurement sum leaves 56700 out (773.5 + 743.58) and says so', async ({ page }) => {
    await open(page, '#/overview');
    const body = page.locator('[data-panel="overview-totals"] tbody tr', { hasText: '本机关' });
    await expect(body.locator('td').nth(4)).toHaveText('1,517.08');
    // Five body reports: 000, 001, 003, 004 and 平潭综合实验区管委会 2014 (no procurement row in its pre-2019 table).
    expect(await csvOf(page, 'overview-totals')).toMatch(/^body,5,.*,1517\.08,/m);
    await expect(page.locator('[data-panel="overview-totals"]')).toContainText('采购金额不含未注明单位的数值');
  });

  test('trends: a unit-less amount is not drawn, and the chart says which report it left out', async ({ page }) => {
    await open(page, `#/trends?metric=procurement&agencies=${XIACHENG},${WUZHONG}`);
    expect(lines(await csvOf(page, 'trends'))).toEqual([
      'agency,agency_id,year,value,origin,report_id,form_version,key,failed_checks',
      '吴忠市民政局,640300-民政局,2020,773.5,table,76270e66a3a2,2019,active.procurement.amount_10k_yuan,',
    ]);
    await expect(page.getByTestId('unitless')).toHaveText('以下报告的金额未注明单位，未画入图中：下城区民政局 2020');
    await open(page, `#/trends?metric=procurement&agencies=${XIACHENG},${WUZHONG}&lang=en`);
    await expect(page.getByTestId('unitless')).toHaveText('These amounts have no unit in the source and are not drawn: 下城区民政局 2020');
  });

  test('data quality: the unit_missing list shows 56,700 as unit-less', async ({ page }) => {
    await open(page, '#/quality?flag=unit_missing');
    await expect(page.locator('[data-panel="quality-flagged"] tbody tr td').nth(3)).toHaveText('56,700（未注明单位）');
  });
});

test.describe('a figure whose check fails is marked, and every view shows the printed number', () => {
  test('overview: the whole-jurisdiction 行政复议 (351 + 洪泽区’s printed 0) and lawsuits (46 + 0) are marked with 洪泽区 2023’s checks', async ({ page }) => {
    await open(page, '#/overview');
    const row = page.locator('[data-panel="overview-totals"] tbody tr', { hasText: '全辖区' });
    await expect(row.locator('td').nth(5)).toHaveText('351 ⚠');
    await expect(row.locator('td').nth(6)).toHaveText('46 ⚠');
    const marks = page.locator('[data-panel="overview-totals"] [data-testid="check-marks"]');
    await expect(marks).toContainText('洪泽区人民政府 2023：行政复议：总计印为 0，各项结果之和为 11');
    await expect(marks).toContainText('；行政诉讼·复议后起诉：总计印为 0，各项结果之和为 5');
    // 000's table gives 2 new requests, its text 无: the body scope's 本年新收申请 is marked too.
    await expect(page.locator('[data-panel="overview-totals"] tbody tr', { hasText: '本机关' }).locator('td').nth(2)).toHaveText('2 ⚠');
    await expect(marks).toContainText('武昌区民政局 2020：本年新收申请：表格为 2，正文所述为 0');
    // Four whole-area reports: 淮安市 2024, 洪泽区 2023 and 平潭县人民政府 2011, 2013 (pre-2019: no 本年新收 row, so 3140 stays).
    expect(await csvOf(page, 'overview-totals')).toMatch(/^jurisdiction,4,3140,.*,0,洪泽区人民政府 2023：行政复议：总计印为 0，各项结果之和为 11；行政诉讼·复议后起诉：总计印为 0，各项结果之和为 5\r$/m);
    await page.screenshot({ path: 'test-results/marks-overview-zh.png', fullPage: true });
    await open(page, '#/overview?lang=en');
    await expect(marks).toContainText('洪泽区人民政府 2023: Administrative review: the total is printed as 0, its results add up to 11');
    await expect(marks).not.toContainText('总计');
    await page.screenshot({ path: 'test-results/marks-overview-en.png', fullPage: true });
  });

  test('overview without the build snapshot marks the same figures', async ({ page }) => {
    await withoutSnapshot(page);
    await open(page, '#/overview');
    await expect(page.locator('[data-panel="overview-totals"] tbody tr', { hasText: '全辖区' }).locator('td').nth(5)).toHaveText('351 ⚠');
  });

  test('appeals: 洪泽区 2023’s bars (10 + 1) are marked with the printed total 0', async ({ page }) => {
    await open(page, '#/appeals');
    // The CSV keeps the printed numbers and names the failed check in a column of its own.
    const csv = lines(await csvOf(page, 'appeals-admin_review'));
    expect(csv[0]).toBe('agency,agency_id,year,scope,upheld,upheld_status,corrected,corrected_status,other,other_status,pending,pending_status,failed_checks');
    expect(csv).toContain('洪泽区人民政府,320813-人民政府,2023,jurisdiction,10,,1,,0,,0,,行政复议：总计印为 0，各项结果之和为 11');
    expect(csv).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,72,,64,,178,,37,,');
    const marks = page.locator('[data-panel="appeals-admin_review"] [data-testid="check-marks"]');
    await expect(marks).toContainText('洪泽区人民政府 2023：行政复议：总计印为 0，各项结果之和为 11');
    await expect(page.locator('[data-panel="appeals-litigation_after_review"] [data-testid="check-marks"]')).toContainText('总计印为 0，各项结果之和为 5');
    // 淮安市's checks pass: nothing marked under 未经复议直接起诉.
    await expect(page.locator('[data-panel="appeals-litigation_direct"] [data-testid="check-marks"]')).toHaveCount(0);
    expect(await tooltipHtml(page, 'appeals-admin_review', '洪泽区人民政府 2023')).toContain('⚠ 行政复议：总计印为 0，各项结果之和为 11');
    await page.screenshot({ path: 'test-results/marks-appeals.png', fullPage: true });
  });

  test('trends: 洪泽区’s 2023 行政复议 point is the printed 0, marked', async ({ page }) => {
    await open(page, `#/trends?metric=admin_review&agencies=${HONGZE}`);
    const csv = lines(await csvOf(page, 'trends'));
    expect(csv).toContain('洪泽区人民政府,320813-人民政府,2023,0,table,94a211353fb0,2021,review_litigation.admin_review.total,行政复议：总计印为 0，各项结果之和为 11');
    expect(csv).toContain('淮安市洪泽区人民政府,320813-人民政府,2024,2,table,82ba40ade55a,2021,review_litigation.admin_review.total,');
    await expect(page.locator('[data-panel="trends"] [data-testid="check-marks"]')).toContainText('洪泽区人民政府 2023：行政复议：总计印为 0，各项结果之和为 11');
    expect(await tooltipHtml(page, 'trends', '2023')).toContain('⚠ 行政复议：总计印为 0，各项结果之和为 11');
    await page.screenshot({ path: 'test-results/marks-trends.png', fullPage: true });
  });

  test('compare: 武昌区’s 2 new requests are marked against its text', async ({ page }) => {
    await open(page, `#/compare?agencies=420106-民政局,${WUZHONG}`);
    const requests = page.locator('table.compare tbody tr', { hasText: '本年新收申请' }).locator('td').first();
    await expect(requests).toHaveText('2 ⚠');
    await expect(requests.locator('.warn')).toHaveAttribute('title', '本年新收申请：表格为 2，正文所述为 0');
  });

  test('compare: 洪泽区 2023 (its latest report once 2024’s is not served) shows the printed 0 under 行政复议, marked', async ({ page }) => {
    await withoutHongze2024(page);
    await open(page, `#/compare?agencies=${HONGZE},${WUZHONG}`);
    await expect(page.locator('table.compare thead th').nth(1)).toContainText('洪泽区人民政府 2023');
    const review = page.locator('table.compare tbody tr').filter({ has: page.locator('th', { hasText: /^行政复议$/ }) }).locator('td').first();
    await expect(review).toHaveText('0 ⚠');
    await expect(review.locator('.warn')).toHaveAttribute('title', '行政复议：总计印为 0，各项结果之和为 11');
    const upheld = page.locator('table.compare tbody tr').filter({ has: page.locator('th', { hasText: /^行政复议 · 结果维持$/ }) }).locator('td').first();
    await expect(upheld).toHaveText('10 ⚠');
    // The CSV keeps the number a number and says which check fails in a column of its own.
    const csv = lines(await csvOf(page, 'compare'));
    expect(csv[0]).toBe('key,row,洪泽区人民政府 2023,洪泽区人民政府 2023_status,吴忠市民政局 2020,吴忠市民政局 2020_status,failed_checks');
    expect(csv).toContain('review_litigation.admin_review.total,行政复议,0,,,blank,洪泽区人民政府 2023：行政复议：总计印为 0，各项结果之和为 11');
    await page.screenshot({ path: 'test-results/marks-compare-hongze.png', fullPage: true });
  });

  test('agency report: the failed check beside 洪泽区’s total says what it compared, in the page’s language', async ({ page }) => {
    await open(page, '#/agency?report=94a211353fb0');
    const total = page.locator('[data-key="review_litigation.admin_review.total"]');
    await expect(total.locator('button')).toHaveText('0');
    await expect(total.locator('.warn')).toHaveAttribute('title', '行政复议：总计印为 0，各项结果之和为 11');
    await expect(total.locator('.warn')).toHaveText('⚠');
    // Its citation carries the failed check.
    await total.locator('button').click();
    await expect(page.getByTestId('citation')).toHaveValue(/^洪泽区人民政府，2023年，行政复议 · 总计：0（⚠ 核对不符：行政复议：总计印为 0，各项结果之和为 11）（来源：hongze_district_2023\.pdf 第4页第22行；/);
    await open(page, '#/agency?report=94a211353fb0&lang=en');
    await expect(total.locator('.warn')).toHaveAttribute('title', 'Administrative review: the total is printed as 0, its results add up to 11');
    await page.screenshot({ path: 'test-results/marks-agency-en.png', fullPage: true });
  });
});
