/**
 * Sources on the site: the About view lists each report's official address and which reports share their
 * text; the source viewer shows the cell's text, page and line, links a file only where this site serves
 * it, and otherwise says so and gives the official address, which the citation names too.
 */
import { readFileSync } from 'node:fs';
import { HAVE_SHARED, SHARED_REPORTS, expect, keepHongze2024Pdf, open, serveWithout, settle, test } from './fixtures';

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

test('the source viewer of a PDF the site does not serve: its line from the dataset, the cell marked, no dead link, no address invented', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await open(page, '#/agency?report=94a211353fb0&lang=en');
  await page.locator('[data-key="applications.new_received.natural_person"] button').click();
  const viewer = page.getByTestId('source-viewer');
  // 洪泽区 2023, page 3 (read in hongze_district_2023.pdf with pdftotext -layout): the 本年新收 row, 自然人 21 and
  // 总计 21, between the header's last line and the 上年结转 row of zeros.
  await expect(viewer.getByTestId('source-raw')).toHaveText('21');
  await expect(viewer.getByTestId('source-where')).toContainText('page 3, line 17');
  const context = viewer.getByTestId('source-context');
  await expect(context.locator('[data-line]')).toHaveText([/^ {2}\s*16 {2}组织机构/, /^▶\s+17 {2}一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21/, /^ {2}\s*18 {2}二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0/]);
  // 21 stands twice on the row (自然人 and 总计): both are marked, and the viewer says so.
  await expect(context.locator('[data-line="17"] mark')).toHaveText(['21', '21']);
  await expect(viewer.getByTestId('source-context-note')).toContainText('lines.csv');
  await expect(viewer.getByTestId('source-context-note')).toContainText('stands 2 times');
  await expect(viewer.getByTestId('source-not-here')).toBeVisible();
  await expect(viewer.getByTestId('source-file-link')).toHaveCount(0);
  await expect(viewer.getByTestId('source-url')).toContainText('knows no web address');
  await expect(viewer.getByTestId('citation')).not.toHaveValue(/published at/);
  expect(asked.filter((u) => u.includes('/data/raw/')), 'no request for a file the site does not serve').toEqual([]);
  await viewer.screenshot({ path: 'test-results/source-viewer-pdf-en.png' });
});

test('the source viewer of a PDF prose figure follows its paragraph to the line that prints it (中文)', async ({ page }) => {
  await open(page, '#/agency?report=94a211353fb0');
  // 洪泽区 2023 p1: the paragraph （一）主动公开情况 starts on line 16; 主动公开政府信息 1136 条 is printed on line 18.
  await page.locator('[data-panel="agency-other"] tr', { hasText: '1,136' }).filter({ hasText: '正文陈述' }).getByRole('button').click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.getByTestId('source-where')).toContainText('第 1 页 第 16 行');
  const context = viewer.getByTestId('source-context');
  await expect(context.locator('[data-line="16"]')).toContainText('▶');
  await expect(context.locator('[data-line="18"]')).toContainText('府网站平台主动公开政府信息1136条。');
  await expect(context.locator('mark')).toHaveText(['主动公开政府信息1136条']);
  await expect(context.locator('[data-line="18"] mark')).toHaveCount(1);
  await expect(viewer.getByTestId('source-context-note')).toContainText('以上各行取自数据集');
  await viewer.screenshot({ path: 'test-results/source-viewer-pdf-zh.png' });
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
  // The body is one line of 2,738 characters: a window around the phrase, which stands there once.
  await expect(viewer.getByTestId('source-context').locator('[data-line="10"] mark')).toHaveText('主动公开政府信息425条');
  await expect(viewer.getByTestId('source-context-note')).toContainText('此行共 2,738 字');
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

test.describe('a PDF added in this browser', () => {
  // Reading a blob: address back needs `connect-src blob:`, which the site's policy does not grant: the
  // bytes are read around it here; the link itself is what a reader clicks.
  test.use({ bypassCSP: true });

  test('is kept with its bytes: the viewer shows its line and opens the PDF at the fact’s page; a report kept without them says so', async ({ page }) => {
    test.skip(!HAVE_SHARED, `${SHARED_REPORTS} is absent: the PDF comes from there`);
    test.setTimeout(120_000);
    const HONGZE_2024 = '82ba40ade55a';
    // Served without 洪泽区 2024, so that adding its PDF adds something new.
    await serveWithout(page, HONGZE_2024);
    await open(page, '#/add');
    await keepHongze2024Pdf(page);

    await open(page, `#/agency?report=${HONGZE_2024}`);
    await page.locator('[data-key="applications.new_received.natural_person"] button').click();
    const viewer = page.getByTestId('source-viewer');
    // hongze_district_2024.pdf, page 3 (pdftotext -layout): 一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95.
    await expect(viewer.getByTestId('source-where')).toContainText('第 3 页 第 18 行');
    await expect(viewer.getByTestId('source-context').locator('[data-line="18"]')).toContainText('一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95');
    await expect(viewer.getByTestId('source-context').locator('[data-line="18"] mark')).toHaveText(['95', '95']);
    const link = viewer.getByTestId('source-file-link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^blob:.*#page=3$/);
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href.replace(/#.*$/, ''));
    expect(Buffer.from(bytes).equals(readFileSync(`${SHARED_REPORTS}/pdf/hongze_district_2024.pdf`))).toBe(true);
    await expect(viewer.getByTestId('source-not-kept')).toHaveCount(0);
    await viewer.screenshot({ path: 'test-results/source-viewer-local-pdf.png' });

    // A report kept before files were kept with it: the same record without them.
    await page.evaluate((id) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('gov-info-disclosure-local', 1);
      open.onsuccess = () => {
        const tx = open.result.transaction('reports', 'readwrite');
        const store = tx.objectStore('reports');
        const get = store.get(id);
        get.onsuccess = () => { const { source_pdf: _p, source_lines: _l, ...older } = get.result; store.put(older); };
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), HONGZE_2024);
    await page.reload();
    await settle(page);
    await page.locator('[data-key="applications.new_received.natural_person"] button').click();
    await expect(viewer.getByTestId('source-where')).toContainText('第 3 页 第 18 行');
    await expect(viewer.getByTestId('source-not-kept')).toContainText('未保存其原始文件');
    await expect(viewer.getByTestId('source-file-link')).toHaveCount(0);
    await expect(viewer.getByTestId('source-context')).toHaveCount(0);
  });
});
