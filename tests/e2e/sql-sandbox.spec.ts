/** The SQL view cannot reach outside the dataset, nor change it: every attempt gets a message. */
import { expect, open, settle, test } from './fixtures';

const REFUSED = /read-only/;
const DUCKDB_REFUSES = /Permission Error: .*disabled by configuration/;

test('statements that reach for the network, files, extensions, settings or the tables get a message, and the page keeps working', async ({ page }) => {
  test.setTimeout(120_000);
  // Anything but this site, the local port included (foreignRequests only sees other hosts).
  const site = new URL(test.info().project.use.baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(site) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
  await open(page, '#/sql');
  const sql = page.getByLabel('SQL');
  const run = async (statement: string) => {
    await sql.fill(statement);
    await page.getByRole('button', { name: '运行' }).click();
  };

  // The configuration is locked with external access off before any user statement.
  await run("SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked, current_setting('autoload_known_extensions') AS autoload");
  await expect(page.locator('main tbody tr')).toHaveText(['falsetruefalse']);

  for (const [statement, message] of [
    ['INSTALL httpfs', REFUSED],
    ['LOAD parquet', REFUSED],
    ["ATTACH 'http://127.0.0.1:1/x.db' AS x", REFUSED],
    ['SET enable_external_access = true', REFUSED],
    ["COPY facts TO 'x.csv'", REFUSED],
    ['EXPLAIN ANALYZE DROP TABLE checks', REFUSED],
    ["SELECT * FROM read_csv('http://127.0.0.1:1/x.csv')", DUCKDB_REFUSES],
    // With external access off, a quoted URL is not even tried as a file: it is an unknown table.
    ["FROM 'https://example.invalid/x.parquet'", /Catalog Error: Table with name https:\/\/example.invalid\/x.parquet does not exist/],
    ["SELECT * FROM read_text('x.csv')", DUCKDB_REFUSES],
    ['EXPLAIN ANALYZE WITH x AS (SELECT 1) DELETE FROM checks', /syntax error/],
  ] as const) {
    await run(statement);
    await expect(page.getByTestId('sql-error'), statement).toContainText(message);
    // The page keeps working: the next query runs.
    await run('SELECT count(*) AS n FROM facts');
    await expect(page.getByTestId('sql-count'), `after ${statement}`).toContainText('1 行');
  }
  // The tables are as they were: Data quality still lists its six failed checks.
  await open(page, '#/quality');
  await expect(page.locator('[data-panel="quality-checks"] tbody tr')).toHaveCount(6);
  await settle(page);
  expect(outside, 'requests outside this site').toEqual([]);
});
