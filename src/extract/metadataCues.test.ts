/**
 * Each cue reader on its own, one real wording per alternative of its word lists (from data/raw and the
 * 平潭 corpus, or the observed tops of report pages in ../shared/reports/README.md) and the near miss it
 * must refuse.
 */
import { describe, expect, it } from 'vitest';
import { parseTitle, readOpening, readPageFields, readSignature, readSourceUrl, readStatedYear, readTitles, type Line } from './metadataCues';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ text, line: i + 1 }));
const names = (cues: { name: string; line: number }[]) => cues.map((c) => [c.name, c.line]);
/** A title's cues, each name and line once (a line is read whole and piece by piece, so one title gives several). */
const titles = (...texts: string[]) => {
  const { agencies, year } = readTitles(lines(...texts));
  expect(agencies.every((a) => a.source === 'title')).toBe(true);
  return { agencies: [...new Set(agencies.map((a) => `${a.name}@${a.line}`))], year };
};
/** Page fields of a line at the top of a longer page (the first and last lines are both read: a short page's line twice). */
const fields = (text: string) => readPageFields(lines(text, ...Array.from({ length: 20 }, () => '正文。')));

describe('parseTitle', () => {
  it.each([
    // The year in brackets after the kind, as some titles print it; stated twice it must agree.
    ['吴忠市民政局政府信息公开工作年度报告（2020年度）', '吴忠市民政局', 2020],
    ['吴忠市民政局政府信息公开工作年度报告(2020)', '吴忠市民政局', 2020],
    ['吴忠市民政局2020年政府信息公开工作年度报告（2020年）', '吴忠市民政局', 2020],
    // 2019年度 in front: the 度 belongs to the year, not to the name.
    ['2019年度吴忠市民政局政府信息公开工作年度报告', '吴忠市民政局', 2019],
    ['1999年吴忠市民政局政府信息公开工作年度报告', '吴忠市民政局', 1999],
    // A title quoted in 《》 (a notice publishing it), and an attachment's label without a number.
    ['《吴忠市民政局2020年政府信息公开工作年度报告》', '吴忠市民政局', 2020],
    ['附件：吴忠市民政局2020年政府信息公开工作年度报告', '吴忠市民政局', 2020],
    ['附件1:2017年政府信息公开工作年度报告', '', 2017],
    ['附件1 吴忠市民政局2020年政府信息公开工作年度报告', '吴忠市民政局', 2020],
    ['政府信息公开工作年度报告', '', null],
    ['浑江区民政局政务公开年报', '浑江区民政局', null],
  ])('%s', (title, agency, year) => {
    expect(parseTitle(title)).toEqual({ agency, year });
  });

  it.each([
    // Two years that disagree: no title (the year is not guessed).
    '吴忠市民政局2020年政府信息公开工作年度报告（2021年度）',
    // A year inside the name is no year of the title, and the rest is no name.
    '吴忠市2020年民政局政府信息公开工作年度报告',
    // Text after the kind: a sentence, not a title.
    '吴忠市民政局2020年政府信息公开工作年度报告如下',
    '吴忠市民政局2020年政府信息公开工作',
    // Not a year of this era.
    '2119年吴忠市民政局政府信息公开工作年度报告',
    // A notice publishing the report names it in 《》 after its own words: not the report's title.
    '关于印发《吴忠市民政局2020年政府信息公开工作年度报告》',
    '《吴忠市民政局2020年政府信息公开工作年度报告》的通知',
    // A text that only starts with a quotation is no quoted title: 条例规定的吴忠市民政局 is no name.
    '《条例》规定的吴忠市民政局政府信息公开工作年度报告',
    // An attachment's label inside a text, not at its start: 相关吴忠市民政局 is no name.
    '相关附件：吴忠市民政局2020年政府信息公开工作年度报告',
  ])('refuses %s', (text) => {
    expect(parseTitle(text)).toBeNull();
  });
});

describe('readTitles', () => {
  it.each([
    ['标题: 平潭综合实验区2011年政府信息公开工作年度报告'],
    ['标题:平潭综合实验区2011年政府信息公开工作年度报告'],
    ['题名：平潭综合实验区2011年政府信息公开工作年度报告'],
    ['文章标题：平潭综合实验区2011年政府信息公开工作年度报告'],
    ['标题 ：平潭综合实验区2011年政府信息公开工作年度报告'],
  ])('reads the 标题 field %s', (text) => {
    expect(titles(text)).toEqual({ agencies: ['平潭综合实验区@1'], year: 2011 });
  });

  it('reads a 标题 field indented on its line', () => {
    expect(titles('  标题:平潭综合实验区2011年政府信息公开工作年度报告')).toEqual({ agencies: ['平潭综合实验区@1'], year: 2011 });
  });

  it('reads a page title of up to 60 characters once spaces are gone, however wide its line', () => {
    const pageTitle = '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府';
    // The site's name padded to 60 characters (a portal's long name), and a line padded with spaces to 240 columns.
    const sixty = `${pageTitle}门户网${'政务公开'.repeat(7)}`;
    expect(sixty).toHaveLength(60);
    expect(titles(sixty)).toEqual({ agencies: ['市民政局@1'], year: 2020 });
    expect(titles(pageTitle.padEnd(240))).toEqual({ agencies: ['市民政局@1'], year: 2020 });
  });

  it.each([
    '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府',
    '市民政局2020年政府信息公开工作年度报告|吴忠市人民政府',
    '市民政局2020年政府信息公开工作年度报告｜吴忠市人民政府',
  ])('splits a page title from the site’s name: %s', (text) => {
    expect(titles(text)).toEqual({ agencies: ['市民政局@1'], year: 2020 });
    expect(titles(`标题:${text}`)).toEqual({ agencies: ['市民政局@1'], year: 2020 });
  });

  it.each([
    // The year in brackets after a space, or after 报 告 spaced out: the whole line gives the year.
    ['浑江区民政局政府信息公开工作年度报告 （2017年度）', 2017],
    ['浑江区民政局政府信息公开工作年度报 告（2017年度）', 2017],
    // Every character spaced out by OCR (no run of three pieces holds the title), and a trailing space.
    ['浑 江 区 民 政 局 政 务 公 开 年 报', null],
    ['浑 江 区 民 政 局 政 府 信 息 公 开 工 作 年 度 报 告 ', null],
  ])('reads the OCR’d title %s whole', (text, year) => {
    expect(titles(text)).toEqual({ agencies: ['浑江区民政局@1'], year });
  });

  it('reads a title split over two lines, the second padded to make the two 200 columns wide', () => {
    const first = '2025 年吴忠市民政局政府信息公开';
    expect(titles(first, '工作年度报告'.padStart(200 - first.length))).toEqual({ agencies: ['吴忠市民政局@1'], year: 2025 });
  });

  it('reads a title spaced out by OCR (报 告) and one with its year in brackets', () => {
    expect(titles('浑江区民政局政府信息公开工作年度报 告')).toEqual({ agencies: ['浑江区民政局@1'], year: null });
    expect(titles('浑江区民政局政府信息公开工作年度报告（2017年度）')).toEqual({ agencies: ['浑江区民政局@1'], year: 2017 });
    expect(titles('浑江区民政局政务公开年报')).toEqual({ agencies: ['浑江区民政局@1'], year: null });
  });

  it('takes the name two lines below a title that names none (004: 2017年…报告, a blank line, 浑江区民政局)', () => {
    const top = ['', '2017年政府信息公开工作年度报告', '', '                             浑江区民政局', '', ' 2017年浑江区民政局在区委、区政府的正确领导下，认真执行《条例》。'];
    expect(titles(...top)).toEqual({ agencies: ['浑江区民政局@2'], year: 2017 });
    // A name followed by its year (吴忠市民政局2020年) beside it still names the body.
    expect(titles('2020年政府信息公开工作年度报告', '吴忠市民政局2020年')).toEqual({ agencies: ['吴忠市民政局@1'], year: 2020 });
    // The name with its year on the line above.
    expect(titles('吴忠市民政局2020年', '2020年政府信息公开工作年度报告', '我局认真贯彻落实《条例》要求。')).toEqual({ agencies: ['吴忠市民政局@2'], year: 2020 });
    // A sentence beside it names nothing.
    expect(readTitles(lines('2020年政府信息公开工作年度报告', '我局认真贯彻落实《条例》要求。')).agencies).toEqual([]);
  });

  it('keeps the first title’s year; a later title without one does not clear it', () => {
    expect(readTitles(lines('吴忠市民政局2020年政府信息公开工作年度报告', '正文', '吴忠市民政局2019年政府信息公开工作年度报告')).year).toBe(2020);
    expect(readTitles(lines('吴忠市民政局2020年政府信息公开工作年度报告', '正文', '吴忠市民政局政府信息公开工作年度报告')).year).toBe(2020);
    expect(readTitles(lines('吴忠市民政局政府信息公开工作年度报告', '正文', '吴忠市民政局2019年政府信息公开工作年度报告')).year).toBe(2019);
  });

  it('reads only the first 15 lines', () => {
    const filler = Array.from({ length: 15 }, (_, i) => `第${i + 1}段正文。`);
    expect(readTitles(lines(...filler, '吴忠市民政局2020年政府信息公开工作年度报告'))).toEqual({ agencies: [], year: null });
    expect(readTitles(lines(...filler.slice(1), '吴忠市民政局2020年政府信息公开工作年度报告')).year).toBe(2020);
    // The name beside a title is looked for among those lines too.
    expect(readTitles(lines(...filler.slice(1), '2020年政府信息公开工作年度报告', '吴忠市民政局'))).toEqual({ agencies: [], year: 2020 });
  });

  it('finds a title among a crawler line’s first pieces, up to three of them joined', () => {
    const crawled = '当前位置： 首页政务公开政府信息公开政府信息公开年报 平潭综合实验区 2011 年政府信息公开工作年度报告 来源：平潭综合实验区管委会办公室 时间：';
    expect(titles(crawled)).toEqual({ agencies: ['平潭综合实验区@1'], year: 2011 });
    // Four pieces are no title: only the last three are joined.
    expect(readTitles(lines('当前位置： 首页 吴忠市民政局 2020 年 政府信息公开工作年度报告 来源：吴忠市人民政府'))).toEqual({ agencies: [], year: 2020 });
    // Several spaces between the pieces are one cut.
    expect(titles('当前位置：  首页  平潭综合实验区  2011  年政府信息公开工作年度报告  来源：平潭综合实验区管委会办公室')).toEqual({ agencies: ['平潭综合实验区@1'], year: 2011 });
  });

  it('reads the pieces of a one-line body’s first 2000 characters and first 40 pieces: a report named further on is no title', () => {
    const title = '平潭综合实验区2011年政府信息公开工作年度报告';
    const crumbs = (n: number) => Array.from({ length: n }, () => '栏目');
    expect(titles(` ${[...crumbs(39), title].join(' ')}`)).toEqual({ agencies: ['平潭综合实验区@1'], year: 2011 });
    expect(readTitles(lines([...crumbs(40), title].join(' ')))).toEqual({ agencies: [], year: null });
    expect(titles(`${'正'.repeat(1999 - title.length)} ${title}`)).toEqual({ agencies: ['平潭综合实验区@1'], year: 2011 });
    expect(readTitles(lines(`${'正文'.repeat(1000)} ${title}`))).toEqual({ agencies: [], year: null });
  });
});

describe('readPageFields', () => {
  it.each([
    ['发布机构: 平潭综合实验区管委会办公室', '平潭综合实验区管委会办公室'],
    ['信息来源：吴忠市民政局', '吴忠市民政局'],
    ['来源：平潭县人民政府', '平潭县人民政府'],
    ['发文机关：吴忠市民政局', '吴忠市民政局'],
    ['发文单位：吴忠市民政局', '吴忠市民政局'],
    ['发布单位：吴忠市民政局', '吴忠市民政局'],
    // A PDF's Kangxi radical ⽂ (U+2F42) for 文.
    ['发\u2F42机关：吴忠市民政局', '吴忠市民政局'],
    // After other fields on a crawler's one-line body, the name ending at the next space.
    ['当前位置： 首页政务公开政府信息公开政府信息公开年报 平潭综合实验区2014年度政府信息公开工作年度报告 来源：平潭县人民政府 时间：2015-01-02 00:00', '平潭县人民政府'],
  ])('%s', (text, name) => {
    expect(fields(text)).toEqual([{ name, source: 'page_field', line: 1 }]);
  });

  it('refuses a field name inside a word, an empty field and a value that is no name', () => {
    expect(fields('数据来源：吴忠市民政局')).toEqual([]);
    expect(fields('发布机构: ')).toEqual([]);
    expect(fields('来源：本站')).toEqual([]);
  });

  it('reads the first 15 and the last 5 lines, and only the start of a long line', () => {
    const body = Array.from({ length: 30 }, (_, i) => `第${i + 1}段正文。`);
    const at = (i: number) => names(readPageFields(lines(...body.slice(0, i), '来源：吴忠市民政局', ...body.slice(i))));
    expect(at(14)).toEqual([['吴忠市民政局', 15]]);
    expect(at(15)).toEqual([]);
    expect(at(26)).toEqual([['吴忠市民政局', 27]]);
    expect(at(25)).toEqual([]);
    expect(fields(`${'正文'.repeat(1500)} 来源：吴忠市民政局`)).toEqual([]);
    expect(names(fields(`${'正文'.repeat(1490)} 来源：吴忠市民政局`))).toEqual([['吴忠市民政局', 1]]);
  });
});

describe('readOpening', () => {
  it.each([
    ['根据《条例》要求，本报告由吴忠市民政局编制。', '吴忠市民政局'],
    ['本报告由吴忠市民政局负责编写。', '吴忠市民政局'],
    ['本报告由吴忠市民政局编 制。', '吴忠市民政局'],
    // 起草 / 制作 are read where the line also says 编制 (the cheap test asks for it).
    ['本报告由吴忠市民政局起草，按《条例》要求编制。', '吴忠市民政局'],
    ['本报告由吴忠市民政局制作，按《条例》要求编制。', '吴忠市民政局'],
    ['按照要求，吴忠市民政局编制了2020年度政府信息公开工作年度报告。', '吴忠市民政局'],
    ['吴忠市民政局编制完成了本报告。', '吴忠市民政局'],
    ['根据要求，吴忠市民政局编写了本年度报告。', '吴忠市民政局'],
  ])('%s', (text, name) => {
    expect(readOpening(lines(text))).toEqual([{ name, source: 'opening', line: 1 }]);
  });

  it('refuses a subject that is no name, a 编制 of anything but the report, and lines after the 20th', () => {
    expect(readOpening(lines('根据要求，我区管委会办公室编制完成了本报告。'))).toEqual([]);
    expect(readOpening(lines('根据要求，吴忠市民政局编制了工作计划。'))).toEqual([]);
    expect(readOpening(lines('对涉及公众权益的政府信息，吴忠市民政局编制公开标准。'))).toEqual([]);
    const body = Array.from({ length: 20 }, (_, i) => `第${i + 1}段正文。`);
    expect(readOpening(lines(...body, '本报告由吴忠市民政局编制。'))).toEqual([]);
    expect(names(readOpening(lines(...body.slice(1), '本报告由吴忠市民政局编制。')))).toEqual([['吴忠市民政局', 20]]);
  });

  it('reads the first 3000 characters of a line (a crawler’s one-line body opens with it)', () => {
    expect(names(readOpening(lines(`${'正文'.repeat(1490)}，本报告由吴忠市民政局编制。`)))).toEqual([['吴忠市民政局', 1]]);
    expect(readOpening(lines(`${'正文'.repeat(1500)}本报告由吴忠市民政局编制。`))).toEqual([]);
  });
});

describe('readSignature', () => {
  it('reads the name above the date (004: 浑江区民政局, a blank line, 2018年3月1日)', () => {
    const end = lines('三是准确把握依申请公开的要求。', '', '浑江区民政局', '', '                           2018年3月1日', '', '');
    expect(readSignature(end)).toEqual({ agency: { name: '浑江区民政局', source: 'signature', line: 3 }, date: '2018-03-01', year: 2018, month: 3 });
  });

  it('reads a name on the date’s own line, or the line right above', () => {
    expect(readSignature(lines('正文。', '吴忠市民政局 2021年1月15日'))).toEqual({
      agency: { name: '吴忠市民政局', source: 'signature', line: 2 }, date: '2021-01-15', year: 2021, month: 1,
    });
    expect(readSignature(lines('正文。', '吴忠市民政局', '2020年12月18日')).agency).toEqual({ name: '吴忠市民政局', source: 'signature', line: 2 });
    // Three lines above is too far: the date alone.
    expect(readSignature(lines('吴忠市民政局', '', '', '2020年12月18日'))).toEqual({ agency: null, date: '2020-12-18', year: 2020, month: 12 });
    expect(readSignature(lines('正文。', '吴忠市民政局', '正文。', '正文。', '2020年12月18日'))).toEqual({ agency: null, date: '2020-12-18', year: 2020, month: 12 });
  });

  it('reads a signature on the first line, a name on the first line above a date, and a date padded to 200 columns', () => {
    expect(readSignature(lines('吴忠市民政局 2021年1月15日'))).toEqual({
      agency: { name: '吴忠市民政局', source: 'signature', line: 1 }, date: '2021-01-15', year: 2021, month: 1,
    });
    expect(readSignature(lines('吴忠市民政局', '2021年1月15日')).agency).toEqual({ name: '吴忠市民政局', source: 'signature', line: 1 });
    expect(readSignature(lines('吴忠市民政局', '2021年1月15日'.padStart(200)))).toMatchObject({ date: '2021-01-15', agency: { name: '吴忠市民政局' } });
  });

  it('skips a date inside a sentence and takes the last signature', () => {
    expect(readSignature(lines('吴忠市民政局', '2021年1月15日', '本报告所列数据统计截至2020年12月31日'))).toMatchObject({ date: '2021-01-15' });
    expect(readSignature(lines('吴忠市民政局', '2021年1月15日', '附：', '2021年2月3日'))).toMatchObject({ date: '2021-02-03', agency: null });
    expect(readSignature(lines(`${'正'.repeat(200)}吴忠市民政局2021年1月15日`))).toEqual({ agency: null, date: '', year: null, month: null });
    expect(readSignature(lines('正文。', '2021-01-15'))).toEqual({ agency: null, date: '', year: null, month: null });
  });
});

describe('readStatedYear', () => {
  it.each([
    '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '统计时限为2023年1月1日至2023年12月31日。',
    '数据统计周期为2023年01月01日至2023年12月31日。',
    '本报告统计区间为2023年1月1日-12月31日。',
    '统计期间是2023年1月1日至12月31日。',
    '统计时段从2023年1月1日至12月31日。',
    '统计时间:2023年1月1日至12月31日。',
    '统计范围为2023年度。',
    '本报告所列数据的统计 期限 自 2023 年 1 月 1 日起至2023年12月31日止。',
  ])('the statistics period: %s', (text) => {
    expect(readStatedYear(lines(text))).toEqual({ period: 2023, stated: null });
  });

  it('refuses a period that does not start on January 1st, and a 统计 of anything else', () => {
    expect(readStatedYear(lines('统计期限为2023年7月1日至2024年6月30日。'))).toEqual({ period: null, stated: null });
    expect(readStatedYear(lines('统计表共五个部分组成'))).toEqual({ period: null, stated: null });
  });

  it('reads the report stating its own year (002: 现将2020年度…情况报告如下)', () => {
    const opening = '依据《条例》，扎实开 展了政务公开工作。现将2020年度政务公开政府信息公开工作 情况报告如下:';
    expect(readStatedYear(lines(opening))).toEqual({ period: null, stated: 2020 });
    expect(readStatedYear(lines('现将2011年政府信息公开年度报告公布如下。'))).toEqual({ period: null, stated: 2011 });
    expect(readStatedYear(lines('现将有关情况报告如下。'))).toEqual({ period: null, stated: null });
  });

  it('keeps the first of each and stops at the period', () => {
    expect(readStatedYear(lines('现将2020年度工作情况报告如下。', '统计期限自2020年1月1日起', '现将2019年度工作情况报告如下。'))).toEqual({ period: 2020, stated: 2020 });
    expect(readStatedYear(lines('统计期限自2020年1月1日起', '现将2019年度工作情况报告如下。'))).toEqual({ period: 2020, stated: null });
    expect(readStatedYear(lines('统计期限自2020年1月1日起，统计期限自2019年1月1日起'))).toEqual({ period: 2020, stated: null });
  });
});

describe('readSourceUrl', () => {
  it.each([
    ['原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120420_80678.htm', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120420_80678.htm'],
    ['原文地址：http://www.wuzhong.gov.cn/xxgk/t20210120_1.html 发布时间：2021-01-20', 'http://www.wuzhong.gov.cn/xxgk/t20210120_1.html'],
    ['原文网址:http://www.wuzhong.gov.cn/a.html"', 'http://www.wuzhong.gov.cn/a.html'],
    ['当前位置：首页 页面地址：https://www.wuzhong.gov.cn/b.html<br>', 'https://www.wuzhong.gov.cn/b.html'],
  ])('%s', (text, url) => {
    expect(readSourceUrl(lines('标题: 吴忠市民政局2020年政府信息公开工作年度报告', text))).toBe(url);
  });

  it('refuses a local path, a field name inside a word, and lines after the 15th', () => {
    expect(readSourceUrl(lines('本地目录: zwgk/zfxxgk/zfxxgknb/201204/80678_平潭综合实验区'))).toBe('');
    expect(readSourceUrl(lines('原文链接: zwgk/t20120420_80678.htm'))).toBe('');
    expect(readSourceUrl(lines('查看原文链接: https://www.pingtan.gov.cn/a.htm'))).toBe('');
    const body = Array.from({ length: 15 }, (_, i) => `第${i + 1}段正文。`);
    expect(readSourceUrl(lines(...body, '原文链接: https://www.pingtan.gov.cn/a.htm'))).toBe('');
    expect(readSourceUrl(lines(...body.slice(1), '原文链接: https://www.pingtan.gov.cn/a.htm'))).toBe('https://www.pingtan.gov.cn/a.htm');
  });
});
