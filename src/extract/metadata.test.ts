/** Each metadata cue on small texts written like the tops and ends of real reports, and how they are weighed. */
import { describe, expect, it } from 'vitest';
import { htmlDocument } from './layout/html';
import { plainTextDocument } from './layout/plainText';
import { readMetadata } from './metadata';
import { parseTitle } from './metadataCues';

const meta = (text: string) => readMetadata(plainTextDocument(text));
const BODY = '一、总体情况\n本年度，我局认真贯彻落实《条例》要求。';

describe('titles in any order, spacing and wording', () => {
  it.each([
    ['2019年吴忠市人民政府办公厅政府信息公开工作年度报告', '吴忠市人民政府办公厅', 2019],
    ['吴忠市民政局2020年政府信息公开工作年度报告', '吴忠市民政局', 2020],
    ['吴忠市民政局 2024 年度政府信息公开工作年度报告', '吴忠市民政局', 2024],
    ['附件1：淮安市人民政府2023年政务公开工作年度报告', '淮安市人民政府', 2023],
    ['吴忠市民政局2016年信息公开年报', '吴忠市民政局', 2016],
    ['吴忠市民政局关于2018年度政府信息公开工作情况的报告', '吴忠市民政局', 2018],
    ['关于2018年度政府信息公开工作的报告', '', 2018],
    ['2022年政府信息公开工作年度报告', '', 2022],
    ['平潭综合实验区2011年政府信息公开工作年度报告', '平潭综合实验区', 2011],
    ['本溪市民政局2020年政府信息公开工作年度报告', '本溪市民政局', 2020],
    ['全椒县人民政府2019年政府信息公开工作年度报告', '全椒县人民政府', 2019],
    ['中共淮安市委机构编制委员会办公室2021年政府信息公开工作年度报告', '中共淮安市委机构编制委员会办公室', 2021],
  ])('%s', (title, agency, year) => {
    expect(parseTitle(title)).toEqual({ agency, year });
  });

  it('refuses sentences and breadcrumbs that end like a title', () => {
    expect(parseTitle('现公布2011年度政府信息公开年度报告')).toBeNull();
    expect(parseTitle('首页政务公开政府信息公开政府信息公开年报')).toBeNull();
    expect(parseTitle('本地目录: zwgk/zfxxgknb/201204/80678_平潭综合实验区2011年政府信息公开工作年度报告')).toBeNull();
  });

  it('reads a title split over two lines with spaces around the year', () => {
    const m = meta(`2025 年吴忠市民政局政府信息公开\n工作年度报告\n${BODY}`);
    expect(m).toMatchObject({ agency: '吴忠市民政局', reportYear: 2025, yearInferred: false });
    expect(m.place).toMatchObject({ province: '宁夏回族自治区', city: '吴忠市', division_code: '640300' });
  });

  it('takes the agency from the line beside a title that names none', () => {
    expect(meta(`吴忠市民政局\n2020年政府信息公开工作年度报告\n${BODY}`)).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020 });
    expect(meta(`2020年政府信息公开工作年度报告\n吴忠市民政局\n${BODY}`)).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020 });
  });

  it('finds the title inside a crawler’s one-line body, after the breadcrumbs', () => {
    const m = meta('当前位置： 首页政务公开政府信息公开政府信息公开年报 淮安市民政局2021年度政府信息公开工作年度报告 来源：淮安市人民政府 时间：2022-01-20 根据《条例》……');
    expect(m).toMatchObject({ agency: '淮安市民政局', agencyAsPrinted: '淮安市民政局', reportYear: 2021 });
  });
});

describe('cues weighed', () => {
  it('keeps a title’s agency over a page field (来源) naming another body', () => {
    const m = meta('平潭综合实验区管委会2014年度政府信息公开工作年度报告 来源：平潭县人民政府 时间：2015-01-02\n本报告……我县……');
    expect(m).toMatchObject({ agency: '平潭综合实验区管委会', reportYear: 2014 });
    expect(m.place).toMatchObject({ province: '福建省', city: '平潭综合实验区', division_code: '', admin_level: 'city' });
  });

  it('gives two bodies with the same text their own title’s agency', () => {
    const text = '本报告主要根据《条例》以及平潭县人民政府、平潭县各乡镇人民政府的年度报告编制。我县主动公开信息425条。';
    expect(meta(`标题: 平潭综合实验区2011年政府信息公开工作年度报告\n${text}`).agency).toBe('平潭综合实验区');
    expect(meta(`标题: 平潭县人民政府2011年政府信息公开工作年度报告\n${text}`)).toMatchObject({
      agency: '平潭县人民政府', place: { province: '福建省', city: '福州市', county: '平潭县', division_code: '350128' },
    });
  });

  it('falls back on the opening sentence, then the signature, then a page field', () => {
    const opening = meta('根据《条例》要求，本报告由吴忠市民政局编制。统计期限为2020年1月1日至2020年12月31日。\n来源：吴忠市人民政府');
    expect(opening).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020 });
    expect(meta('按照要求，吴忠市民政局编制了2020年度政府信息公开工作年度报告。\n来源：吴忠市人民政府').agency).toBe('吴忠市民政局');
    const signed = meta(`来源：吴忠市人民政府\n${BODY}\n吴忠市民政局\n2021年1月15日`);
    expect(signed).toMatchObject({ agency: '吴忠市民政局', publishedDate: '2021-01-15' });
    expect(meta(`发布机构：吴忠市民政局\n${BODY}`).agency).toBe('吴忠市民政局');
  });

  it('does not take a sentence’s subject (我区管委会办公室) for a name', () => {
    const m = meta('根据要求，我区管委会办公室编制完成了本报告。');
    expect(m.agency).toBe('');
    expect(m.flags).toContain('agency_missing');
    expect(m.missing[0]).toMatch(/^agency: no title/);
  });
});

describe('a saved web page', () => {
  it('reads the heading and the page’s own fields, the heading over 来源', () => {
    const page = `<html><head><title>政务公开</title></head><body>
      <div class="crumb">首页 &gt; 政府信息公开年报</div>
      <h1>平潭综合实验区2017年度政府信息公开工作年度报告</h1>
      <div class="info"><span>来源：平潭县人民政府</span> <span>发布时间：2018-01-23</span></div>
      <p>本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。</p></body></html>`;
    expect(readMetadata(htmlDocument(page))).toMatchObject({ agency: '平潭综合实验区', reportYear: 2017, publishedDate: '' });
    const untitled = page.replace(/<h1>.*<\/h1>/, '');
    expect(readMetadata(htmlDocument(untitled))).toMatchObject({ agency: '平潭县人民政府', reportYear: 2017 });
  });

  // The head of a CMS page (TRS-style meta fields), over a body that names no body and no year.
  const head = (fields: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${fields}</head>
    <body><div class="crumb">首页 &gt; 政府信息公开年报</div><p>一、总体情况</p><p>本年度，我局认真贯彻落实《条例》要求。</p></body></html>`;

  it('takes the agency and year from <title>, the site’s name split off', () => {
    const m = readMetadata(htmlDocument(head('<title>吴忠市民政局2020年政府信息公开工作年度报告_吴忠市人民政府</title>')));
    expect(m).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020, flags: [], missing: [] });
    expect(m.place).toMatchObject({ city: '吴忠市', division_code: '640300' });
  });

  it('takes ArticleTitle as a title, the canonical link as the page’s address, ContentSource as a page field', () => {
    const fields = '<title>政府信息公开年报</title><meta name="SiteName" content="吴忠市人民政府"><meta name="ColumnName" content="政府信息公开年报">' +
      '<meta name="ArticleTitle" content="吴忠市民政局2020年政府信息公开工作年度报告"><meta name="PubDate" content="2019-03-01 10:00">' +
      '<meta name="ContentSource" content="吴忠市人民政府办公室"><link rel="canonical" href="http://www.wuzhong.gov.cn/xxgk/t20210120_1.html">';
    const m = readMetadata(htmlDocument(head(fields)));
    // The title names the reporting body; ContentSource only who posted the page; PubDate is no year.
    expect(m).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020, sourceUrl: 'http://www.wuzhong.gov.cn/xxgk/t20210120_1.html' });
    const untitled = readMetadata(htmlDocument(head(fields.replace(/<meta name="ArticleTitle"[^>]*>/, ''))));
    expect(untitled).toMatchObject({ agency: '吴忠市人民政府办公室', reportYear: null, flags: ['year_missing'] });
    // A relative or script address is not the page's address.
    expect(readMetadata(htmlDocument(head('<link rel="canonical" href="/xxgk/1.html">'))).sourceUrl).toBe('');
  });

  it('places a title without a place by the SiteName when the text says 本市', () => {
    const fields = '<meta name="SiteName" content="吴忠市人民政府"><meta name="ArticleTitle" content="市民政局2020年政府信息公开工作年度报告">';
    const page = head(fields).replace('本年度，我局', '本年度，本市民政系统');
    const m = readMetadata(htmlDocument(page));
    expect(m).toMatchObject({ agency: '吴忠市民政局', agencyAsPrinted: '市民政局', flags: ['place_inferred'] });
    expect(readMetadata(htmlDocument(head(fields))).place).toBeNull();
  });
});

describe('year', () => {
  it.each([
    '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '本报告中所列数据统计时限为 2023 年 1 月 1 日至 2023 年 12 月 31 日。',
    '数据统计周期为2023年01月01日至2023年12月31日。',
    '本报告统计区间为2023年1月1日-12月31日。',
    '本报告所列数据的统计期限为2023年度。',
  ])('from the statistics period: %s', (period) => {
    expect(meta(`吴忠市民政局政府信息公开工作年度报告\n${period}`)).toMatchObject({ reportYear: 2023, yearInferred: false });
  });

  it('gets nothing from a blank period, and infers from the signature, flagged', () => {
    const m = meta('吴忠市民政局政府信息公开工作年度报告\n本报告所列数据的统计期限自至。\n吴忠市民政局\n2021年1月15日');
    expect(m).toMatchObject({ reportYear: 2020, yearInferred: true, publishedDate: '2021-01-15' });
    expect(m.flags).toContain('year_inferred');
    expect(meta('吴忠市民政局政府信息公开工作年度报告\n吴忠市民政局\n2020年12月18日').reportYear).toBe(2020);
  });

  it('takes no page date, and sets no year when title and period disagree', () => {
    expect(meta('发布时间: 2022-02-08 16:34\n吴忠市民政局政府信息公开工作年度报告').reportYear).toBeNull();
    const m = meta('吴忠市民政局2013年政府信息公开工作年度报告\n本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止。');
    expect(m.reportYear).toBeNull();
    expect(m.flags).toContain('year_conflict');
    expect(m.missing).toEqual(['year: the title says 2013, the statistics period 2012']);
    expect(m.yearInferred).toBe(false);
  });

  it('says so when there is no year at all', () => {
    const m = meta(`吴忠市民政局政府信息公开工作年度报告\n${BODY}`);
    expect(m.reportYear).toBeNull();
    expect(m.flags).toContain('year_missing');
    expect(m.yearInferred).toBe(false);
  });
});

describe('agency names: abbreviations, missing places, look-alike characters', () => {
  it('expands an abbreviation to the official name with its place, keeping the printed one', () => {
    const m = meta('吴忠市发改委2020年政府信息公开工作年度报告');
    expect(m).toMatchObject({ agency: '吴忠市发展和改革委员会', agencyAsPrinted: '吴忠市发改委' });
    expect(m.place).toMatchObject({ division_code: '640300', rest: '发展和改革委员会' });
    expect(m.flags).toEqual(['agency_expanded']);
    expect(meta('淮安市洪泽区卫健委2023年政府信息公开工作年度报告').agency).toBe('淮安市洪泽区卫生健康委员会');
    expect(meta('淮安市住建局2023年政府信息公开工作年度报告').agency).toBe('淮安市住房和城乡建设局');
  });

  it('leaves a name that only ends like an abbreviation alone', () => {
    const m = meta('淮安市人民政府办公室2023年政府信息公开工作年度报告');
    expect(m).toMatchObject({ agency: '淮安市人民政府办公室', agencyAsPrinted: '淮安市人民政府办公室' });
    expect(m.flags).toEqual([]);
  });

  it('places a name without a place from the text: its address gives the city', () => {
    const m = meta('市府办2020年政府信息公开工作年度报告\n联系地址：宁夏回族自治区吴忠市利通区裕民西街。');
    expect(m).toMatchObject({ agency: '吴忠市人民政府办公室', agencyAsPrinted: '市府办' });
    expect(m.place).toMatchObject({ province: '宁夏回族自治区', city: '吴忠市', division_code: '640300', admin_level: 'city' });
    expect(m.flags).toEqual(['agency_expanded', 'place_inferred']);
  });

  it('keeps only the province when the cited regulation is all the text gives, with no division code', () => {
    const m = meta('县民政局2017年政府信息公开工作年度报告\n根据《福建省政府信息公开办法》要求编制。');
    expect(m.agency).toBe('县民政局');
    expect(m.place).toEqual({ province: '福建省', city: '', county: '', division_code: '', admin_level: 'county', rest: '民政局' });
    expect(m.flags).toEqual(['place_inferred']);
  });

  it('says why a name without a place stays unplaced', () => {
    const m = meta('市民政局2020年政府信息公开工作年度报告');
    expect(m.place).toBeNull();
    expect(m.flags).toEqual(['place_missing']);
    expect(m.missing).toEqual(['place: 市民政局 names no place and the text names no place (no cited local regulation, address, known website, or 本市/本区 with a place in the title)']);
    const disagree = meta('市民政局2020年政府信息公开工作年度报告\n根据《福建省政府信息公开办法》。地址：江苏省淮安市清江浦区。');
    expect(disagree.missing[0]).toMatch(/disagree/);
  });

  it('puts one look-alike character right when exactly one division then fits', () => {
    const m = meta('毫州市民政局2020年政府信息公开工作年度报告');
    expect(m).toMatchObject({ agency: '亳州市民政局', agencyAsPrinted: '毫州市民政局' });
    expect(m.place).toMatchObject({ province: '安徽省', city: '亳州市', division_code: '341600' });
    expect(m.flags).toEqual(['place_lookalike']);
    expect(meta('泸州市沪县民政局2020年政府信息公开工作年度报告').place).toMatchObject({ county: '泸县', division_code: '510521' });
    // A name printed right is never "corrected".
    const right = meta('泸州市民政局2020年政府信息公开工作年度报告');
    expect(right).toMatchObject({ agency: '泸州市民政局', flags: [] });
  });
});

describe('the page’s own address', () => {
  it('comes from a crawler’s 原文链接 line', () => {
    const m = meta('标题: 平潭县人民政府2013年政府信息公开工作年度报告\n原文链接: https://www.pingtan.gov.cn/zwgk/t20140122_80754.htm\n正文');
    expect(m.sourceUrl).toBe('https://www.pingtan.gov.cn/zwgk/t20140122_80754.htm');
    expect(meta(`吴忠市民政局2020年政府信息公开工作年度报告\n${BODY}`).sourceUrl).toBe('');
  });
});

/** A document of exactly these lines, blank ones kept (a layout may keep them; readMetadata must not count them). */
const metaOfLines = (...texts: string[]) =>
  readMetadata({ layout: 'text', rows: [], lines: texts.map((text, i) => ({ text, line: i + 1, page: null })) });

describe('cues weighed, each against the next weaker', () => {
  const TITLE = '吴忠市民政局2020年政府信息公开工作年度报告';
  it('title over opening, opening over signature, signature over page field, whatever their order in the text', () => {
    expect(meta(`本报告由吴忠市财政局编制。\n${TITLE}`).agency).toBe('吴忠市民政局');
    expect(meta(`来源：吴忠市人民政府\n本报告由吴忠市财政局编制。\n${BODY}\n吴忠市民政局\n2021年1月15日`).agency).toBe('吴忠市财政局');
    expect(meta(`${BODY}\n吴忠市民政局\n2021年1月15日\n来源：吴忠市财政局`).agency).toBe('吴忠市民政局');
    expect(meta(`来源：吴忠市财政局\n${BODY}\n吴忠市民政局\n2021年1月15日`).agency).toBe('吴忠市民政局');
  });

  it('among cues of one kind, the first in the text wins', () => {
    expect(meta(`来源：吴忠市民政局\n发布机构：吴忠市财政局\n${BODY}`).agency).toBe('吴忠市民政局');
    expect(meta(`${TITLE}\n吴忠市财政局2020年政府信息公开工作年度报告`).agency).toBe('吴忠市民政局');
  });

  it('skips blank lines: the name two blank lines below a title is the line beside it', () => {
    expect(metaOfLines('2020年政府信息公开工作年度报告', '', '  ', '', '吴忠市民政局', '正文')).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020 });
    expect(metaOfLines('2020年政府信息公开工作年度报告', ' ', '\u3000 ', '吴忠市民政局', '正文')).toMatchObject({ agency: '吴忠市民政局', reportYear: 2020 });
  });

  it('looks for a name’s place in title lines among the first 15 lines only', () => {
    const body = Array.from({ length: 15 }, (_, i) => `本市第${i + 1}段正文。`);
    const m = meta(['市民政局政府信息公开工作年度报告', ...body, '吴忠市人民政府 政务公开年报'].join('\n'));
    expect(m).toMatchObject({ agency: '市民政局', place: null });
    expect(meta(['市民政局政府信息公开工作年度报告', ...body.slice(2), '吴忠市人民政府 政务公开年报'].join('\n'))).toMatchObject({ agency: '吴忠市民政局', place: { division_code: '640300' } });
  });
});

describe('the year, weighed', () => {
  const UNTITLED = '吴忠市民政局政府信息公开工作年度报告';
  it('the title’s year over the opening’s statement, the period’s over the statement, the statement over the signature', () => {
    expect(meta('吴忠市民政局2020年政府信息公开工作年度报告\n现将2019年度政府信息公开工作情况报告如下。')).toMatchObject({ reportYear: 2020, flags: [] });
    expect(meta(`${UNTITLED}\n现将2019年度政府信息公开工作情况报告如下。\n统计期限为2020年1月1日至2020年12月31日。`)).toMatchObject({ reportYear: 2020, flags: [] });
    expect(meta(`${UNTITLED}\n现将2019年度政府信息公开工作情况报告如下。\n吴忠市民政局\n2021年1月15日`)).toMatchObject({ reportYear: 2019, yearInferred: false, flags: [] });
  });

  it('agreeing title and period give the year with no flag', () => {
    const m = meta('吴忠市民政局2020年政府信息公开工作年度报告\n统计期限为2020年1月1日至2020年12月31日。');
    expect(m).toMatchObject({ reportYear: 2020, yearInferred: false, flags: [], missing: [] });
  });

  it('a signature in the first half of a year is the year before’s report, in the second half the same year’s', () => {
    expect(meta(`${UNTITLED}\n吴忠市民政局\n2021年6月30日`)).toMatchObject({ reportYear: 2020, yearInferred: true });
    expect(meta(`${UNTITLED}\n吴忠市民政局\n2020年7月1日`)).toMatchObject({ reportYear: 2020, yearInferred: true });
  });

  it('says what is missing in order, agency first, flags in the vocabulary’s order', () => {
    const m = meta('一、总体情况\n本年度，我局认真贯彻落实《条例》要求。');
    expect(m).toMatchObject({ agency: '', agencyAsPrinted: '', place: null, reportYear: null, publishedDate: '', sourceUrl: '' });
    expect(m.flags).toEqual(['agency_missing', 'year_missing']);
    expect(m.missing).toEqual([
      'agency: no title, opening sentence, signature or page field names the reporting body',
      'year: no title year, statistics period or signature date',
    ]);
    const unplaced = meta('市民政局政府信息公开工作年度报告\n吴忠市民政局\n2021年1月15日');
    expect(unplaced.flags).toEqual(['year_inferred', 'place_missing']);
    expect(unplaced.missing).toEqual(['place: 市民政局 names no place and the text names no place (no cited local regulation, address, known website, or 本市/本区 with a place in the title)']);
  });
});
