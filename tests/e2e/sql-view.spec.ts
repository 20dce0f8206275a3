/** The SQL view: a schema to write against, errors about the user's own statement, and links that run. */
import { expect, open, test, PUBLISHED_REPORTS } from './fixtures';

test('a schema panel lists the tables and views with their columns and one-line meanings', async ({ page }) => {
  await open(page, '#/sql');
  const schema = page.getByTestId('sql-schema');
  for (const table of ['reports', 'facts', 'checks', 'facts_shown', 'facts_preferred', 'chart_cells', 'key_coverage', 'flag_coverage', 'jurisdiction_nesting', 'report_wide', 'local_reports']) {
    await expect(schema.locator(`[data-table="${table}"]`), table).toHaveCount(1);
  }
  await expect(schema.locator('[data-table="checks"] summary')).toContainText('One row per consistency check');
  const facts = schema.locator('[data-table="facts"]');
  await facts.locator('summary').click();
  await expect(facts.locator('[data-column="value"]')).toContainText('The value in canonical units');
  await expect(facts.locator('[data-column="page"]')).toContainText('Page in a PDF.');
  const wide = schema.locator('[data-table="report_wide"]');
  await wide.locator('summary').click();
  await expect(wide.locator('[data-column="requests_new"]')).toHaveCount(1);
  await expect(wide.locator('[data-column="agency"]')).toContainText('Official name of the reporting body');
  await page.screenshot({ path: 'test-results/sql-schema.png', fullPage: true });
});

test('an error shows the user’s statement and DuckDB’s message, never the query that wraps it', async ({ page }) => {
  await open(page, '#/sql');
  await page.getByLabel('SQL').fill('SELECT agency,\n  nope\nFROM reports');
  await page.getByRole('button', { name: '运行' }).click();
  const error = page.getByTestId('sql-error');
  await expect(error).toContainText('Binder Error: Referenced column "nope" not found in FROM clause!');
  await expect(error).toContainText('第 2 行第 3 列');
  await expect(page.getByTestId('sql-error-statement')).toHaveText('SELECT agency,\n  nope\n  ▲\nFROM reports');
  await expect(error).not.toContainText('SELECT * FROM (');
  await expect(error).not.toContainText('LIMIT');
  await page.screenshot({ path: 'test-results/sql-error.png', fullPage: true });
});

test('a shared SQL link runs on open', async ({ page }) => {
  await open(page, `#/sql?sql=${encodeURIComponent('SELECT count(*)::INTEGER AS n FROM reports')}`);
  await expect(page.getByTestId('sql-count')).toContainText('1 行');
  await expect(page.locator('main tbody tr').last()).toHaveText(String(PUBLISHED_REPORTS));
});
