/** The crawler text dump front end on the real 平潭 dumps (../shared/reports/corpus), read by hand. */
import { beforeEach, describe, expect, it } from 'vitest';
import { crawlerDumpDocument, looksLikeCrawlerDump, stripResidue } from './crawlerDump';
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

describe('sniffing a crawler dump', () => {
  const RULE = '==================== 正文 ====================';
  const headers = (n: number) => Array.from({ length: n }, (_, i) => `字段${i}: 值`).join('\n');
  it.each([
    ['header lines then the rule', `标题: 某区2021年度报告\n发布时间: 2022-02-08\n${RULE}\n正文`, true],
    ['Windows line ends and a full-width colon', `标题：某区2021年度报告\r\n发布时间：2022-02-08\r\n${RULE}\r\n正文`, true],
    ['old Mac line ends', `标题: 某区2021年度报告\r${RULE}\r正文`, true],
    ['a rule with no spaces or short rules', '标题: 某区\n===正文===\n正文', true],
    ['a rule with spaces around it', '标题: 某区\n  == 正文 ==  \n正文', true],
    ['a 12-character field name', `一二三四五六七八九十一二: 值\n${RULE}`, true],
    ['a 13-character field name', `一二三四五六七八九十一二三: 值\n${RULE}`, false],
    ['a first line that is no field', `某区2021年度政府信息公开工作年度报告\n${RULE}`, false],
    ['the rule on the first line', `${RULE}\n标题: 某区`, false],
    ['no rule', '标题: 某区\n发布时间: 2022-02-08\n正文', false],
    ['正文 alone', '标题: 某区\n正文\n', false],
    ['a rule open on the right', '标题: 某区\n=== 正文\n', false],
    ['a rule with text after it', '标题: 某区\n=== 正文 === 附件\n', false],
    ['a rule with text before it', '标题: 某区\n附件 === 正文 ===\n', false],
    ['the rule on the 20th line', `${headers(19)}\n${RULE}`, true],
    ['the rule on the 21st line', `${headers(20)}\n${RULE}`, false],
    ['the rule after 4000 characters', `标题: ${'某'.repeat(4000)}\n${RULE}`, false],
  ])('%s: %s', (_, text, dump) => {
    expect(looksLikeCrawlerDump(text)).toBe(dump);
  });
});

describe('stripResidue', () => {
  it.each([
    ['主动公开<!--[if !supportLists]-->1.<!--[endif]-->信息', '主动公开1.信息'],
    ['主动公开<!--\n[if gte mso 9]\n-->信息', '主动公开信息'],
    ['当前位置：首页 > 信息公开 > 年报 分享到：QQ空间 相关链接： -->某区报告', ' 某区报告'],
    ['当前位置: 首页 相关链接:  某区报告', ' 某区报告'],
    ['当前位置：首页。相关链接：某区报告', '当前位置：首页。相关链接：某区报告'],
    ['无收取信息处理费情况。附件下载', '无收取信息处理费情况。 '],
    ['无收取信息处理费情况。打印本页  ', '无收取信息处理费情况。 '],
    ['无收取信息处理费情况。关闭窗口', '无收取信息处理费情况。 '],
    ['附件下载：年报.doc', '附件下载：年报.doc'],
  ])('%j → %j', (text, stripped) => {
    expect(stripResidue(text)).toBe(stripped);
  });
});

describe('the body of a dump (synthetic)', () => {
  const dump = (body: string) => crawlerDumpDocument(`标题: 某区2021年度报告 \n\n发布时间: 2022-02-08\n=== 正文 ===\n${body}`);

  it('keeps header lines verbatim with their line numbers, skips blank ones and the rule, reads Windows and old Mac line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const doc = crawlerDumpDocument(['标题: 某区2021年度报告 ', '  ', '发布时间: 2022-02-08', '=== 正文 ===', '本年度收到70件申请。'].join(eol));
      expect(doc.lines).toEqual([
        { text: '标题: 某区2021年度报告 ', line: 1, page: null },
        { text: '发布时间: 2022-02-08', line: 3, page: null },
        { text: '本年度收到70件申请。', line: 5, page: null },
      ]);
      expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual(doc.lines.map((l) => [l.text]));
      expect(doc.layout).toBe('crawler_dump');
    }
  });

  it('cuts sentences at 。！？ and paragraphs at a space between two Chinese characters, never beside a digit or a Latin word', () => {
    expect(dump('某区2021年度报告 根据《条例》编制。共收到70件申请！办结 69 件？附件 doc 下载').lines.slice(2).map((l) => l.text)).toEqual([
      '某区2021年度报告', '根据《条例》编制。', '共收到70件申请！', '办结 69 件？', '附件 doc 下载',
    ]);
  });

  const rows = (body: string) => dump(body).rows.slice(2).map((r) => [r.gluedCells ?? false, ...r.cells.map((c) => c.text)]);

  it('reads the fee heading whole, in full- or half-width brackets, and a glued 万元 stays in its run', () => {
    for (const heading of ['本年收费金额（单位：万元）', '本年收费金额(单位:万元)']) {
      expect(rows(`（八）收费信息内容${heading}行政事业性收费773.5万元`)).toEqual([
        [false, '（八）收费', '信息内容', heading], [true, '行政事业性收费', '773.5万元'],
      ]);
    }
  });

  it('reads headings written with a full-width slash or spaced out, the longest heading first', () => {
    expect(rows('信息内容上一年项目数量本年增／减处理决定数量行政许可2 -34')).toEqual([
      [false, '信息内容', '上一年项目数量', '本年增／减', '处理决定数量'], [true, '行政许可', '2 -34'],
    ]);
    expect(rows('指标名称 计量 单位 2012 年度 历年累计主动公开信息数 条739 4359')).toEqual([
      [false, '指标名称', '计量 单位', '2012 年度', '历年累计'], [true, '主动公开信息数 条', '739 4359'],
    ]);
    expect(rows('行政复议结果维持结果纠正其他结果尚未审结总计10203')).toEqual([
      [false, '行政复议', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], [true, '10203'],
    ]);
  });

  it('one heading in prose is no table', () => {
    expect(rows('其他需要报告的事项：无。')).toEqual([[false, '其他需要报告的事项：无。']]);
  });

  it('reads a leading minus, and item numbers with 、 or ．, dropping the spaces before them', () => {
    expect(rows('信息内容上一年项目数量本年增/减处理决定数量行政许可-3 5 2、其他0 0 3．其他1')).toEqual([
      [false, '信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [true, '行政许可', '-3 5'], [true, '2、其他', '0 0'], [true, '3．其他', '1'],
    ]);
  });

  const H = '信息内容上一年项目数量本年增/减处理决定数量';
  const HEADER = [false, '信息内容', '上一年项目数量', '本年增/减', '处理决定数量'];
  it.each([
    ['a one-character label between two runs', '行政许可1费2', [[true, '行政许可', '1'], [true, '费', '2']]],
    ['a decimal point between digits', '行政许可1.5', [[true, '行政许可', '1.5']]],
    ['a unit closes an amount: no decimal point after 元', '收费5元.3', [[true, '收费', '5元'], [true, '.', '3']]],
    ['a unit closes an amount: no minus after 元', '收费5元-3', [[true, '收费', '5元'], [true, '-3']]],
    ['a minus glued after a space', '行政许可1 -3', [[true, '行政许可', '1 -3']]],
    ['two spaces part two runs, with no blank label between them', '行政许可12  3', [[true, '行政许可', '12'], [true, '3']]],
  ])('where a digit run ends: %s', (_, body, expected) => {
    expect(rows(H + body)).toEqual([HEADER, ...expected]);
  });

  it('reads a table whose first heading is a year (no run inside the heading)', () => {
    expect(rows('2012年度历年累计主动公开信息数 条739 4359')).toEqual([
      [false, '2012年度', '历年累计'], [true, '主动公开信息数 条', '739 4359'],
    ]);
  });

  it('starts no empty line where a table opens a sentence, with or without a space before it', () => {
    for (const gap of ['', ' ']) {
      const doc = dump(`共收到5件申请。${gap}${H}行政许可12`);
      expect(doc.lines.slice(2).map((l) => l.text)).toEqual(['共收到5件申请。']);
      expect(doc.rows.slice(2).map((r) => r.cells.map((c) => c.text))).toEqual([['共收到5件申请。'], HEADER.slice(1), ['行政许可', '12']]);
    }
  });

  it('ends the table at a number followed by a counter and reads the rest as prose', () => {
    expect(rows('信息内容上一年项目数量本年增/减行政许可12收费5项。')).toEqual([
      [false, '信息内容', '上一年项目数量', '本年增/减'], [true, '行政许可', '12'], [false, '收费5项。'],
    ]);
  });
});
