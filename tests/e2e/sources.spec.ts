/**
 * Sources on the site: the About view lists each report's official address and which reports share their
 * text; the source viewer shows the cell's text, page and line, links a file only where this site serves
 * it, and otherwise says so and gives the official address, which the citation names too.
 */
import { expect, open, test } from './fixtures';

/** 平潭县人民政府 2011: a crawler dump kept in ../shared (not served), its `原文链接:` line read by hand. */
const PINGTAN_COUNTY_2011 = { report: '8375940ec251', url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120418_80716.htm' };

test('About names each report’s official address and the reports that share their text', async ({ page }) => {
  await open(page, '#/about');
  const sources = page.locator('[data-panel="about-sources"]');
  const county = sources.locator('tr', { hasText: 'pingtan_county_2011.txt' });
  await expect(county.getByRole('link', { name: PINGTAN_COUNTY_2011.url })).toHaveAttribute('href', PINGTAN_COUNTY_2011.url);
  await expect(county).toContainText('不在本网站上');
  // 平潭综合实验区 and 平潭县 published one text in 2011: each row names the other.
  await expect(county).toContainText('平潭综合实验区 2011');
  await expect(sources.locator('tr', { hasText: 'pingtan_2011.txt' })).toContainText('平潭县人民政府 2011');
  // A report in data/raw is linked to the file this site serves.
  const served = sources.locator('tr', { hasText: '004_2b3c48189698253f.txt' }).getByRole('link', { name: '004_2b3c48189698253f.txt' });
  expect((await page.request.get(new URL(await served.getAttribute('href') ?? '', page.url()).href)).ok()).toBe(true);
});

test('the source viewer of a PDF the site does not serve: page and line, no dead link, no address invented', async ({ page }) => {
  await open(page, '#/agency?report=94a211353fb0&lang=en');
  await page.locator('[data-key="applications.new_received.natural_person"] button').click();
  const viewer = page.getByTestId('source-viewer');
  // 洪泽区 2023, page 3: 本年新收 … 自然人 21 (read in hongze_district_2023.pdf).
  await expect(viewer.getByTestId('source-raw')).toHaveText('21');
  await expect(viewer.getByTestId('source-where')).toContainText('page 3, line 17');
  await expect(viewer.getByTestId('source-not-here')).toBeVisible();
  await expect(viewer.getByTestId('source-file-link')).toHaveCount(0);
  await expect(viewer.getByTestId('source-url')).toContainText('knows no web address');
  await expect(viewer.getByTestId('citation')).not.toHaveValue(/published at/);
});

test('the source viewer of a crawler dump kept elsewhere gives the official address, and the citation names it', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await open(page, `#/agency?report=${PINGTAN_COUNTY_2011.report}`);
  await expect(page.getByTestId('report-url')).toHaveAttribute('href', PINGTAN_COUNTY_2011.url);
  // 主动公开政府信息425条, line 10 of the dump: the prose figure (its 统计表 gives 425 too, in another row).
  await page.locator('[data-panel="agency-other"] tr', { hasText: '425' }).filter({ hasText: '正文陈述' }).getByRole('button').click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.getByTestId('source-raw')).toHaveText('主动公开政府信息425条');
  await expect(viewer.getByTestId('source-where')).toContainText('第 10 行');
  await expect(viewer.getByTestId('source-not-here')).toBeVisible();
  await expect(viewer.getByTestId('source-url').getByRole('link')).toHaveAttribute('href', PINGTAN_COUNTY_2011.url);
  await expect(viewer.getByTestId('citation')).toHaveValue(new RegExp(`原文网址：${PINGTAN_COUNTY_2011.url.replace(/[.?]/g, '\\$&')}`));
  expect(asked.filter((u) => u.includes('/data/raw/')), 'no request for a file the site does not serve').toEqual([]);
});

test('the source viewer of a report in data/raw shows its lines and no "not on this site"', async ({ page }) => {
  await open(page, '#/agency?report=76270e66a3a2');
  await page.locator('[data-key="active.procurement.amount_10k_yuan"] button').click();
  await expect(page.locator('.source pre.context')).toContainText('773.5 万元');
  await expect(page.getByTestId('source-not-here')).toHaveCount(0);
});
