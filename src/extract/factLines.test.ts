import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HAVE_SHARED, IF_SHARED, SHARED_REPORTS, factOf, sharedReport, sharedText } from './__fixtures__/load';
import { extractPdf } from './__fixtures__/engines';
import { LINE_COLUMNS, RUN_ON, WHOLE_LINE, WINDOW, factLines, linesCsv, occurrences, parseLinesCsv, textLines } from './factLines';

describe('occurrences', () => {
  it('finds a number only as a whole number, and a cell whose spaces differ from the line’s', () => {
    expect(occurrences('行政许可 100 0 10', '0')).toEqual([{ start: 9, end: 10 }]);
    expect(occurrences('行政事业性收费 7730.28', '7730')).toEqual([]);
    expect(occurrences('行政事业性收费 7730.28', '7730.28')).toEqual([{ start: 8, end: 15 }]);
    expect(occurrences('采购金额1756.58万元', '1756. 58 万元')).toEqual([{ start: 4, end: 13 }]);
    expect(occurrences('甲 21 0 21', '21')).toHaveLength(2);
    expect(occurrences('anything', '')).toEqual([]);
  });
});

describe('occurrences, near misses', () => {
  it.each([
    ['本年增/减 +13', '+13', [6]],
    ['（一）予以公开 5', '（一）予以公开', [0]],
    ['甲7730528', '7730.28', []],
    ['行政事业性收费 7730.28', '28', []],
    ['行政事业性收费 1.5', '1', []],
    ['行政许可 100', '10', []],
    ['2023年度', '年度', [4]],
    ['主动公开425条5次', '425条', [4]],
    ['主动公开 4 2 5 条', '425条', [5]],
  ])('%s: %s at %j', (text, raw, starts) => {
    expect(occurrences(text, raw).map((m) => m.start)).toEqual(starts);
  });
});

describe('factLines, edges', () => {
  const at = (line: number, text: string, page: number | null = null) => ({ page, line, text });

  it('keeps nothing for a fact with no line', () => {
    expect(factLines('r', [{ raw: '5', line: null, page: null }], [at(1, '行政许可 5')])).toEqual([]);
  });

  it('keeps a line of WHOLE_LINE characters whole; a longer one only as a window, and a long neighbour not at all', () => {
    const whole = `行政许可 5${'甲'.repeat(WHOLE_LINE - 6)}`;
    const long = `行政许可 5${'甲'.repeat(WHOLE_LINE - 5)}`;
    expect(whole.length).toBe(WHOLE_LINE);
    expect(factLines('r', [{ raw: '5', line: 1, page: null }], [at(1, whole)])).toEqual([
      { report_id: 'r', page: null, line: 1, start: 0, line_length: WHOLE_LINE, around: '', text: whole },
    ]);
    // The cell 5 stands at 5, less than WINDOW from the start: the window starts at the line's start.
    expect(factLines('r', [{ raw: '5', line: 1, page: null }], [at(1, long)])).toEqual([
      { report_id: 'r', page: null, line: 1, start: 0, line_length: WHOLE_LINE + 1, around: '5', text: long.slice(0, 6 + WINDOW) },
    ]);
    expect(factLines('r', [{ raw: '5', line: 2, page: null }], [at(1, long), at(2, '行政处罚 5'), at(3, long)]).map((r) => r.line)).toEqual([2]);
    expect(factLines('r', [{ raw: '7', line: 1, page: null }], [at(1, long)])).toEqual([]);
  });

  it('sorts by page, line and start, whatever the order of the facts', () => {
    const lines = [at(1, '甲 1', 2), at(5, '乙 2', 1), at(9, '丙 3', 1)];
    const rows = factLines('r', [{ raw: '1', line: 1, page: 2 }, { raw: '3', line: 9, page: 1 }, { raw: '2', line: 5, page: 1 }], lines);
    expect(rows.map((r) => [r.page, r.line])).toEqual([[1, 5], [1, 9], [2, 1]]);
  });

  it(`follows a phrase down RUN_ON lines below the neighbour, not one more, and not across a long or missing line`, () => {
    const filler = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => at(from + i, `第${from + i}行`));
    const fact = { raw: '主动公开88条', line: 1, page: null };
    const last = 2 + RUN_ON;
    expect(factLines('r', [fact], [...filler(1, last - 1), at(last, '主动公开88条')]).map((r) => r.line))
      .toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(factLines('r', [fact], [...filler(1, last), at(last + 1, '主动公开88条')]).map((r) => r.line)).toEqual([1, 2]);
    expect(factLines('r', [fact], [...filler(1, 3), at(4, '甲'.repeat(WHOLE_LINE + 1)), at(5, '主动公开88条')]).map((r) => r.line)).toEqual([1, 2]);
    expect(factLines('r', [fact], [...filler(1, 3), at(5, '主动公开88条')]).map((r) => r.line)).toEqual([1, 2]);
    expect(factLines('r', [{ ...fact, raw: ' ' }], [...filler(1, 3), at(4, ' ')]).map((r) => r.line)).toEqual([1, 2]);
  });
});

describe('factLines, which lines a fact is followed to', () => {
  const at = (line: number, text: string, page: number | null = null) => ({ page, line, text });
  const linesOf = (raw: string, line: number, lines: ReturnType<typeof at>[]) => factLines('r', [{ raw, line, page: null }], lines).map((r) => r.line);

  it('keeps the same line number of two pages apart', () => {
    const rows = factLines('r', [{ raw: '21', line: 17, page: 3 }, { raw: '5', line: 17, page: 4 }], [at(17, '本年新收 21', 3), at(17, '行政许可 5', 4)]);
    expect(rows.map((r) => [r.page, r.line, r.text])).toEqual([[3, 17, '本年新收 21'], [4, 17, '行政许可 5']]);
  });

  it('orders two windows of one long line by where they start', () => {
    const body = `${'甲'.repeat(400)}主动公开政府信息425条${'乙'.repeat(400)}收到申请70件${'丙'.repeat(400)}`;
    const rows = factLines('r', [{ raw: '收到申请70件', line: 10, page: null }, { raw: '主动公开政府信息425条', line: 10, page: null }], [at(10, body)]);
    expect(rows.map((r) => [r.around, r.start])).toEqual([['主动公开政府信息425条', 400 - WINDOW], ['收到申请70件', body.indexOf('收到申请70件') - WINDOW]]);
  });

  it.each([
    ['the phrase is on the line above', [at(1, '主动公开88条'), at(2, '第2行'), at(3, '第3行'), at(4, '第4行'), at(5, '主动公开88条')], 2, [1, 2, 3]],
    ['the phrase is on the line below', [at(1, '第1行'), at(2, '第2行'), at(3, '主动公开88条'), at(4, '第4行'), at(5, '主动公开88条')], 2, [1, 2, 3]],
    ['the phrase is on a neighbour of WHOLE_LINE characters', [at(1, '第1行'), at(2, `主动公开88条${'甲'.repeat(WHOLE_LINE - 7)}`), at(3, '第3行'), at(4, '主动公开88条')], 1, [1, 2]],
    ['the phrase is on a longer neighbour, not shown: followed below', [at(1, '第1行'), at(2, `主动公开88条${'甲'.repeat(WHOLE_LINE)}`), at(3, '第3行'), at(4, '主动公开88条')], 1, [1, 3, 4]],
    ['the fact’s line and neighbours are not shown: not followed', [at(1, `主动公开${'甲'.repeat(WHOLE_LINE)}`), at(3, '主动公开88条')], 1, []],
    ['a line of WHOLE_LINE characters below', [at(1, '第1行'), at(2, '第2行'), at(3, `${'甲'.repeat(WHOLE_LINE - 7)}主动公开88条`)], 1, [1, 2, 3]],
    ['the number starts a neighbour whose line above ends in a digit', [at(1, '收到申请1'), at(2, '36条'), at(3, '第3行'), at(4, '36条')], 1, [1, 2]],
    ['the number starts a line below whose line above ends in a digit', [at(1, '第1行'), at(2, '第2行'), at(3, '收到申请1'), at(4, '36条'), at(5, '36条')], 1, [1, 2, 3, 4]],
  ])('follows a phrase: %s', (_, lines, line, expected) => {
    const raw = lines.some((l) => l.text === '36条') ? '36条' : '主动公开88条';
    expect(linesOf(raw, line, lines)).toEqual(expected);
  });
});

describe('textLines', () => {
  it('numbers the lines of a text whatever its line ends', () => {
    expect(textLines('甲\r\n乙\r丙\n丁')).toEqual([at(1, '甲'), at(2, '乙'), at(3, '丙'), at(4, '丁')]);
    function at(line: number, text: string) { return { page: null, line, text }; }
  });
});

describe('parseLinesCsv, malformed rows', () => {
  it('reads a file with a byte-order mark and leaves out rows without an id or with a number that is not a whole count', () => {
    const head = LINE_COLUMNS.join(',');
    const csv = `\ufeff${head}\nr,3,2,0,1,,a\n,,2,0,1,,b\nr,,1.5,0,1,,c\nr,,2,-1,1,,d\nr,,2,0,x,,e\nr,0.5,2,0,1,,f\nr,,1e3,0,1,,g\n`;
    expect(parseLinesCsv(csv)).toEqual([{ report_id: 'r', page: 3, line: 2, start: 0, line_length: 1, around: '', text: 'a' }]);
    // Only a leading mark is the file's: one inside a line's text is that text's.
    expect(parseLinesCsv(`${head}\nr,,2,0,1,,\ufeffh\n`)).toEqual([{ report_id: 'r', page: null, line: 2, start: 0, line_length: 1, around: '', text: '\ufeffh' }]);
  });

  it('reads missing cells of a short row as empty, and a file without report ids as no rows', () => {
    expect(parseLinesCsv(`${LINE_COLUMNS.join(',')}\nr,,2,0,1\n`)).toEqual([{ report_id: 'r', page: null, line: 2, start: 0, line_length: 1, around: '', text: '' }]);
    expect(parseLinesCsv('page,line,start,line_length,around,text\n,2,0,1,,a\n')).toEqual([]);
  });

  it('writes one row a line, ended by a line feed only', () => {
    const rows = [{ report_id: 'r', page: 2, line: 5, start: 0, line_length: 4, around: '', text: '行政许可' }];
    expect(linesCsv(rows)).toBe(`${LINE_COLUMNS.join(',')}\nr,2,5,0,4,,行政许可\n`);
  });
});

describe('factLines', () => {
  const pdfLines = [
    { page: 3, line: 16, text: '组织机构' },
    { page: 3, line: 17, text: '一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21' },
    { page: 3, line: 18, text: '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0' },
    { page: 3, line: 40, text: '不相干' },
    { page: 4, line: 17, text: '另一页的第 17 行' },
  ];

  it('keeps the fact’s line and one neighbour each side, on the fact’s page only, once each', () => {
    const rows = factLines('r', [{ raw: '21', line: 17, page: 3 }, { raw: '0', line: 17, page: 3 }], pdfLines);
    expect(rows.map((r) => [r.page, r.line, r.text])).toEqual([[3, 16, '组织机构'], [3, 17, pdfLines[1].text], [3, 18, pdfLines[2].text]]);
    expect(rows.every((r) => r.start === 0 && r.line_length === r.text.length && r.around === '')).toBe(true);
  });

  it('follows a prose fact’s phrase from its paragraph’s first line down to where it is printed, and no further', () => {
    // 洪泽区 2023 p1: the paragraph starts on line 16, its 主动公开政府信息 1136 条 is printed on line 18.
    const lines = [
      { page: 1, line: 15, text: '健康发展。' },
      { page: 1, line: 16, text: '（一）主动公开情况。主要通过政府门户网站主动公开政府' },
      { page: 1, line: 17, text: '文件、项目审批、通知公告等各类政府信息。2023 年，我区在政' },
      { page: 1, line: 18, text: '府网站平台主动公开政府信息 1136 条。' },
      { page: 1, line: 19, text: '（二）依申请公开情况。' },
    ];
    expect(factLines('r', [{ raw: '主动公开政府信息1136条', line: 16, page: 1 }], lines).map((r) => r.line)).toEqual([15, 16, 17, 18]);
    expect(factLines('r', [{ raw: '不在此处的文字', line: 16, page: 1 }], lines).map((r) => r.line)).toEqual([15, 16, 17]);
  });

  it('keeps of a long line only a window around a cell text found once in it, named by that text', () => {
    const body = `${'甲'.repeat(400)}主动公开政府信息425条${'乙'.repeat(400)}表中 425 与 425`;
    const lines = [{ page: null, line: 9, text: '=== 正文 ===' }, { page: null, line: 10, text: body }];
    const rows = factLines('r', [{ raw: '主动公开政府信息425条', line: 10, page: null }, { raw: '425', line: 10, page: null }], lines);
    expect(rows).toHaveLength(2);
    const window = rows[1];
    expect(window).toMatchObject({ line: 10, start: 400 - WINDOW, line_length: body.length, around: '主动公开政府信息425条' });
    expect(window.text).toBe(body.slice(400 - WINDOW, 400 + '主动公开政府信息425条'.length + WINDOW));
    // `425` stands three times in the line: no window could say which one is the cell's.
    expect(rows.some((r) => r.around === '425')).toBe(false);
    expect(body.length).toBeGreaterThan(WHOLE_LINE);
  });

  it('reads back what it writes, quotes, commas and markup included', () => {
    const rows = [
      { report_id: 'r', page: 2, line: 5, start: 0, line_length: 24, around: '', text: '"引号", 逗号 <img src=x onerror=alert(1)>' },
      { report_id: 'r', page: null, line: 10, start: 3, line_length: 9000, around: '425', text: '…425…' },
    ];
    expect(parseLinesCsv(linesCsv(rows))).toEqual(rows);
    expect(parseLinesCsv('report_id,page,line,start,line_length,around,text\nr,x,1,0,1,,a\nr,,2,0,1,,b\n')).toEqual([
      { report_id: 'r', page: null, line: 2, start: 0, line_length: 1, around: '', text: 'b' },
    ]);
  });

  it.skipIf(!HAVE_SHARED)(`gives 洪泽区 2023’s 本年新收 row on page 3 as the PDF prints it${IF_SHARED}`, async () => {
    // Read in hongze_district_2023.pdf (pdftotext -layout, page 3): 一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21,
    // then 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0.
    const { report, facts, document } = await extractPdf(`${SHARED_REPORTS}/pdf/hongze_district_2023.pdf`);
    const fact = factOf(facts, 'applications', 'new_received', 'natural_person');
    expect([fact.page, fact.line, fact.raw]).toEqual([3, 17, '21']);
    const rows = factLines(report.report_id, [fact], document.sourceLines ?? []);
    expect(rows.find((r) => r.line === 17)?.text).toBe('一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21');
    expect(rows.find((r) => r.line === 18)?.text).toBe('二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0');
    expect(rows.map((r) => r.line)).toEqual([16, 17, 18]);
  });

  it.skipIf(!HAVE_SHARED)(`gives a window of 平潭县 2011’s one-line body around a stated figure${IF_SHARED}`, () => {
    const { report, facts, document } = sharedReport('corpus/pingtan_county_2011.txt');
    const body = sharedText('corpus/pingtan_county_2011.txt').split('\n')[9];
    const stated = factOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' });
    expect([stated.raw, stated.line]).toEqual(['主动公开政府信息425条', 10]);
    const rows = factLines(report.report_id, [stated, factOf(facts, 'active_volume', 'total', 'count')], document.sourceLines ?? []);
    const window = rows.find((r) => r.line === 10)!;
    expect(window.around).toBe('主动公开政府信息425条');
    expect(window.line_length).toBe(body.length);
    expect(window.text).toBe(body.slice(window.start, window.start + window.text.length));
    expect(window.text.indexOf('主动公开政府信息425条')).toBe(WINDOW);
    // The table's 425 is the same text three times over in the line: not placed.
    expect(rows.filter((r) => r.line === 10)).toHaveLength(1);
  });
});

describe('data/lines.csv', () => {
  const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const lines = parseLinesCsv(readFileSync('data/lines.csv', 'utf8'));
  const notServed = new Map(csv('sources.csv').filter((s) => !s.location.startsWith('data/raw/')).map((s) => [s.report_id, s.layout]));

  it('holds lines of reports whose file the site does not serve only, each row once', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => !notServed.has(l.report_id))).toEqual([]);
    const keys = lines.map((l) => `${l.report_id}|${l.page}|${l.line}|${l.start}|${l.around}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the line of every PDF fact with a line, whole, and the lines down to the fact’s raw text', () => {
    const missing: string[] = [];
    for (const f of csv('facts.csv')) {
      if (notServed.get(f.report_id) !== 'pdf' || !f.line) continue;
      const at = (line: number) => lines.find((l) => l.report_id === f.report_id && l.page === Number(f.page) && l.line === line);
      const own = at(Number(f.line));
      // A narrative phrase may run on to the next visual line; a wrapped label's row holds the value.
      // A prose fact points to its paragraph's first line: its phrase may be printed a few lines below.
      const shown = Array.from({ length: RUN_ON + 3 }, (_, i) => at(Number(f.line) - 1 + i)?.text ?? '').join('\n');
      if (!own || own.start !== 0 || own.text.length !== own.line_length || (f.raw && occurrences(shown, f.raw).length === 0)) {
        missing.push(`${f.report_id} p${f.page} l${f.line} ${f.raw}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
