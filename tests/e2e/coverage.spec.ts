/** The coverage view: provinces as tiles that filter, counts by level and form, agencies × years; both languages, on mobile. */
import { csvOf, expect, open, settle, test } from './fixtures';

test('coverage: tiles count reports per province and filter the views; the grid shows held and missing years', async ({ page }) => {
  await open(page, '#/coverage');
  const jiangsu = page.locator('[data-province="江苏省"]');
  // 淮安市人民政府 2024 and 洪泽区人民政府 2023, 2024: three reports from 江苏省.
  await expect(jiangsu).toHaveAccessibleName('江苏省：3 份报告');
  await expect(page.locator('[data-province="北京市"]')).toHaveAccessibleName('北京市：0 份报告');
  const hongze = page.locator('tr[data-agency="320813-人民政府"]');
  await expect(hongze.locator('td.held')).toHaveCount(2);
  await expect(hongze.locator('td[data-year="2023"] a')).toHaveAttribute('href', '#/agency?report=94a211353fb0');
  await expect(hongze.locator('td[data-year="2022"]')).toHaveClass('missing');
  // 2021 form: 淮安市 2024, 洪泽区 2023 and 2024, 平潭综合实验区 2021 and 2023 (three agencies).
  expect(await csvOf(page, 'coverage-by-form')).toMatch(/^2021,5,3$/m);
  // The twelve 平潭 reports are crawler dumps, the three PDFs PDF, the five data/raw reports text.
  const layouts = await csvOf(page, 'coverage-by-layout');
  expect(layouts).toMatch(/^crawler_dump,12,3$/m);
  expect(layouts).toMatch(/^text,5,5$/m);
  expect(layouts).toMatch(/^pdf,3,2$/m);
  // 平潭: the zone's ten reports and 平潭县人民政府's two; the 2014 report names the zone's 管委会, a body of its own.
  await expect(page.locator('[data-province="福建省"]')).toHaveAccessibleName('福建省：12 份报告');
  await expect(page.locator('[data-province="福建省"]')).toHaveClass(/dark/);

  await jiangsu.click();
  await settle(page);
  await expect(page).toHaveURL(/province=%E6%B1%9F%E8%8B%8F%E7%9C%81/);
  await expect(jiangsu).toHaveAttribute('aria-pressed', 'true');
  // Every other province keeps its count, so another can be picked; the tables follow the filter.
  await expect(page.locator('[data-province="湖北省"]')).toHaveAccessibleName('湖北省：2 份报告');
  await expect(page.locator('table.coverage-grid tbody tr')).toHaveCount(2);
  await page.getByRole('link', { name: '概览' }).click();
  await settle(page);
  await expect(page.locator('[data-stat="reports"]')).toHaveText('3');
});

test('coverage in English on a phone: names in English, tiles fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '#/coverage?lang=en');
  await expect(page.locator('[data-province="江苏省"]')).toHaveAccessibleName('Jiangsu: 3 reports');
  await expect(page.locator('[data-province="江苏省"] .tile-name')).toHaveText('JS');
  await expect(page.locator('[data-province="江苏省"]')).toHaveAttribute('title', 'Jiangsu');
  await expect(page.getByRole('heading', { name: 'Reports by province' })).toBeVisible();
  await expect(page.locator('[data-panel="coverage-by-form"]')).toContainText('2021 form');
  const tiles = await page.locator('.tiles').boundingBox();
  expect(tiles!.x + tiles!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/coverage-mobile-en.png', fullPage: true });
});
