/** The crawler text dump front end on the real 平潭 dumps (../shared/reports/corpus), read by hand. */
import { beforeEach, describe, expect, it } from 'vitest';
import { crawlerDumpDocument, looksLikeCrawlerDump } from './crawlerDump';
import { plainTextDocument } from './plainText';
import { HAVE_SHARED, sharedText } from '../__fixtures__/load';

const cellsOf = (doc: ReturnType<typeof crawlerDumpDocument>) => doc.rows.map((r) => r.cells.map((c) => c.text));

describe('crawler text dump (synthetic)', () => {
  it('keeps a glued negative change inside its run', () => {
    const dump = '标题: X\n==================== 正文 ====================\n第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可12-34其他对外管理服务事项1 -20';
    const rows = cellsOf(crawlerDumpDocument(dump));
    expect(rows).toContainEqual(['行政许可', '12-34']);
    expect(rows).toContainEqual(['其他对外管理服务事项', '1 -20']);
  });
});

describe.skipIf(!HAVE_SHARED)(`crawler text dumps${HAVE_SHARED ? '' : ' (skipped: ../shared/reports absent)'}`, () => {
  const text2021 = HAVE_SHARED ? sharedText('corpus/pingtan_2021.txt') : '';
  let doc2021 = {} as ReturnType<typeof crawlerDumpDocument>;
  beforeEach(() => { doc2021 = crawlerDumpDocument(text2021); });

  it('is sniffed from its header lines and 正文 rule; the other real text layouts are not', () => {
    expect(looksLikeCrawlerDump(text2021)).toBe(true);
    for (const name of ['000_fcfa8a30f4e105e4.txt', '001_7016eb35578ea529.txt', '002_8eaa2870e78a4cb1.txt', '003_cf5b7850cf226470.txt', '004_2b3c48189698253f.txt']) {
      expect(looksLikeCrawlerDump(sharedText(name))).toBe(false);
    }
  });

  it('keeps the crawler header lines verbatim, as their own lines with their file line numbers', () => {
    expect(doc2021.lines.slice(0, 3)).toEqual([
      { text: '标题: 平潭综合实验区2021年度政府信息公开工作年度报告', line: 1, page: null },
      { text: '发布时间: 2022-02-08 16:34', line: 2, page: null },
      { text: '文号: ', line: 3, page: null },
    ]);
    expect(doc2021.lines.find((l) => l.text.startsWith('原文链接:'))?.line).toBe(6);
    expect(doc2021.lines.some((l) => /={5}/.test(l.text))).toBe(false);
  });

  it('cuts the one-line body into sentences on line 10 and drops the page chrome', () => {
    const body = doc2021.lines.filter((l) => l.line === 10);
    expect(body.length).toBeGreaterThan(30);
    expect(body.map((l) => l.text)).toContain('本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。');
    expect(body.some((l) => /当前位置|QQ空间|-->|附件下载/.test(l.text))).toBe(false);
    expect(body[body.length - 1].text).toBe('六、其他需要报告的事项2021年，无收取信息处理费情况。');
  });

  it('cuts the flattened tables into header rows and [label, digit run] rows; an item number starts the next label', () => {
    const rows = cellsOf(doc2021);
    expect(rows).toContainEqual(['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(rows).toContainEqual(['规章', '000']);
    expect(rows).toContainEqual(['行政许可', '2293']);
    expect(rows).toContainEqual(['行政事业性收费', '24252.311082']);
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '640020470']);
    // A space inside a run is kept: it is a real cell boundary for the splitter.
    expect(rows).toContainEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '500000 5']);
    expect(rows).toContainEqual(['（三）不予公开1.属于国家秘密', '0000000']);
    expect(rows).toContainEqual(['2.其他法律行政法规禁止公开', '0000000']);
    expect(rows).toContainEqual(['（四）无法提供1.本机关不掌握相关政府信息', '220000325']);
    expect(rows).toContainEqual(['四、结转下年度继续办理', '1000001']);
    // Table 四: a header row holding 行政复议 as its own cell, then the value row with no label.
    const review = rows.findIndex((r) => r[0] === '四、政府信息公开行政复议、行政诉讼情况');
    expect(rows[review]).toContain('行政复议');
    expect(rows[review + 1]).toEqual(['10203120001200000']);
    expect(doc2021.rows.every((r) => r.line <= 10 && r.cells.every((c) => c.line === r.line))).toBe(true);
  });

  it('keeps spaces of 2019 runs and ends a table where a number is prose (`改进情况2019年`)', () => {
    const rows = cellsOf(crawlerDumpDocument(sharedText('corpus/pingtan_2019.txt')));
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '230 000023']);
    expect(rows).toContainEqual(['（七）总计', '23 0 00 0 023']);
    expect(rows).toContainEqual(['四、结转下年度继续办理', '0 0 00 00 0']);
    expect(rows).toContainEqual(['政府集中采购', '13575394432.52元']);
    expect(rows).toContainEqual(['000000000000000']);
    expect(rows).toContainEqual(['五、存在的主要问题及改进情况2019年，我区政府信息公开工作取得了明显进展，但仍存在一些不足和薄弱环节。']);
  });

  it('strips Word conditional comments from the text (pingtan_2016)', () => {
    const doc = crawlerDumpDocument(sharedText('corpus/pingtan_2016.txt'));
    expect(doc.lines.some((l) => /<!--|\[endif\]/.test(l.text))).toBe(false);
    expect(doc.lines.some((l) => l.text.includes('7、公共监管信息公开情况①环境信息公开情况。'))).toBe(true);
    // Read as plain text, the same file would keep the residue: the front end is what removes it.
    expect(plainTextDocument(sharedText('corpus/pingtan_2016.txt')).lines.some((l) => l.text.includes('<!--[if'))).toBe(true);
  });

  it('starts a line where the crawler joined two paragraphs with a space, never beside a digit', () => {
    const lines = crawlerDumpDocument(sharedText('corpus/pingtan_2019.txt')).lines.map((l) => l.text);
    expect(lines).toContain('平潭综合实验区2019年政府信息公开工作年度报告');
    expect(lines.some((l) => l.includes('聚焦新中国成立 70 周年平潭专场新闻发布会'))).toBe(true);
  });

  it('reads the pre-2019 统计表 headings (year column included) and keeps the signature date before it as a line', () => {
    const doc = crawlerDumpDocument(sharedText('corpus/pingtan_2012.txt'));
    expect(doc.lines.map((l) => l.text)).toContain('二○一三年一月二十日');
    const rows = cellsOf(doc);
    expect(rows).toContainEqual(['二○一三年一月二十日', '平潭综合实验区政府信息公开情况统计表', '指标名称', '计量单位', '2012年度', '历年累计']);
    expect(rows).toContainEqual(['主动公开信息数 条', '739 4359']);
    expect(rows).toContainEqual(['行政申诉、举报数 件', '0 0']);
    // Concatenated (pingtan_county_2013): `1.网站公开条171350172.政府公报公开条07`.
    const county = cellsOf(crawlerDumpDocument(sharedText('corpus/pingtan_county_2013.txt')));
    expect(county).toContainEqual(['其中：1.网站公开条', '17135017']);
    expect(county).toContainEqual(['2.政府公报公开条', '07']);
    expect(county).toContainEqual(['受理依申请公开信息总数条', '728']);
  });
});
