/** Trends draws one series across the change of form (平潭 2011–2023) and says where and how the definition changed. */
import { csvOf, expect, open, test } from './fixtures';

const ZONE = encodeURIComponent('x-平潭综合实验区');

test('trends: 平潭’s requests 2011–2023 as one series, old table before 2019, the change of form marked', async ({ page }) => {
  await open(page, `#/trends?metric=requests_new&agencies=${ZONE}`);
  const rows = (await csvOf(page, 'trends')).replace('\ufeff', '').trim().split(/\r\n/);
  const byYear = Object.fromEntries(rows.slice(1).map((l) => l.split(',')).map((c) => [c[2], { value: c[3], form: c[6], key: c[7] }]));
  // 受理依申请公开信息总数 in the old 统计表 (2011 `条 0 0`, 2016 `条00`), 本年新收 from 2019 (2019 `230 000023`, 2021 `640020470`).
  expect(byYear['2011']).toEqual({ value: '0', form: 'pre2019', key: 'pre2019.requests_received.count' });
  expect(byYear['2016']).toEqual({ value: '0', form: 'pre2019', key: 'pre2019.requests_received.count' });
  expect(byYear['2019']).toEqual({ value: '23', form: '2019', key: 'applications.new_received.total' });
  expect(byYear['2021']).toEqual({ value: '70', form: '2021', key: 'applications.new_received.total' });
  await expect(page.getByTestId('form-change')).toContainText('2019 年以前的数值取自旧统计表（政府信息公开情况统计表（2019 年前）：受理依申请公开信息总数');
  await page.screenshot({ path: 'test-results/trends-long.png' });

  await open(page, `#/trends?metric=requests_new&agencies=${ZONE}&lang=en`);
  await expect(page.getByTestId('form-change')).toContainText('Before 2019 the values come from the old statistics table (');
});

test('trends: a series within one form has no form-change note', async ({ page }) => {
  await open(page, `#/trends?metric=requests_new&agencies=${encodeURIComponent('320813-人民政府')}`);
  expect(await csvOf(page, 'trends')).toContain('2023');
  await expect(page.getByTestId('form-change')).toHaveCount(0);
});
