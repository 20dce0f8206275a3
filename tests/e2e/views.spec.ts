/** Every view, in Debian's Chromium, against the built site and the real dataset. */
import { readFileSync } from 'node:fs';
import { csvOf, expect, open, rewriteData, settle, test, tooltipHtml, withCopies, withoutSnapshot, PUBLISHED_REPORTS } from './fixtures';

test('overview: coverage, totals per scope, dataset downloads', async ({ page }) => {
  await open(page, '#/overview');
  // 20 reports: the five of data/raw, the three PDFs and the twelve 平潭 reports; ten agencies (平潭综合实验区's
  // 2014 report names its 管委会, a body of its own); 平潭 2011 to 淮安 2024.
  expect(PUBLISHED_REPORTS).toBe(20);
  await expect(page.locator('[data-stat="reports"]')).toHaveText('20');
  await expect(page.locator('[data-stat="agencies"]')).toHaveText('10');
  await expect(page.locator('[data-stat="provinces"]')).toHaveText('6');
  await expect(page.locator('[data-stat="years"]')).toHaveText('2011–2024');
  const totals = await csvOf(page, 'overview-totals');
  expect(totals.startsWith('\ufeff')).toBe(true);
  expect(totals).toContain('jurisdiction,4,3140');
  await expect(page.locator('a.file')).toHaveCount(7);
  await page.screenshot({ path: 'test-results/overview.png', fullPage: true });
});

test('overview: a district government’s whole-area report is not added to its city’s of the same year', async ({ page }) => {
  // 洪泽区's 2023 report (21 new requests) copied as a 2024 report, the year 淮安市 reports for the whole city.
  const copy = { 'reports.csv': (l: string) => l.replace(',jurisdiction,2023,', ',jurisdiction,2024,'), 'facts.csv': (l: string) => l.replace(/^(94a211353fb0,[^,]*,[^,]*,)2023,2023,/, '$12024,2024,') };
  for (const [file, shift] of Object.entries(copy)) {
    await rewriteData(page, file, (text) => withCopies(text, '94a211353fb0', (l) => [shift(l).replace(/^94a211353fb0/, '00000000000c')]));
  }
  await withoutSnapshot(page);
  await open(page, '#/overview');
  await expect(page.getByTestId('not-added')).toContainText('有 1 份全辖区报告');
  expect(await csvOf(page, 'overview-totals')).toMatch(/^jurisdiction,5,3140,.*,1,[^,]*$/m);
});

test('requests: 武昌区民政局 has 2 new requests from natural persons, and the CSV holds the chart’s rows', async ({ page }) => {
  await open(page, '#/requests');
  const csv = await csvOf(page, 'requests-new_received');
  const lines = csv.replace('\ufeff', '').trim().split(/\r\n/);
  // Each value column is followed by its status (docs/views.md): numbers stay numbers, a blank is empty and says so.
  expect(lines[0]).toBe('agency,agency_id,year,scope,natural_person,natural_person_status,commercial,commercial_status,research,research_status,social_welfare,social_welfare_status,legal_service,legal_service_status,other_org,other_org_status,failed_checks');
  expect(lines).toContain('武昌区民政局,420106-民政局,2020,body,2,,,blank,,blank,,blank,,blank,,blank,');
  expect(lines).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,3001,,53,,0,,0,,61,,4,,');
  await expect(page.locator('[data-panel="requests-new_received"] canvas')).toBeVisible();
});

test('procurement: 吴忠市民政局 10 items and 773.5 万元; a missing unit is noted, not summed', async ({ page }) => {
  await open(page, '#/procurement');
  expect(await csvOf(page, 'procurement-items')).toContain('吴忠市民政局,640300-民政局,2020,body,10');
  const amounts = await csvOf(page, 'procurement-amount');
  expect(amounts).toContain('吴忠市民政局,640300-民政局,2020,body,773.5');
  // 003's `56700 has no unit: the chart leaves it out, and the chart's rows say so.
  expect(amounts).toMatch(/下城区民政局,[^,]+,2020,body,,unit_missing:56700,/);
  await expect(page.locator('[data-panel="procurement-amount"] [role="note"]')).toContainText('下城区民政局 2020');
});

test('outcomes, actions and appeals show their charts; shares toggle', async ({ page }) => {
  await open(page, '#/outcomes');
  // The six groups, each the sum of its rows (淮安市 2024: 8 withholding reasons make 178, （六）'s three rows 187).
  expect(await csvOf(page, 'outcomes-all')).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,1362,,454,,178,,781,,88,,187,');
  expect(await csvOf(page, 'outcomes-withheld')).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,2,,31,,5,,6,,8,,12,,9,,105,');
  await page.getByLabel('占比').check();
  await settle(page);
  await expect(page.locator('[data-panel="outcomes-all"] canvas')).toBeVisible();
  expect(page.url()).toContain('shares=1');
  // Shares of each report's own total: 淮安市 2024's 8 withholding reasons make 100 %.
  expect(await tooltipHtml(page, 'outcomes-withheld', '淮安市人民政府')).toMatch(/不予公开·国家秘密: 1\.1%/);
  await open(page, '#/actions');
  expect(await csvOf(page, 'actions-decisions')).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,447228,,3985758,,88283,');
  await open(page, '#/appeals');
  expect(await csvOf(page, 'appeals-admin_review')).toContain('淮安市人民政府,320800-人民政府,2024,jurisdiction,72,,64,,178,,37,');
});

test('trends: 浑江区民政局 2013–2017 and the two 洪泽区 years show out of the box', async ({ page }) => {
  await open(page, '#/trends');
  const csv = await csvOf(page, 'trends');
  for (const [year, value] of [[2013, 83], [2014, 83], [2015, 72], [2016, 90], [2017, 66]]) expect(csv).toContain(`浑江区民政局,220602-民政局,${year},${value},table`);
  expect(csv).toContain('320813-人民政府,2023,1136,narrative');
  expect(csv).toContain('320813-人民政府,2024,2428,narrative');
  // The chart says where a value came from when it is not a table.
  expect(await tooltipHtml(page, 'trends', '2,428')).toContain('2,428 条 (正文陈述)');
  // Any key of the form, and the shared filters: new requests from natural persons, Jiangsu only.
  await page.getByTestId('metric').selectOption('applications.new_received.natural_person');
  await page.locator('select[name="provinces"]').selectOption('江苏省');
  await settle(page);
  const natural = await csvOf(page, 'trends');
  expect(natural).toContain('320813-人民政府,2023,21,table');
  expect(natural).toContain('320813-人民政府,2024,95,table');
  expect(natural).not.toContain('浑江区');
  await page.reload();
  await settle(page);
  await expect(page.getByTestId('metric')).toHaveValue('applications.new_received.natural_person');
  await page.screenshot({ path: 'test-results/trends.png', fullPage: true });
});

test('compare: side by side in the form’s order, differences marked, blanks not zero', async ({ page }) => {
  await open(page, '#/compare?agencies=640300-民政局,420106-民政局');
  const table = page.locator('table.compare');
  await expect(table.locator('thead th')).toHaveCount(3);
  const row = table.locator('tbody tr', { hasText: '本年新收申请' });
  // Marked: its text says no request came (figure-marks.spec.ts reads the mark).
  await expect(row.locator('td').nth(1)).toHaveText('2 ⚠');
  await expect(row.locator('td').nth(1)).toHaveClass(/diff/);
  await expect(table.locator('tbody tr', { hasText: '上年结转' }).locator('td').nth(1)).toHaveText('空白');
  // Any applicant column of table 三, kept in the link; a row the older form lacks is shown as absent, not 0.
  await open(page, '#/compare?agencies=640300-民政局,320800-人民政府');
  await page.getByTestId('applicant').selectOption('legal_service');
  await settle(page);
  expect(decodeURIComponent(page.url())).toContain('applicant=legal_service');
  await expect(table.locator('tbody tr', { hasText: '本年新收申请' }).locator('td')).toHaveText(['0', '61']);
  const fees = table.locator('tbody tr', { hasText: '行政事业性收费' });
  await expect(fees.locator('td').first()).toHaveText('—');
  await expect(fees.locator('td').first()).toHaveAttribute('title', '该报告的表式没有此行');
});

test('agency report: the official layout, a number’s source line and citation, failed checks beside totals', async ({ page }) => {
  await open(page, '#/agency?report=76270e66a3a2');
  await page.locator('[data-key="active.procurement.amount_10k_yuan"] button').click();
  await expect(page.getByTestId('source-raw')).toHaveText('773.5 万元');
  await expect(page.locator('.source pre.context')).toContainText('政府集中采购 ⇥ 10 ⇥ 773.5 万元');
  await expect(page.getByTestId('citation')).toHaveValue(/吴忠市民政局，2020年，政府集中采购 · 金额（万元）：773.5 万元（来源：001_7016eb35578ea529.txt 第61行；数据集版本 [0-9a-f]{12}）/);
  // 000: blank cells are shown as blank; 002's unreadable row as unreadable (before its correction, origin shown).
  await open(page, '#/agency?report=3f3beb166f7e');
  // Another report closes the source: 吴忠's number must not be cited under 武昌区's name.
  await expect(page.getByTestId('source-viewer')).toHaveCount(0);
  await expect(page.locator('[data-key="applications.new_received.commercial"]')).toHaveText('空白');
  await expect(page.locator('[data-key="applications.new_received.natural_person"]')).toHaveText('2');
  // 洪泽区 2023 prints 行政复议 total 0 under 10 + 1: shown as printed with the failed check beside it.
  await open(page, '#/agency?report=94a211353fb0');
  // The picker holds the agency's own years (the search box reaches other agencies).
  await expect(page.getByTestId('report-picker').locator('option')).toHaveText(['洪泽区人民政府 2023', '淮安市洪泽区人民政府 2024']);
  const total = page.locator('[data-key="review_litigation.admin_review.total"]');
  await expect(total.locator('button')).toHaveText('0');
  await expect(total.locator('.warn')).toHaveAttribute('title', '行政复议：总计印为 0，各项结果之和为 11');
  // Failed checks are listed; the rest fold away under a count.
  await expect(page.locator('[data-panel="agency-checks"] > .table-scroll tbody tr')).toHaveCount(2);
  // 40 checks in all: its prose 受理…21件 is no longer filed as 本年新收, so no prose-against-table check.
  await expect(page.getByTestId('other-checks').locator('summary')).toHaveText('其余 38 项（相符或无法核对）');
  await page.screenshot({ path: 'test-results/agency.png', fullPage: true });
});

test('data quality lists failed checks and flags', async ({ page }) => {
  await open(page, '#/quality');
  await expect(page.locator('[data-panel="quality-checks"] tbody tr')).toHaveCount(6);
  await expect(page.locator('[data-panel="quality-checks"] tbody tr').first()).toContainText('不符');
  // Flags by name in the page's language (unit_missing: 未注明单位).
  await expect(page.locator('[data-panel="quality-flags"]')).toContainText('未注明单位');
  // Picking a flag lists its numbers, and the link keeps the choice.
  await page.locator('[data-panel="quality-flags"] button', { hasText: '未注明单位' }).click();
  await settle(page);
  const flagged = page.locator('[data-panel="quality-flagged"] tbody tr');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText('下城区民政局');
  await expect(flagged).toContainText('56,700');
  await page.getByLabel('相符').check();
  await settle(page);
  expect(decodeURIComponent(page.url())).toMatch(/checks=fail,pass.*flag=unit_missing/);
  await page.reload();
  await settle(page);
  await expect(page.locator('[data-panel="quality-flagged"] tbody tr')).toHaveCount(1);
  await expect(page.getByLabel('相符')).toBeChecked();
});

test('SQL: read-only queries run and export; anything else gets a message', async ({ page }) => {
  await open(page, '#/sql');
  await page.getByLabel('SQL').fill("SELECT agency, procurement_items, procurement_10k_yuan FROM report_wide WHERE agency = '吴忠市民政局'");
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-count')).toContainText('1 行');
  await expect(page.locator('main table')).toContainText('773.5');
  // Ctrl+Enter runs too.
  await page.getByLabel('SQL').fill('SELECT count(*) AS n FROM facts_preferred');
  await page.getByLabel('SQL').press('Control+Enter');
  await expect(page.locator('main table th')).toHaveText(['n']);
  await page.getByLabel('SQL').fill("COPY reports TO 'x.csv'");
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-error')).toContainText('read-only');
  await page.getByLabel('SQL').fill("SELECT * FROM read_csv('https://example.com/x.csv')");
  await page.getByRole('button', { name: '运行' }).click();
  await expect(page.getByTestId('sql-error')).toBeVisible();
});

test('about defines every key in Chinese and English', async ({ page }) => {
  await open(page, '#/about');
  await expect(page.locator('[data-panel="about-items"]')).toContainText('withheld_third_party');
  await expect(page.locator('[data-panel="about-items"]')).toContainText('不予公开·保护第三方合法权益');
  // Sources: every report's original file, served beside the dataset.
  const sources = page.locator('[data-panel="about-sources"] tbody tr');
  await expect(sources).toHaveCount(readFileSync('data/reports.csv', 'utf8').trim().split(/\r?\n/).length - 1);
  const href = await sources.filter({ hasText: '吴忠市民政局' }).locator('a').getAttribute('href');
  expect((await page.request.get(href!)).status()).toBe(200);
  // The form dictionary, read in the page with PapaParse: every key with its Chinese and English name.
  const dictionary = page.locator('[data-panel="about-dictionary"] tbody tr');
  await expect(dictionary).toHaveCount(readFileSync('data/dictionary/form-dictionary.csv', 'utf8').trim().split(/\r?\n/).length - 1);
  await expect(dictionary.filter({ hasText: 'active · procurement · amount_10k_yuan' })).toContainText('Central procurement · Amount (10k yuan)');
});
