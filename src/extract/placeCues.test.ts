/**
 * A place for an agency name printed without one, from the report's web address and from 本市/本区 said of
 * a place its title names; cues that disagree give no place and say why. Real lines come from the 平潭 corpus.
 */
import { describe, expect, it } from 'vitest';
import { HAVE_SHARED, IF_SHARED, sharedText } from './__fixtures__/load';
import { plainTextDocument } from './layout/plainText';
import { readMetadata } from './metadata';
import { placeCues, placeOfHost } from './placeCues';
import { resolvePlace } from './divisions';

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

describe('placeCues: each cue on its own', () => {
  const cues = (...texts: string[]) => placeCues(texts.map((text) => ({ text })), texts.slice(0, 15).map((text) => ({ text }))).map((c) => c.cue);

  it.each([
    ['根据《福建省政府信息公开办法》要求编制。', '《福建省政府信息公开办法》'],
    // 003: the province's interim rule (暂行办法).
    ['根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定和《浙江省政府信息公开暂行办法》的要求', '《浙江省政府信息公开暂行办法》'],
    ['依据《宁夏回族自治区政务公开规定》。', '《宁夏回族自治区政务公开规定》'],
    ['依据《吴忠市人民政府政府信息公开实施细则》。', '《吴忠市人民政府政府信息公开实施细则》'],
    ['依据《淮安市政府信息公开条例》。', '《淮安市政府信息公开条例》'],
  ])('a cited local regulation: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it.each([
    // The national regulation, a work plan (002: 《2019年武汉市政务公开工作要点》), a place that is no whole division.
    '依据《中华人民共和国政府信息公开条例》。',
    '依据《2019年武汉市政务公开工作要点》(武政数〔2019〕25号)。',
    '依据《民政市政府信息公开办法》。',
  ])('no regulation cue: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });

  it.each([
    ['办公地址：宁夏回族自治区吴忠市利通区裕民西街。', 'address 宁夏回族自治区吴忠市利通区裕民西街'],
    ['通讯地址为吴忠市利通区裕民西街。', 'address 吴忠市利通区裕民西街'],
    ['联系地址是江苏省淮安市清江浦区。', 'address 江苏省淮安市清江浦区'],
    ['本局地址在淮安市清江浦区。', 'address 淮安市清江浦区'],
  ])('an address: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it('no address cue from an address that names no division', () => {
    expect(cues('办公地址：裕民西街十号院。')).toEqual([]);
  });

  it.each([
    ['原文链接: https://www.pingtan.gov.cn/zwgk/t20190110_80529.htm', 'pingtan.gov.cn'],
    ['本报告的电子版可在“中国·平潭”政府门户网站（www.pingtan.gov.cn）下载。', 'pingtan.gov.cn'],
    ['网址：WWW.PINGTAN.GOV.CN', 'pingtan.gov.cn'],
    ['网址：zwgk.pingtan.gov.cn。', 'zwgk.pingtan.gov.cn'],
  ])('a known website: %s', (text, host) => {
    expect(cues(text)).toEqual([`website ${host}`]);
  });

  it('one cue per website however often it is named; a host glued into a longer one is not it', () => {
    expect(cues('网址：www.pingtan.gov.cn', '原文链接: https://www.pingtan.gov.cn/a.htm')).toEqual(['website pingtan.gov.cn']);
    expect(cues('网址：pingtan.gov.cnx.com')).toEqual([]);
    expect(cues('网址：pingtan.gov.cn-x.com')).toEqual([]);
  });

  it.each(['_', '|', '-', '—', '–', '·', '•', ':', '：', '、', ',', '，', '(', '（', '《', '【', '['])('本市 and a title piece split off by %s', (separator) => {
    expect(cues(`市民政局2020年政府信息公开工作年度报告${separator}吴忠市人民政府`, '本市各级民政部门')).toEqual(["本市 and the title's 吴忠市"]);
  });

  it.each(['吴忠市', '吴忠市人民政府', '吴忠市政府', '吴忠市门户网站', '吴忠市政府网站', '吴忠市政府网', '吴忠市网站', '吴忠市人民政府网'])(
    'the site a title names: %s',
    (site) => {
      expect(cues(`市民政局2020年政府信息公开工作年度报告_${site}`, '本市各级民政部门')).toEqual(["本市 and the title's 吴忠市"]);
    },
  );

  it('the zone’s 管委会 and 党工委管委会 name it too; a body of the place does not', () => {
    expect(cues('区民政局2020年政府信息公开工作年度报告_平潭综合实验区管委会', '本区各乡镇')).toEqual(["本区 and the title's 平潭综合实验区"]);
    expect(cues('区民政局2020年政府信息公开工作年度报告_平潭综合实验区党工委管委会', '本区各乡镇')).toEqual(["本区 and the title's 平潭综合实验区"]);
    expect(cues('市民政局2020年政府信息公开工作年度报告_吴忠市财政局', '本市各级民政部门')).toEqual([]);
  });

  it.each([
    ['标题: 市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', '本市'],
    ['网站名称：吴忠市人民政府', '本市'],
    ['网页标题：吴忠市人民政府', '本市'],
    ['题名：吴忠市人民政府', '本市'],
    ['文章标题：吴忠市人民政府', '本市'],
    ['吴忠市人民政府 政务公开年报', '本市'],
  ])('a title line: %s', (line, own) => {
    expect(cues(line, `${own}各级民政部门`)).toEqual(["本市 and the title's 吴忠市"]);
  });

  it.each([
    ['县民政局2020年政府信息公开工作年度报告_平潭县人民政府', '本县', '平潭县'],
    ['省民政厅2020年政府信息公开工作年度报告_福建省人民政府', '本省', '福建省'],
    ['区民政局2020年政府信息公开工作年度报告_宁夏回族自治区人民政府', '本自治区', '宁夏回族自治区'],
    ['旗民政局2020年政府信息公开工作年度报告_达拉特旗人民政府', '本旗', '达拉特旗'],
    ['州民政局2020年政府信息公开工作年度报告_恩施土家族苗族自治州人民政府', '本州', '恩施土家族苗族自治州'],
    ['盟民政局2020年政府信息公开工作年度报告_锡林郭勒盟人民政府', '本盟', '锡林郭勒盟'],
  ])('each own-place word: %s with %s', (title, own, place) => {
    expect(cues(title, `${own}各级民政部门`)).toEqual([`${own} and the title's ${place}`]);
  });

  it('needs a title line among the first ones, a short one, and an own-place word that is no 本市级/本区间', () => {
    expect(cues('吴忠市人民政府', '本市各级民政部门')).toEqual([]);
    expect(cues('市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', '本市级部门')).toEqual([]);
    expect(cues('市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', '本区间')).toEqual([]);
    expect(cues(`${'正'.repeat(200)}市民政局2020年政府信息公开工作年度报告_吴忠市人民政府`, '本市各级民政部门')).toEqual([]);
    const body = Array.from({ length: 15 }, () => '正文');
    expect(cues(...body, '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', '本市各级民政部门')).toEqual([]);
  });

  it('reads a title line of up to 200 characters, indented, its field name glued to the site, a place of 2 to 30 characters', () => {
    const title = '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府';
    expect(cues(`${'正'.repeat(200 - title.length)}${title}`, '本市各级民政部门')).toEqual(["本市 and the title's 吴忠市"]);
    expect(cues('  网站名称：吴忠市人民政府', '本市各级民政部门')).toEqual(["本市 and the title's 吴忠市"]);
    expect(cues('网页标题吴忠市人民政府 政务公开年报', '本市各级民政部门')).toEqual(["本市 and the title's 吴忠市"]);
    expect(cues('县民政局2020年政府信息公开工作年度报告_泸县', '本县各级民政部门')).toEqual(["本县 and the title's 泸县"]);
    const longest = '新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县';
    expect(`${longest}人民政府网`).toHaveLength(30);
    expect(cues(`县民政局2020年政府信息公开工作年度报告_${longest}人民政府网`, '本县各级民政部门')).toEqual([`本县 and the title's ${longest}`]);
  });

  it('gives the place itself, without the site word after it', () => {
    const lines = [{ text: '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府' }, { text: '本市各级民政部门' }];
    expect(placeCues(lines, lines)).toEqual([{ place: resolvePlace('吴忠市'), cue: "本市 and the title's 吴忠市" }]);
  });

  it('names a place once however many title lines give it', () => {
    expect(cues('标题: 市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', '市民政局2020年政府信息公开工作年度报告_吴忠市人民政府', '本市')).toEqual(["本市 and the title's 吴忠市"]);
  });
});
