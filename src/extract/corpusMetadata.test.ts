/**
 * Agency, province and year of every corpus report (../shared/reports/corpus, crawler text dumps of
 * 平潭 reports), against the values read in each file and its README table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextDocument } from './layout/plainText';
import { readMetadata } from './metadata';
import { SHARED_REPORTS, HAVE_SHARED, sharedReport } from './__fixtures__/load';

const ZONE = { agency: '平潭综合实验区', province: '福建省', city: '平潭综合实验区', county: '', division_code: '', admin_level: 'city' };
const COUNTY = { agency: '平潭县人民政府', province: '福建省', city: '福州市', county: '平潭县', division_code: '350128', admin_level: 'county' };

/** file → expected metadata, and the 原文链接 line of its header. */
const CORPUS: [string, Record<string, string>, number, string][] = [
  ['pingtan_2011.txt', ZONE, 2011, '201204/t20120420_80678.htm'],
  ['pingtan_county_2011.txt', COUNTY, 2011, '201204/t20120418_80716.htm'],
  ['pingtan_2012.txt', ZONE, 2012, '201302/t20130228_80734.htm'],
  ['pingtan_county_2013.txt', COUNTY, 2013, '201401/t20140122_80754.htm'],
  ['pingtan_2013.txt', ZONE, 2013, '201403/t20140324_80759.htm'],
  ['pingtan_2014.txt', { ...ZONE, agency: '平潭综合实验区管委会' }, 2014, '201501/t20150102_80791.htm'],
  ['pingtan_2016.txt', ZONE, 2016, '201701/t20170118_80485.htm'],
  ['pingtan_2017.txt', ZONE, 2017, '201801/t20180123_80506.htm'],
  ['pingtan_2018.txt', ZONE, 2018, '201901/t20190110_80529.htm'],
  ['pingtan_2019.txt', ZONE, 2019, '202001/t20200120_80576.htm'],
  ['pingtan_2021.txt', ZONE, 2021, '202202/t20220208_80613.htm'],
  ['pingtan_2023.txt', ZONE, 2023, '202403/t20240308_87885.htm'],
];

const bodyOf = (file: string) => readFileSync(join(SHARED_REPORTS, 'corpus', file), 'utf8').split('==================== 正文 ====================')[1];

const SUITE = 'corpus reports: agency, place and year';
describe.skipIf(!HAVE_SHARED)(HAVE_SHARED ? SUITE : `${SUITE} (skipped: ../shared/reports absent)`, () => {
  it.each(CORPUS)('%s', (file, expected, year, url) => {
    const { report } = sharedReport(`corpus/${file}`);
    expect(report).toMatchObject({ ...expected, agency_as_printed: expected.agency, report_year: year, year_inferred: false });
    expect(report.source_url).toBe(`https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/${url}`);
    expect(report.metadata_flags).toEqual([]);
    expect(report.metadata_missing).toBe('');
  });

  it('reads the same from the body alone, without the crawler’s header lines', () => {
    // The body's title, not 来源：平潭县人民政府 on the zone's 2014 page, names the zone.
    expect(bodyOf('pingtan_2014.txt')).toContain('来源：平潭县人民政府');
    expect(readMetadata(plainTextDocument(bodyOf('pingtan_2014.txt')))).toMatchObject({ agency: '平潭综合实验区管委会', reportYear: 2014 });
    // Same text, two bodies: each its own title's name (the zone's report still says 我县).
    expect(bodyOf('pingtan_2011.txt')).toContain('我县');
    expect(readMetadata(plainTextDocument(bodyOf('pingtan_2011.txt'))).agency).toBe('平潭综合实验区');
    expect(readMetadata(plainTextDocument(bodyOf('pingtan_county_2011.txt'))).agency).toBe('平潭县人民政府');
  });

  it('takes the year from the title when the statistics period is blank (统计期限自至)', () => {
    expect(bodyOf('pingtan_county_2013.txt')).toContain('统计期限自至');
    expect(readMetadata(plainTextDocument(bodyOf('pingtan_county_2013.txt')))).toMatchObject({ reportYear: 2013, yearInferred: false });
  });

  it('says the agency is missing where only the crawler’s header names it (2023 body has no title)', () => {
    const m = readMetadata(plainTextDocument(bodyOf('pingtan_2023.txt')));
    // The year still comes from the body's 统计期限自2023年1月1日起至2023年12月31日止.
    expect(m).toMatchObject({ agency: '', reportYear: 2023, place: null });
    expect(m.flags).toEqual(['agency_missing']);
  });
});
