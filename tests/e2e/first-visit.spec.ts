/**
 * The first visit: the overview says what the site is and what the dataset covers (numbers computed, here
 * compared with the committed reports.csv), that it is a collection, and links to how reports were chosen
 * and how to add one; the page title follows the view; the menu shows every tab at 1366 px and keeps
 * the current one in view on a phone.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { VIEW_REGISTRY } from '../../src/app/views';
import { expect, open, test } from './fixtures';

function coverageOfCsv() {
  const { data } = Papa.parse<Record<string, string>>(readFileSync('data/reports.csv', 'utf8'), { header: true, skipEmptyLines: true });
  const years = data.map((r) => Number(r.report_year)).filter((y) => y > 0);
  return {
    reports: data.length,
    agencies: new Set(data.map((r) => r.agency_id)).size,
    provinces: new Set(data.map((r) => r.province).filter(Boolean)).size,
    years: `${Math.min(...years)}–${Math.max(...years)}`,
  };
}

test('the overview opens with what the dataset covers, computed, and where to read how it was chosen', async ({ page }) => {
  const want = coverageOfCsv();
  for (const lang of ['zh', 'en'] as const) {
    await open(page, lang === 'en' ? '#/overview?lang=en' : '#/overview');
    const intro = page.getByTestId('intro');
    for (const [key, value] of Object.entries(want)) await expect(intro.locator(`[data-intro="${key}"]`), key).toHaveText(String(value));
    await expect(intro).toContainText(lang === 'zh' ? '不是有代表性的抽样' : 'collected, not sampled');
    await expect(intro).toContainText(lang === 'zh' ? '2019 年前表式' : 'pre-2019 form');
  }
  await page.getByTestId('intro').getByRole('link', { name: 'Coverage' }).click();
  await expect(page).toHaveURL(/#\/coverage\?lang=en$/);
  await open(page, '#/overview');
  await page.getByTestId('intro').getByRole('link', { name: '添加报告' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'add');
});

test('the page title names the view, in the page language', async ({ page }) => {
  await open(page, '#/trends?lang=en');
  await expect(page).toHaveTitle('Trends · Government information disclosure reports');
  await page.locator('nav a', { hasText: 'Data quality' }).click();
  await expect(page).toHaveTitle(/^Data quality · /);
  await open(page, '#/compare');
  await expect(page).toHaveTitle('比较 · 政府信息公开年度报告比较');
});

test('the English menu shows every tab at 1366 px, and a phone keeps the current tab in view', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await open(page, '#/overview?lang=en');
  const tabs = page.locator('nav[aria-label="Views"] a');
  await expect(tabs).toHaveCount(VIEW_REGISTRY.length);
  for (const tab of await tabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/menu-en-1366.png' });
  await page.setViewportSize({ width: 390, height: 800 });
  for (const lang of ['zh', 'en']) {
    for (const { id } of VIEW_REGISTRY) {
      await open(page, `#/${id}${lang === 'en' ? '?lang=en' : ''}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.locator('nav a[aria-current="page"]'), `${lang} ${id}`).toBeInViewport({ ratio: 1 });
    }
  }
  await page.screenshot({ path: 'test-results/menu-en-390-about.png' });
});
