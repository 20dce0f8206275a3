/**
 * Accessibility: axe-core (run inside the page, nothing downloaded) finds no serious or critical
 * violation on any view in either language, and focus goes back where it was when the source viewer closes.
 */
import AxeBuilder from '@axe-core/playwright';
import { VIEW_REGISTRY } from '../../src/app/views';
import { expect, open, test } from './fixtures';

/** Deep links that show each view with something in it, as language.spec.ts opens them. */
const STATES: Record<string, string> = {
  agency: 'report=94a211353fb0',
  compare: 'agencies=320813-人民政府,220602-民政局',
  trends: 'agencies=320813-人民政府,220602-民政局',
  quality: 'flag=unit_missing&checks=fail,pass,not_assessable',
};

for (const lang of ['zh', 'en'] as const) {
  test(`axe finds no serious or critical violation on any view in ${lang}`, async ({ page }) => {
    test.setTimeout(300_000);
    const found: string[] = [];
    for (const { id } of VIEW_REGISTRY) {
      const query = [STATES[id], lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
      await open(page, `#/${id}${query ? `?${query}` : ''}`);
      // The folded tables under the charts are checked open too.
      await page.locator('details:not([open]) > summary').evaluateAll((els) => els.forEach((s) => (s.parentElement as HTMLDetailsElement).open = true));
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        found.push(`${id}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('focus goes back to the number when its source viewer closes (button or Escape)', async ({ page }) => {
  await open(page, '#/agency?report=94a211353fb0');
  const cell = page.locator('[data-key="review_litigation.admin_review.total"] button');
  await cell.focus();
  await page.keyboard.press('Enter');
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toBeVisible();
  // Focus moved into the viewer, on its close button.
  await expect(viewer.locator('button.close')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewer).toHaveCount(0);
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(cell).toBeFocused();
});
