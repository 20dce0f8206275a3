/**
 * The pre-2019 统计表 of the nine 平潭 reports 2011–2018 (../shared/reports/corpus), every value read by hand
 * from the files: which cells are read, which are unreadable and why, and what the narrative adds.
 */
import { describe, expect, it } from 'vitest';
import { extractReport, toDocument } from './extractReport';
import { HAVE_SHARED, sharedReport, sharedText } from './__fixtures__/load';
import { parsePre2019Table } from './tables/pre2019Table';
import type { Fact } from './types';

type Pair = [number | null, number | null];

/** 本年度 and 历年累计 of a row, from table facts. */
function pair(facts: Fact[], key: string): Pair {
  const [section, item, measure] = key.split('.');
  const measures = measure === 'amount_yuan' ? ['amount_yuan', 'cumulative_amount_yuan'] : ['count', 'cumulative'];
  return measures.map((m) => {
    const hits = facts.filter((f) => f.origin === 'table' && f.section === section && f.item === item && f.measure === m);
    if (hits.length !== 1) throw new Error(`${section}.${item}.${m}: ${hits.length} facts`);
    return hits[0].value;
  }) as Pair;
}

const tableOf = (facts: Fact[]) =>
  Object.fromEntries(
    facts.filter((f) => f.origin === 'table' && ['count', 'amount_yuan'].includes(f.measure))
      .map((f) => [`${f.section}.${f.item}.${f.measure}`, pair(facts, `${f.section}.${f.item}.${f.measure}`)]),
  );

const narrativeOf = (facts: Fact[], key: string) => {
  const [section, item, measure] = key.split('.');
  return facts.find((f) => f.origin === 'narrative' && f.section === section && f.item === item && f.measure === measure);
};

const ZERO: Pair = [0, 0];
/** 2008–2013 template rows after the 主动公开 rows, all zero in these reports. */
const ZERO_REQUESTS_2011 = {
  'pre2019.requests_received.count': ZERO, 'pre2019.requests_in_person.count': ZERO, 'pre2019.requests_fax.count': ZERO,
  'pre2019.requests_email.count': ZERO, 'pre2019.requests_online.count': ZERO, 'pre2019.requests_letter.count': ZERO,
  'pre2019.requests_other_channel.count': ZERO, 'pre2019.replies.count': ZERO, 'pre2019.replies_disclosed.count': ZERO,
  'pre2019.replies_partially_disclosed.count': ZERO, 'pre2019.replies_refused.count': ZERO,
  'pre2019.admin_review.count': ZERO, 'pre2019.litigation.count': ZERO, 'pre2019.complaints.count': ZERO,
};
/** 2014–2018 template (信函、传真 in one row, 其他类型答复, 收费减免金额 in 元, 接受行政诉讼、举报数). */
const ZERO_REQUESTS_2016 = {
  'pre2019.requests_received.count': ZERO, 'pre2019.requests_in_person.count': ZERO, 'pre2019.requests_online.count': ZERO,
  'pre2019.requests_letter_fax.count': ZERO, 'pre2019.replies.count': ZERO, 'pre2019.replies_disclosed.count': ZERO,
  'pre2019.replies_partially_disclosed.count': ZERO, 'pre2019.replies_refused.count': ZERO, 'pre2019.replies_other.count': ZERO,
  'pre2019.litigation_reports_received.count': ZERO, 'pre2019.admin_review.count': ZERO, 'pre2019.litigation.count': ZERO,
};

describe.skipIf(!HAVE_SHARED)(`pre-2019 统计表 of the 平潭 corpus${HAVE_SHARED ? '' : ' (skipped: ../shared/reports absent)'}`, () => {
  const read = (name: string) => sharedReport(`corpus/${name}.txt`);

  it('pingtan_2011 (spaced) reads every cell, and pingtan_county_2011 (run together) gives the same numbers', () => {
    const zone = read('pingtan_2011');
    const county = read('pingtan_county_2011');
    expect(zone.report.form_version).toBe('pre2019');
    expect(tableOf(zone.facts)).toEqual({
      'active_volume.total.count': [425, 1516], 'active_volume.website.count': [418, 1509], 'active_volume.gazette.count': [7, 7],
      ...ZERO_REQUESTS_2011,
    });
    expect(tableOf(county.facts)).toEqual(tableOf(zone.facts));
    // The county's cells were cut from runs (4251516 → 425 | 1516); the zone's were printed apart.
    expect(county.facts.find((f) => f.item === 'website' && f.measure === 'count')?.flags).toEqual(['split_run']);
    expect(zone.facts.find((f) => f.item === 'website' && f.measure === 'count')?.flags).toEqual([]);
    expect(zone.facts.filter((f) => f.section === 'pre2019').every((f) => f.year === 2011 && f.unit === 'count')).toBe(true);
  });

  it('pingtan_2012: table 739 and narrative 1913 are both kept, both flagged narrative_conflict', () => {
    const { facts, checks } = read('pingtan_2012');
    expect(tableOf(facts)).toMatchObject({
      'active_volume.total.count': [739, 4359], 'active_volume.website.count': [739, 4359], 'active_volume.gazette.count': ZERO,
      'pre2019.requests_received.count': ZERO, 'pre2019.requests_letter.count': ZERO, 'pre2019.replies.count': ZERO,
      'pre2019.admin_review.count': ZERO, 'pre2019.litigation.count': ZERO, 'pre2019.complaints.count': ZERO,
    });
    expect(narrativeOf(facts, 'active_volume.total.count')).toMatchObject({ value: 1913, raw: '主动公开政府信息1913条', flags: ['narrative_conflict'] });
    expect(facts.find((f) => f.origin === 'table' && f.item === 'total' && f.measure === 'count')?.flags).toEqual(['narrative_conflict']);
    expect(checks.find((c) => c.check === 'narrative_vs_table.active_volume.total.count')).toMatchObject({ status: 'fail', expected: 739, actual: 1913 });
  });

  it('pingtan_2013: the one-number 政府公报公开 row is unreadable (cells_missing); 4970 vs 72804 and 行政复议 1 vs 0 conflict', () => {
    const { facts, checks } = read('pingtan_2013');
    expect(pair(facts, 'active_volume.total.count')).toEqual([72804, 76424]);
    expect(pair(facts, 'active_volume.website.count')).toEqual([72804, 76424]);
    for (const m of ['count', 'cumulative']) {
      expect(facts.find((f) => f.item === 'gazette' && f.measure === m)).toMatchObject({ status: 'unreadable', value: null, raw: '0', flags: ['cells_missing'] });
    }
    expect(pair(facts, 'pre2019.admin_review.count')).toEqual(ZERO);
    expect(narrativeOf(facts, 'active_volume.total.count')).toMatchObject({ value: 4970, flags: ['narrative_conflict'] });
    expect(narrativeOf(facts, 'pre2019.admin_review.count')).toMatchObject({ value: 1, flags: ['narrative_conflict'] });
    expect(facts.find((f) => f.origin === 'table' && f.item === 'admin_review' && f.measure === 'count')?.flags).toEqual(['narrative_conflict']);
    expect(checks.filter((c) => c.status === 'fail').map((c) => [c.check, c.expected, c.actual])).toEqual([
      ['narrative_vs_table.active_volume.total.count', 72804, 4970],
      ['narrative_vs_table.pre2019.admin_review.count', 0, 1],
    ]);
    // 未收到…申请 (none received) is 0 under every definition; the table's 受理 row says 0 too.
    expect(narrativeOf(facts, 'applications.new_received.total')?.value).toBe(0);
  });

  it('pingtan_county_2013: runs cut by 累计 ≥ 本年度, the 其中 rows within their parent, and the stated 7 requests', () => {
    const { facts, checks } = read('pingtan_county_2013');
    expect(tableOf(facts)).toEqual({
      'active_volume.total.count': [1853, 5395], 'active_volume.website.count': [1713, 5017], 'active_volume.gazette.count': [0, 7],
      'pre2019.requests_received.count': [7, 28], 'pre2019.requests_in_person.count': [0, 18], 'pre2019.requests_fax.count': ZERO,
      'pre2019.requests_email.count': [3, 6], 'pre2019.requests_online.count': [4, 4], 'pre2019.requests_letter.count': ZERO,
      'pre2019.requests_other_channel.count': ZERO, 'pre2019.replies.count': [3, 24], 'pre2019.replies_disclosed.count': [2, 19],
      'pre2019.replies_partially_disclosed.count': [1, 3], 'pre2019.replies_refused.count': [0, 2],
      'pre2019.admin_review.count': ZERO, 'pre2019.litigation.count': ZERO, 'pre2019.complaints.count': ZERO,
    });
    // 共收到…申请7条 in a pre-2019 report is that form's 受理 row, not 本年新收; it agrees with the table.
    expect(narrativeOf(facts, 'pre2019.requests_received.count')).toMatchObject({ value: 7, raw: '全县共收到有关政府信息公开的申请7条', flags: [] });
    expect(narrativeOf(facts, 'applications.new_received.total')).toBeUndefined();
    expect(checks.find((c) => c.check === 'narrative_vs_table.pre2019.requests_received.count')?.status).toBe('pass');
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('pingtan_2014: the 2014 template with 信函、传真 and 收费减免金额 in 元; the 审批 受理申请121510件 is no disclosure request', () => {
    const { facts } = read('pingtan_2014');
    expect(tableOf(facts)).toEqual({
      'active_volume.total.count': [2543, 78967], 'active_volume.website.count': [2543, 78967], 'active_volume.gazette.count': ZERO,
      ...ZERO_REQUESTS_2016,
      'pre2019.requests_received.count': [1, 1], 'pre2019.requests_letter_fax.count': [1, 1],
      'pre2019.replies.count': [1, 1], 'pre2019.replies_disclosed.count': [1, 1],
      'pre2019.disclosure_fees.amount_yuan': ZERO,
    });
    expect(facts.find((f) => f.item === 'disclosure_fees' && f.measure === 'amount_yuan')).toMatchObject({ unit: '元', flags: [] });
    // 收到…的信函申请1条 counts one channel: no total is stated.
    expect(facts.filter((f) => f.origin === 'narrative' && /requests|new_received/.test(f.item))).toEqual([]);
  });

  it.each([
    ['pingtan_2016', 3460, 85376],
    ['pingtan_2017', 2122, 10037],
    ['pingtan_2018', 2069, 12106],
  ])('%s: the stated 主动公开 count pins the run-together total, which bounds its 网站公开 row', (name, year, cumulative) => {
    const { facts, checks } = read(name);
    expect(tableOf(facts)).toEqual({
      'active_volume.total.count': [year, cumulative], 'active_volume.website.count': [year, cumulative], 'active_volume.gazette.count': ZERO,
      ...ZERO_REQUESTS_2016,
      ...(name === 'pingtan_2016' ? { 'pre2019.disclosure_fees.amount_yuan': ZERO } : {}),
    });
    expect(narrativeOf(facts, 'active_volume.total.count')?.value).toBe(year);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('without the stated count, the same runs fit several cuts: every cell of them is unreadable (ambiguous_split)', () => {
    const facts = parsePre2019Table(toDocument(sharedText('corpus/pingtan_2017.txt')).rows);
    for (const item of ['total', 'website']) {
      for (const measure of ['count', 'cumulative']) {
        // 212210037 = 2|12210037, 21|2210037, 212|210037 or 2122|10037
        expect(facts.find((f) => f.item === item && f.measure === measure)).toMatchObject({
          status: 'unreadable', value: null, raw: '212210037', flags: ['ambiguous_split'],
        });
      }
    }
    expect(facts.find((f) => f.item === 'gazette' && f.measure === 'count')).toMatchObject({ status: 'reported', value: 0 });
  });

  it('gives every fact a key, unit and flag of the contract', async () => {
    const { factProblems } = await import('./contract');
    for (const name of ['pingtan_2011', 'pingtan_county_2011', 'pingtan_2012', 'pingtan_2013', 'pingtan_county_2013', 'pingtan_2014', 'pingtan_2016', 'pingtan_2017', 'pingtan_2018']) {
      for (const f of read(name).facts) expect(factProblems(f), `${name} ${f.section}.${f.item}.${f.measure}`).toEqual([]);
    }
  });
});

describe('pre-2019 统计表 in a tab-separated layout', () => {
  const extract = (text: string) => {
    const result = extractReport({ sourceFile: 't.txt', sha256: 'a'.repeat(64), text });
    if (!result.ok) throw new Error(result.error);
    return result.facts;
  };
  const table = (feeUnit: string) =>
    `某县人民政府2015年政府信息公开工作年度报告\n指标名称\t计量单位\t2015年度\t历年累计\n主动公开信息数\t条\t12\t30\n` +
    `受理依申请公开信息总数\t件\t3\t5\n政府信息公开收费减免金额\t${feeUnit}\t1.5\t2\n`;

  it('reads one row per line; 元 and 万元 amounts in 元', () => {
    expect(tableOf(extract(table('元')))).toEqual({
      'active_volume.total.count': [12, 30], 'pre2019.requests_received.count': [3, 5], 'pre2019.disclosure_fees.amount_yuan': [1.5, 2],
    });
    expect(pair(extract(table('万元')), 'pre2019.disclosure_fees.amount_yuan')).toEqual([15000, 20000]);
  });

  it('keeps an amount printed without a unit as written, flagged unit_missing', () => {
    const fee = extract(table('')).find((f) => f.item === 'disclosure_fees' && f.measure === 'amount_yuan');
    expect(fee).toMatchObject({ status: 'reported', value: 1.5, unit: '', flags: ['unit_missing'] });
  });

  it('leaves a run-together row unreadable (split_no_solution) when no cut keeps 历年累计 ≥ 本年度', () => {
    // `10` could only be 1 | 0, a cumulative below the year's count.
    const facts = extract('某县人民政府2015年政府信息公开工作年度报告\n指标名称计量单位2015年度历年累计主动公开信息数条10受理依申请公开信息总数条00\n');
    expect(facts.find((f) => f.item === 'total' && f.measure === 'cumulative')).toMatchObject({ status: 'unreadable', raw: '10', flags: ['split_no_solution'] });
    expect(pair(facts, 'pre2019.requests_received.count')).toEqual(ZERO);
  });
});
