/**
 * A place for an agency name printed without one, from the report's web address and from 本市/本区 said of
 * a place its title names; cues that disagree give no place and say why. Real lines come from the 平潭 corpus.
 */
import { describe, expect, it } from 'vitest';
import { HAVE_SHARED, IF_SHARED, sharedText } from './__fixtures__/load';
import { plainTextDocument } from './layout/plainText';
import { readMetadata } from './metadata';
import { placeOfHost } from './placeCues';

const meta = (text: string) => readMetadata(plainTextDocument(text));
const ZONE = { province: '福建省', city: '平潭综合实验区', county: '', division_code: '', admin_level: 'city' };

/** The report's own lines, as the crawler stored them (../shared/reports/corpus/pingtan_2018.txt). */
const pingtan2018 = HAVE_SHARED ? sharedText('corpus/pingtan_2018.txt') : '';
const sourceLine = /原文链接: \S+/.exec(pingtan2018)?.[0] ?? '';
const downloadSentence = /本报告的电子版可在[^。]*下载。/.exec(pingtan2018)?.[0] ?? '';
const contactSentence = /如对本报告有任何疑问，请与区管委会办公室[^。]*。/.exec(pingtan2018)?.[0] ?? '';

describe.skipIf(!HAVE_SHARED)(`the report's website places a name without a place${IF_SHARED}`, () => {
  it('reads the lines it is tested on from the real report', () => {
    expect(sourceLine).toBe('原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201901/t20190110_80529.htm');
    expect(downloadSentence).toBe('本报告的电子版可在“中国·平潭”政府门户网站（www.pingtan.gov.cn）下载。');
    expect(contactSentence).toContain('区管委会办公室');
  });

  it('from the crawler’s 原文链接 (the page’s own address): 区管委会办公室 is the zone’s', () => {
    const m = meta(`区管委会办公室2018年度政府信息公开工作年度报告\n${sourceLine}\n${contactSentence}`);
    expect(m).toMatchObject({ agency: '平潭综合实验区管委会办公室', agencyAsPrinted: '区管委会办公室', reportYear: 2018 });
    expect(m.place).toEqual({ ...ZONE, rest: '管委会办公室' });
    expect(m.flags).toEqual(['place_inferred']);
    expect(m.missing).toEqual([]);
  });

  it('from the site the text names (电子版可在…网站（www.pingtan.gov.cn）下载)', () => {
    const m = meta(`区管委会办公室2018年度政府信息公开工作年度报告\n${downloadSentence}`);
    expect(m.agency).toBe('平潭综合实验区管委会办公室');
    expect(m.place).toEqual({ ...ZONE, rest: '管委会办公室' });
    expect(m.flags).toEqual(['place_inferred']);
  });

  it('agrees with a cited regulation of the same province, and gives no place when the regulation is another’s', () => {
    const fujian = meta(`区管委会办公室2018年度政府信息公开工作年度报告\n根据《福建省政府信息公开办法》。\n${downloadSentence}`);
    expect(fujian.place).toEqual({ ...ZONE, rest: '管委会办公室' });
    const jiangsu = meta(`区管委会办公室2018年度政府信息公开工作年度报告\n根据《江苏省政府信息公开规定》。\n${downloadSentence}`);
    expect(jiangsu).toMatchObject({ agency: '区管委会办公室', place: null, flags: ['place_missing'] });
    expect(jiangsu.missing).toEqual([
      'place: 区管委会办公室 names no place and the places the text names disagree (江苏省 from 《江苏省政府信息公开规定》; 福建省平潭综合实验区 from website pingtan.gov.cn)',
    ]);
  });
});

describe('web hosts (data/dictionary/gov-hosts.json)', () => {
  it('match a listed host and its subdomains, nothing else', () => {
    expect(placeOfHost('pingtan.gov.cn')).toMatchObject(ZONE);
    expect(placeOfHost('ZWGK.Pingtan.gov.cn')).toMatchObject(ZONE);
    expect(placeOfHost('notpingtan.gov.cn')).toBeNull();
    expect(placeOfHost('pingtan.gov.cn.example.com')).toBeNull();
    expect(placeOfHost('gov.cn')).toBeNull();
  });

  it('an unlisted host (the national portal, an unknown site) names no place', () => {
    const m = meta('县民政局2020年政府信息公开工作年度报告\n详见中国政府网（www.gov.cn）和本局网站 www.example.gov.cn。');
    expect(m).toMatchObject({ agency: '县民政局', place: null, flags: ['place_missing'] });
    expect(m.missing[0]).toMatch(/the text names no place/);
    // A host that only resembles a listed one is not it.
    expect(meta('区管委会办公室2018年度政府信息公开工作年度报告\n网址：www.pingtan.gov.cn.example.com').place).toBeNull();
  });
});

describe('本市 / 本区 / 本县 with the place the title names', () => {
  // A CMS page title joins the report's name and the site's; 001 (吴忠市民政局) names 吴忠市人民政府门户网站.
  const TITLE = '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府';

  it('本市 and a title naming 吴忠市 give 吴忠市民政局', () => {
    const m = meta(`${TITLE}\n一是在吴忠市人民政府门户网站发布信息 88 条。本市各级民政部门……`);
    expect(m).toMatchObject({ agency: '吴忠市民政局', agencyAsPrinted: '市民政局' });
    expect(m.place).toMatchObject({ province: '宁夏回族自治区', city: '吴忠市', division_code: '640300', admin_level: 'city' });
    expect(m.flags).toEqual(['place_inferred']);
  });

  it('needs both: no 本市 in the text, or a 本区 that is not the title’s 市, gives no place', () => {
    expect(meta(`${TITLE}\n本年度，我局认真贯彻落实《条例》要求。`).place).toBeNull();
    const district = meta(`${TITLE}\n本区各街道……`);
    expect(district.place).toBeNull();
    expect(district.missing[0]).toMatch(/the text names no place/);
    // 本区域 is "this area", not this district.
    expect(meta('区民政局2020年政府信息公开工作年度报告_平潭综合实验区门户网站\n本区域内……').place).toBeNull();
  });

  it('gives no place when the title’s place and the address disagree, and names both', () => {
    const m = meta(`${TITLE}\n本市……\n联系地址：宁夏回族自治区银川市兴庆区解放西街。`);
    expect(m).toMatchObject({ agency: '市民政局', place: null, flags: ['place_missing'] });
    expect(m.missing[0]).toContain('disagree');
    expect(m.missing[0]).toContain('宁夏回族自治区银川市兴庆区 from address');
    expect(m.missing[0]).toContain("宁夏回族自治区吴忠市 from 本市 and the title's 吴忠市");
  });

  it('a title naming two places of the kind 本市 speaks of gives none', () => {
    const m = meta('市民政局2020年政府信息公开工作年度报告_吴忠市人民政府_银川市人民政府\n本市……');
    expect(m.place).toBeNull();
    expect(m.missing[0]).toContain('disagree');
  });
});
