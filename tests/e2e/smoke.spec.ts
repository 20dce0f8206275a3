import { open, test, expect } from './fixtures';

test('overview loads with real numbers', async ({ page, foreignRequests, pageErrors }) => {
  await open(page, '#/overview');
  await expect(page.locator('[data-stat="reports"]')).toHaveText('8');
  await page.screenshot({ path: 'test-results/overview.png', fullPage: true });
  void foreignRequests;
  void pageErrors;
});
