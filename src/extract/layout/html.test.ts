/**
 * HTML as word processors and CMS editors write it. Small inputs in the shapes Word's "save as web page" and
 * TRS_Editor produce (mso- styles, `<o:p>`, runs of `<span>`s, conditional comments, rowspan/colspan, `<br>`), each read to
 * what a browser shows; then two pages LibreOffice wrote from real reports (003 and 001), whose every fact must be
 * the fact of the text version, with values read in those reports.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractInputSync } from '../extractInput';
import type { Fact } from '../types';
import { extractFile, factOf, rawReport, valueOf, type Read } from '../__fixtures__/load';
import { htmlDocument, looksLikeHtml } from './html';

const FIXTURES = 'src/extract/__fixtures__';
/** A 2021-form page written for the layout tests; its 行政许可 row reads `<td colspan="3">1,234</td>`. */
const page2021 = readFileSync(`${FIXTURES}/html-2021.html`, 'utf8');
const LICENSING_CELL = '<td colspan="3">1,234</td>';

/** The page through the door, as the CLI and the browser read an uploaded file. */
function extractPage(html: string) {
  const result = extractInputSync({ name: 'page.html', bytes: strToU8(html) }, '0'.repeat(64));
  if (!result.ok) throw new Error(result.error);
  return result;
}
const withLicensingCell = (td: string) => {
  expect(page2021).toContain(LICENSING_CELL);
  return extractPage(page2021.replace(LICENSING_CELL, td));
};
const cellsOf = (html: string) => htmlDocument(html).rows.map((r) => r.cells.map((c) => (c.spanFiller ? '~' : c.text)));

describe('the page head', () => {
  it('becomes field lines before the body: title, ArticleTitle, ContentSource, SiteName, canonical; nothing else', () => {
    const page = `<html>\n<head>\n<title> 吴忠市民政局2020年政府信息公开工作年度报告_吴忠市人民政府 </title>
<meta name="ColumnName" content="政府信息公开年报"><meta name="PubDate" content="2021-01-20">
<meta name="sitename" content="吴忠市人民政府"><meta name="ContentSource" content="吴忠市民政局">
<meta name="ArticleTitle" content=""><link rel="stylesheet canonical" href="https://www.wuzhong.gov.cn/a.html">
</head>\n<body><svg><title>图标</title></svg><p>正文</p></body></html>`;
    expect(htmlDocument(page).lines).toEqual([
      { text: '标题: 吴忠市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', line: 3, page: null },
      { text: '网站名称: 吴忠市人民政府', line: 5, page: null },
      { text: '来源: 吴忠市民政局', line: 5, page: null },
      { text: '原文链接: https://www.wuzhong.gov.cn/a.html', line: 6, page: null },
      { text: '正文', line: 8, page: null },
    ]);
  });
});

describe('two numbers in one cell are never one number', () => {
  it('two paragraphs of a cell (10 and 20): the fact is unreadable with raw `10 20` and a flag, never 1020', () => {
    const { facts } = withLicensingCell('<td colspan="3"><p>10</p><p>20</p></td>');
    expect(factOf(facts, 'active', 'licensing', 'decisions')).toMatchObject({ status: 'unreadable', value: null, raw: '10 20', flags: ['not_a_number'] });
    expect(facts.some((f) => f.value === 1020)).toBe(false);
  });

  it('a line break inside a cell and the cells of a table nested in it do the same', () => {
    for (const td of ['<td colspan="3">10<br>20</td>', '<td colspan="3"><table><tr><td>10</td><td>20</td></tr></table></td>']) {
      const { facts } = withLicensingCell(td);
      expect(factOf(facts, 'active', 'licensing', 'decisions')).toMatchObject({ status: 'unreadable', value: null, raw: '10 20' });
      expect(facts.some((f) => f.value === 1020)).toBe(false);
    }
  });

  it('keeps paragraphs, divisions, line breaks and nested cells apart in the row', () => {
    expect(cellsOf(
      '<table><tr><td>行政许可</td><td><p>10</p><p>20</p></td><td><div>3</div><div>4</div></td><td>5<br/>6</td>' +
      '<td><table><tr><td>1</td><td>2</td></tr><tr><td>7</td></tr></table></td></tr></table>',
    )).toEqual([['行政许可', '10 20', '3 4', '5 6', '1 2 7']]);
  });
});

describe('a cell of digit pieces in any mix of inline and block markup', () => {
  /** Inline wrappers keep pieces in one run of text; block wrappers and `<br>` start a new line. */
  const INLINE = [(d: string) => `<span lang=EN-US>${d}</span>`, (d: string) => `<font face="宋体">${d}</font>`, (d: string) => `${d}<o:p></o:p>`, (d: string) => `<b>${d}</b>`];
  const BLOCK = [(d: string) => `<p class=MsoNormal>${d}</p>`, (d: string) => `<div>${d}</div>`, (d: string) => `<table><tr><td>${d}</td></tr></table>`];
  const piece = fc.record({ digits: fc.stringMatching(/^[1-9]\d{0,2}$/), block: fc.boolean(), br: fc.boolean(), wrap: fc.nat(3) });

  it('is one number only when no paragraph, line break or nested cell stands between its pieces; else unreadable with its lines as raw', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
        const markup = pieces.map((p, i) => {
          const wrapped = p.block ? BLOCK[p.wrap % BLOCK.length](p.digits) : INLINE[p.wrap % INLINE.length](p.digits);
          return (p.br && i > 0 ? '<br>' : '') + wrapped;
        }).join('');
        // The lines a browser shows: a block piece stands alone, `<br>` ends the line before it.
        const lines: string[] = [];
        pieces.forEach((p, i) => {
          const newLine = i === 0 || p.block || pieces[i - 1].block || p.br;
          if (newLine) lines.push(p.digits);
          else lines[lines.length - 1] += p.digits;
        });
        const fact = factOf(withLicensingCell(`<td colspan="3">${markup}</td>`).facts, 'active', 'licensing', 'decisions');
        if (lines.length === 1) expect(fact).toMatchObject({ status: 'reported', value: Number(lines[0]) });
        else expect(fact).toMatchObject({ status: 'unreadable', value: null, raw: lines.join(' '), flags: ['not_a_number'] });
      }),
      { numRuns: 100 },
    );
  });
});

describe('Word and TRS_Editor markup', () => {
  it('`<span>` runs of one paragraph are one run of text: 1 and 2 in two spans are 12 (read through the door)', () => {
    const { facts } = withLicensingCell(
      "<td colspan=3 valign=top style='width:99.2pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>\n" +
      "  <p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt;\n" +
      "  font-family:仿宋_GB2312'>1</span><span lang=EN-US style='font-size:10.5pt;mso-bidi-font-family:宋体'>2<o:p></o:p></span></p>\n  </td>",
    );
    expect(factOf(facts, 'active', 'licensing', 'decisions')).toMatchObject({ status: 'reported', value: 12, raw: '12' });
    // Runs nested in runs, as TRS_Editor keeps them after a paste from Word.
    expect(cellsOf("<table><tr><td><p><span style='font-size:12pt'><span lang=EN-US>1</span><font face=宋体>2<span>3</span></font></span>4</p></td></tr></table>"))
      .toEqual([['1234']]);
  });

  it('`&nbsp;`, `<o:p>&nbsp;</o:p>` and mso-spacerun spaces are blank; a label split over runs is one label', () => {
    expect(cellsOf(
      "<table><tr><td><p class=MsoNormal><span style='font-family:宋体'>行政</span><span style='mso-spacerun:yes'>&nbsp; </span>" +
      "<span style='font-family:宋体'>许可</span></p></td>" +
      "<td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td>&nbsp;</td><td>\u3000</td></tr></table>",
    )).toEqual([['行政 许可', '', '', '']]);
  });

  it('reads conditional comments as a browser does: list numbers between `<![if !supportLists]>` stay, `<xml>` blocks do not', () => {
    const doc = htmlDocument(
      '<html><head><!--[if gte mso 9]><xml><w:WordDocument><w:Zoom>999</w:Zoom></w:WordDocument></xml><![endif]--></head><body>' +
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='mso-list:Ignore'>" +
      "1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>主动公开信息88条</p>" +
      '<p><!--[if !supportLists]-->2.<!--[endif]-->依申请公开0件</p>' +
      '<table><tr><td><!--[if !supportLists]-->（一）<!--[endif]-->予以公开</td><td>3</td></tr></table></body></html>',
    );
    expect(doc.lines.map((l) => l.text)).toEqual(['1. 主动公开信息88条', '2.依申请公开0件']);
    expect(doc.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['（一）予以公开', '3']);
  });

  it('does not read text a cell hides (Word’s hidden text: display:none;mso-hide:all), but reads a page’s hidden block', () => {
    expect(htmlDocument('<div style="display:none" id="zoom"><p>主动公开信息88条</p></div>').lines.map((l) => l.text)).toEqual(['主动公开信息88条']);
    expect(cellsOf("<table><tr><td>行政处罚</td><td><span style='display:none;mso-hide:all'>9</span>5</td><td><span hidden>8</span>4</td></tr></table>"))
      .toEqual([['行政处罚', '5', '4']]);
  });

  it('expands Word’s unquoted rowspan/colspan header cells on the grid, so the value row keeps its columns', () => {
    expect(cellsOf(
      '<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>' +
      "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=120 colspan=2 rowspan=3 style='width:90pt'><p>（本列数据的勾稽关系为…）</p></td>" +
      '<td colspan=7><p>申请人情况</p></td></tr>' +
      '<tr><td rowspan=2><p>自然人</p></td><td colspan=5><p>法人或其他组织</p></td><td rowspan=2><p>总计</p></td></tr>' +
      '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>' +
      '<tr><td colspan=2>一、本年新收政府信息公开申请数量</td><td>7</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>9</td></tr></table>',
    )).toEqual([
      ['（本列数据的勾稽关系为…）', '~', '申请人情况', '~', '~', '~', '~', '~', '~'],
      ['~', '~', '自然人', '法人或其他组织', '~', '~', '~', '~', '总计'],
      ['~', '~', '~', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '~'],
      ['一、本年新收政府信息公开申请数量', '~', '7', '1', '0', '0', '1', '0', '9'],
    ]);
  });

  it('reads a one-column table wrapping the whole report (CMS page layout) as the page itself: same report, same facts', () => {
    const body = /<body>([\s\S]*)<\/body>/.exec(page2021)![1];
    const wrapped = extractPage(page2021.replace(body, `<table width="100%"><tr><td class="TRS_Editor">${body}</td></tr><tr><td>打印本页</td></tr></table>`));
    const plain = extractPage(page2021);
    const cell = (f: Fact) => [f.section, f.item, f.measure, f.origin, f.value, f.status, f.raw, f.flags.join('+')].join('|');
    expect(wrapped.report).toEqual(plain.report);
    expect(wrapped.facts.map(cell)).toEqual(plain.facts.map(cell));
    expect(valueOf(wrapped.facts, 'active', 'licensing', 'decisions')).toBe(1234);
  });
});

/** Every fact of the HTML page is the fact of the text version of the same report. */
const sameFacts = (html: { facts: Fact[] }, text: { facts: Fact[] }) => {
  const cell = (f: Fact) => [f.section, f.item, f.measure, f.origin, f.value, f.status, f.raw, f.unit, f.flags.join('+')].join('|');
  expect(html.facts.map(cell).sort()).toEqual(text.facts.map(cell).sort());
};

describe('LibreOffice web page of 003 下城区民政局 2020 (from the DOCX fixture)', () => {
  let page = {} as Read;
  beforeEach(() => { page = extractFile(`${FIXTURES}/xiacheng-2020.html`); });

  it('is read as HTML with its cells as Word wrote them (paragraphs of font/span runs), to the metadata of 003', () => {
    expect(page.document.layout).toBe('html');
    expect(readFileSync(`${FIXTURES}/xiacheng-2020.html`, 'utf8')).toMatch(/<td[^>]*><p[^>]*>\s*<font[^>]*><span lang="zh-CN">规范性文件<\/span><\/font><\/p>/);
    expect(page.report).toMatchObject({ agency: '下城区民政局', division_code: '330103', report_year: 2020, form_version: '2019' });
  });

  it('reads the values printed in 003: 规范性文件 2/2/2, 行政处罚 5 and 12 more, procurement 45 and `56700, the zeros of 三 and 四', () => {
    const { facts, checks } = page;
    for (const measure of ['new_made', 'new_published', 'total_published']) expect(valueOf(facts, 'active', 'normative_documents', measure)).toBe(2);
    expect(valueOf(facts, 'active', 'licensing', 'change')).toBe(5);
    expect(factOf(facts, 'active', 'penalty', 'change')).toMatchObject({ value: 12, raw: '12' });
    expect(valueOf(facts, 'active', 'penalty', 'prev_year_items')).toBe(5);
    expect(valueOf(facts, 'active', 'procurement', 'items')).toBe(45);
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({ value: 56700, unit: '', raw: '`56700' });
    const applications = facts.filter((f) => f.section === 'applications' && f.origin === 'table');
    expect(applications).toHaveLength(23 * 7);
    expect(applications.every((f) => f.status === 'reported' && f.value === 0)).toBe(true);
    expect(facts.filter((f) => f.section === 'review_litigation').map((f) => f.value)).toEqual(Array(15).fill(0));
    expect(checks).toHaveLength(41);
    expect(checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('gives every fact of the text export', () => sameFacts(page, rawReport('003_cf5b7850cf226470.txt')));
});

describe('LibreOffice web page of 001 吴忠市民政局 2020 (its tab-separated tables through a DOCX)', () => {
  let page = {} as Read;
  beforeEach(() => { page = extractFile(`${FIXTURES}/wuzhong-2020.html`); });

  it('reads the metadata of 001', () => {
    expect(page.document.layout).toBe('html');
    expect(page.report).toMatchObject({ agency: '吴忠市民政局', division_code: '640300', report_year: 2020, form_version: '2019' });
  });

  it('reads the non-zero cells of table 二 as 001 prints them', () => {
    const { facts } = page;
    const row = (item: string, measures: string[]) => measures.map((m) => valueOf(facts, 'active', item, m));
    const counts = ['prev_year_items', 'change', 'decisions'];
    expect(row('normative_documents', ['new_made', 'new_published', 'total_published'])).toEqual([0, 0, 1]);
    expect(row('licensing', counts)).toEqual([5, 0, 29]);
    expect(row('other_services', counts)).toEqual([4, 0, 261]);
    expect(row('penalty', counts)).toEqual([13, 13, 0]);
    expect(factOf(facts, 'active', 'penalty', 'change').raw).toBe('+13');
    expect(row('coercion', counts)).toEqual([2, 0, 0]);
    expect(row('fees', ['prev_year_items', 'change'])).toEqual([0, 0]);
    expect(valueOf(facts, 'active', 'procurement', 'items')).toBe(10);
    expect(factOf(facts, 'active', 'procurement', 'amount_10k_yuan')).toMatchObject({ value: 773.5, unit: '万元', raw: '773.5 万元' });
  });

  it('keeps the empty 行政复议 cells of table 四 blank and the 10 litigation zeros', () => {
    const review = page.facts.filter((f) => f.section === 'review_litigation');
    expect(review.filter((f) => f.item === 'admin_review').every((f) => f.status === 'blank')).toBe(true);
    expect(review.filter((f) => f.item !== 'admin_review').map((f) => f.value)).toEqual(Array(10).fill(0));
  });

  it('gives every fact of the text version', () => sameFacts(page, rawReport('001_7016eb35578ea529.txt')));
});

describe('what ends a line, what is not read', () => {
  /** Every element a browser shows as a block of its own: the text before, inside and after it are three lines. */
  const BLOCKS = ['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'header', 'footer', 'tr', 'title',
    'td', 'th', 'table', 'caption', 'ul', 'ol', 'dt', 'dd', 'blockquote', 'pre'];
  const linesOf = (html: string) => htmlDocument(html).lines.map((l) => l.text);

  it.each(BLOCKS)('<%s> starts and ends a line of the page', (tag) => {
    expect(linesOf(`<body>主动公开<${tag}>信息88条</${tag}>依申请公开</body>`)).toEqual(['主动公开', '信息88条', '依申请公开']);
  });

  it.each(['br', 'hr'])('<%s> ends the line before it', (tag) => {
    expect(linesOf(`<body>主动公开88条<${tag}>依申请公开13件</body>`)).toEqual(['主动公开88条', '依申请公开13件']);
  });

  it('inline elements do not end a line', () => {
    expect(linesOf('<body><p>主动公开<span>信息</span><b>88</b><font>条</font></p></body>')).toEqual(['主动公开信息88条']);
  });

  it.each(['script', 'style', 'noscript', 'template', 'svg'])('the text of <%s> is neither a page line nor a cell', (tag) => {
    expect(linesOf(`<body><p>主动公开<${tag}>999</${tag}>88条</p></body>`)).toEqual(['主动公开88条']);
    expect(cellsOf(`<table><tr><td>行政许可</td><td>5<${tag}>999</${tag}></td></tr></table>`)).toEqual([['行政许可', '5']]);
  });

  it('drops page furniture (a page number between dashes), keeps the lines around it', () => {
    expect(linesOf('<body><p>主动公开88条</p><p>- 3 -</p><p>依申请公开13件</p></body>')).toEqual(['主动公开88条', '依申请公开13件']);
  });

  it('numbers a line of one character before a line break by the line it stands on', () => {
    expect(htmlDocument('<body>\n<p>无\n</p>\n<p>有\n</p></body>').lines).toEqual([
      { text: '无', line: 2, page: null },
      { text: '有', line: 4, page: null },
    ]);
  });

  it('numbers a line by its first text, not by the blank text before it', () => {
    expect(htmlDocument('<body>\n<b>主动公开88条</b></body>').lines).toEqual([{ text: '主动公开88条', line: 2, page: null }]);
  });

  it('gives every prose line a one-cell row too, at the line where its text starts', () => {
    const doc = htmlDocument('<body>\n<p>主动公开\n<b>信息</b>\n88条</p>\n<p>依申请公开13件</p></body>');
    expect(doc.lines).toEqual([
      { text: '主动公开 信息 88条', line: 2, page: null },
      { text: '依申请公开13件', line: 5, page: null },
    ]);
    expect(doc.rows).toEqual([
      { cells: [{ text: '主动公开 信息 88条', line: 2, page: null }], line: 2, page: null },
      { cells: [{ text: '依申请公开13件', line: 5, page: null }], line: 5, page: null },
    ]);
  });
});

describe('hidden text in a cell', () => {
  it.each([
    ['display:none', ''],
    ['DISPLAY: NONE', ''],
    ['color:red;display:none', ''],
    ['color:red; display : none ;mso-hide:all', ''],
    ['mso-display:none', '9'],
    ['color:red', '9'],
    ['display:block', '9'],
  ])('style="%s" leaves %j of the hidden 9', (style, shown) => {
    expect(cellsOf(`<table><tr><td>行政处罚</td><td><span style="${style}">9</span>5</td></tr></table>`)).toEqual([['行政处罚', `${shown}5`]]);
  });
});

describe('table cells on the grid', () => {
  it('reads <th> cells as cells, through <thead> and <tbody>', () => {
    expect(cellsOf('<table><thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead><tbody><tr><td>行政许可</td><td>5</td></tr></tbody></table>'))
      .toEqual([['信息内容', '本年处理决定数量'], ['行政许可', '5']]);
  });

  it('reads only <td> and <th> of a row as cells: a script or Word’s <o:p> between them is none', () => {
    expect(cellsOf('<table><tr><td>行政许可</td><script>var n = 9;</script><td>5</td><o:p>6</o:p></tr></table>')).toEqual([['行政许可', '5']]);
  });

  it('reads a zero, negative or unreadable span as 1 and caps a huge one at 200 columns', () => {
    expect(cellsOf('<table><tr><td colspan="0">行政许可</td><td colspan="-2">5</td><td colspan="x">6</td></tr></table>')).toEqual([['行政许可', '5', '6']]);
    const [wide] = cellsOf('<table><tr><td colspan="100000">行政许可</td><td>5</td></tr></table>');
    expect(wide).toHaveLength(201);
    expect(wide.at(-1)).toBe('5');
    expect(wide.slice(1, 200).every((c) => c === '~')).toBe(true);
  });

  it('drops a row made only of span fillers and fills a gap a rowspan leaves as a filler', () => {
    // 行政复议's rowspan reaches a third row the table does not have; the second row's one cell is 3.
    expect(cellsOf('<table><tr><td rowspan="3">行政复议</td><td>1</td><td rowspan="2">2</td></tr><tr><td>3</td></tr></table>'))
      .toEqual([['行政复议', '1', '2'], ['~', '3', '~']]);
    // A filler holds no text: a reader that looks at texts only sees it blank.
    const spanned = htmlDocument('<table><tr><td rowspan="2" colspan="2">行政复议</td><td>1</td></tr><tr><td>3</td></tr></table>');
    expect(spanned.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['行政复议', '', '1'], ['', '', '3']]);
    // A row shorter than a rowspan to its right: the hole between is no cell (a filler, never a blank value).
    const doc = htmlDocument('<table><tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>x</td></tr></table>');
    expect(doc.rows[1].cells[1]).toEqual({ text: '', line: 0, page: null, spanFiller: true });
  });

  it('a one-column table with an empty row is still page layout', () => {
    const doc = htmlDocument('<table><tr><td><p>主动公开88条</p></td></tr><tr></tr></table>');
    expect(doc.lines.map((l) => l.text)).toEqual(['主动公开88条']);
    expect(doc.rows.map((r) => r.exactColumns ?? false)).toEqual([false]);
  });

  it('a one-cell-per-row table with a rowspan is a form table, not page layout', () => {
    const doc = htmlDocument('<table><tr><td rowspan="2">行政复议</td></tr><tr><td>3</td></tr></table>');
    expect(doc.rows.map((r) => r.cells.map((c) => (c.spanFiller ? '~' : c.text)))).toEqual([['行政复议'], ['~', '3']]);
    expect(doc.lines).toEqual([]);
  });

  it('gives each cell the file line where it starts, and each row the line of its first real cell', () => {
    const doc = htmlDocument('<table>\n<tr><td rowspan="2">行政复议</td>\n<td>1</td></tr>\n<tr>\n<td>2</td></tr></table>');
    expect(doc.rows.map((r) => [r.line, r.cells.map((c) => c.line)])).toEqual([[2, [2, 3]], [5, [2, 5]]]);
    expect(doc.rows.every((r) => r.exactColumns)).toBe(true);
  });

  it('an empty cell of a form row is a blank position, never a shift of the values after it', () => {
    const page = page2021.replace('<tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr>', '<tr><td>规章</td><td></td><td>0</td><td>3</td></tr>');
    expect(page).not.toBe(page2021);
    const { facts } = extractPage(page);
    expect(['issued', 'repealed', 'in_force'].map((m) => factOf(facts, 'active', 'rules', m)))
      .toMatchObject([{ status: 'blank', value: null }, { status: 'reported', value: 0 }, { status: 'reported', value: 3 }]);
  });
});

describe('the page head, near misses', () => {
  const head = (inner: string) => htmlDocument(`<html><head>${inner}</head><body></body></html>`).lines.map((l) => l.text);

  it('skips metas with no name or no content', () => {
    expect(head('<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="SiteName"><meta name="ContentSource" content="  吴忠市\n \n民政局 ">'))
      .toEqual(['来源: 吴忠市 民政局']);
  });

  it('reads the name only of <meta> and the canonical address only of <link>', () => {
    expect(head('<div name="SiteName" content="吴忠市人民政府"></div><a rel="canonical" href="https://www.wuzhong.gov.cn/a.html"></a>')).toEqual([]);
  });

  it('reads the head only, also where a page has no <body> tag (an SVG’s <title> is no page title)', () => {
    const doc = htmlDocument('<html><head><title>吴忠市民政局2020年政府信息公开工作年度报告</title></head><div><svg><title>图标</title></svg><p>正文</p></div></html>');
    expect(doc.lines.map((l) => l.text)).toEqual(['标题: 吴忠市民政局2020年政府信息公开工作年度报告', '正文']);
  });

  it.each([
    ['canonical', 'http://www.wuzhong.gov.cn/a.html', true],
    ['CANONICAL', 'https://www.wuzhong.gov.cn/a.html', true],
    ['canonical alternate', 'https://www.wuzhong.gov.cn/a.html', true],
    ['noncanonical', 'https://www.wuzhong.gov.cn/a.html', false],
    ['canonicalx', 'https://www.wuzhong.gov.cn/a.html', false],
    ['canonical', '/a.html', false],
    ['canonical', 'see https://www.wuzhong.gov.cn/a.html', false],
    ['canonical', 'https://www.wuzhong.gov.cn/a.html b', false],
    ['canonical', 'ftp://www.wuzhong.gov.cn/a.html', false],
  ])('<link rel="%s" href="%s">: a source address %s', (rel, href, kept) => {
    expect(head(`<link rel="${rel}" href="${href}">`)).toEqual(kept ? [`原文链接: ${href}`] : []);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<html lang="zh">', true], ['<BODY>', true], ['<table border=1>', true], ['<div>', true], ['<p>', true],
    ['<pre>', false], ['<span>', false], ['<html', false], ['html>', false],
  ])('%s … </p> is HTML: %s', (open, html) => {
    expect(looksLikeHtml(`${open}主动公开88条</p>`)).toBe(html);
  });

  it.each(['</table>', '</P>', '</div>', '</body>'])('needs a closing tag: <p>…%s', (close) => {
    expect(looksLikeHtml(`<p>主动公开88条${close}`)).toBe(true);
  });

  it('is not HTML without a closing tag, or when the first tag comes after 20000 characters of text', () => {
    expect(looksLikeHtml('<p>主动公开88条<span>x</span>')).toBe(false);
    expect(looksLikeHtml(`${'主'.repeat(20000)}<p>主动公开88条</p>`)).toBe(false);
    expect(looksLikeHtml(`${'主'.repeat(19990)}<p>主动公开88条</p>`)).toBe(true);
  });
});
