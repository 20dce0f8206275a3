/**
 * The rules for doubtful figures (figureMarks.ts) on the real dataset: 洪泽区 2023 (hongze_district_2023.pdf,
 * p. 4) prints 行政复议 10 1 0 0 with total 0 and 复议后起诉 5 0 0 0 with total 0; 000 (武昌区民政局) states 无
 * new requests in its text while its table gives 2; 003 (下城区民政局) prints its procurement amount `56700
 * without a unit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from './connector';
import { NO_FILTERS } from './filters';
import { nodeConnector } from './nodeConnector';
import { REPORT_WIDE_KEYS, checkedKeys, failedChecksOn, figureKeys, isUnitless } from './figureMarks';
import { compareCells, countedFailedChecks, failedChecks, trend, trendUnitless } from './queries';

const HONGZE_2023 = '94a211353fb0';
const WUCHANG = '3f3beb166f7e';

describe('which figures a check compares', () => {
  it('reads them from the check’s name, for every family extract/checks.ts writes', () => {
    expect(checkedKeys('review_litigation.sum.admin_review')).toEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((measure) => ({ section: 'review_litigation', item: 'admin_review', measure })));
    expect(checkedKeys('applications.applicants_sum.disclosed').map((k) => k.measure)).toEqual(['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total']);
    const outcomes = checkedKeys('applications.outcomes_sum.total');
    expect(outcomes[0]).toEqual({ section: 'applications', item: 'total_handled', measure: 'total' });
    // Both forms' rows: the single （六）其他处理 row and its three 2021 parts.
    expect(outcomes.map((k) => k.item)).toEqual(expect.arrayContaining(['disclosed', 'withheld_state_secret', 'other_handling', 'other_unpaid_fees']));
    expect(checkedKeys('applications.balance.commercial').map((k) => `${k.item}.${k.measure}`)).toEqual(['new_received.commercial', 'carried_over.commercial', 'total_handled.commercial', 'carried_forward.commercial']);
    expect(checkedKeys('applications.carryover.total')).toEqual([{ section: 'applications', item: 'carried_over', measure: 'total' }]);
    expect(checkedKeys('narrative_vs_table.applications.new_received.total')).toEqual([{ section: 'applications', item: 'new_received', measure: 'total' }]);
    expect(checkedKeys('some.future.check')).toEqual([]);
  });

  it('maps chart items and overview columns to the figures they are made of', () => {
    expect(figureKeys('applications', 'outcome_unable', 'total').map((k) => k.item)).toEqual(['unable_not_held', 'unable_needs_creation', 'unable_unclear']);
    expect(figureKeys('review_litigation', 'admin_review', 'upheld')).toEqual([{ section: 'review_litigation', item: 'admin_review', measure: 'upheld' }]);
    expect(REPORT_WIDE_KEYS.litigation_total.map((k) => k.item)).toEqual(['litigation_direct', 'litigation_after_review']);
  });

  it('knows a unit-less number by its flag', () => {
    expect(isUnitless('ocr_repaired;unit_missing')).toBe(true);
    expect(isUnitless('unit_missing_x')).toBe(false);
    expect(isUnitless(null)).toBe(false);
  });
});

describe('doubtful figures in the real dataset', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await nodeConnector('data');
  });

  it('finds 洪泽区 2023’s failed checks on the figures they compare, and on no other', async () => {
    const fails = await failedChecks(db, [HONGZE_2023, '82ba40ade55a']);
    expect(fails.map((c) => [c.report_id, c.check, c.expected, c.actual])).toEqual([
      [HONGZE_2023, 'review_litigation.sum.admin_review', 0, 11],
      [HONGZE_2023, 'review_litigation.sum.litigation_after_review', 0, 5],
    ]);
    const on = (item: string, measure: string) => failedChecksOn(fails, HONGZE_2023, [{ section: 'review_litigation', item, measure }]).map((c) => c.check);
    expect(on('admin_review', 'total')).toEqual(['review_litigation.sum.admin_review']);
    expect(on('admin_review', 'upheld')).toEqual(['review_litigation.sum.admin_review']);
    expect(on('litigation_direct', 'total')).toEqual([]);
    // The 2024 report's figures are not 2023's.
    expect(failedChecksOn(fails, '82ba40ade55a', [{ section: 'review_litigation', item: 'admin_review', measure: 'total' }])).toEqual([]);
    expect(await failedChecks(db, [])).toEqual([]);
  });

  it('gives the overview the failed checks of the reports it sums, with their scope', async () => {
    const counted = await countedFailedChecks(db, NO_FILTERS);
    expect(counted.map((c) => [c.agency, c.report_year, c.scope, c.check])).toEqual([
      ['洪泽区人民政府', 2023, 'jurisdiction', 'review_litigation.sum.admin_review'],
      ['洪泽区人民政府', 2023, 'jurisdiction', 'review_litigation.sum.litigation_after_review'],
      ['武昌区民政局', 2020, 'body', 'narrative_vs_table.applications.new_received.total'],
      // 平潭 2012: prose 1913 条, table 739; 2013: prose 4970, table 72804, and 收到1份…行政复议 against 行政复议数 0.
      // The zone's reports do not say they count for the whole zone (scope unknown), but the overview sums them too.
      ['平潭综合实验区', 2012, 'unknown', 'narrative_vs_table.active_volume.total.count'],
      ['平潭综合实验区', 2013, 'unknown', 'narrative_vs_table.active_volume.total.count'],
      ['平潭综合实验区', 2013, 'unknown', 'narrative_vs_table.pre2019.admin_review.count'],
    ]);
    expect(failedChecksOn(counted, WUCHANG, REPORT_WIDE_KEYS.requests_new)).toHaveLength(1);
    expect(failedChecksOn(counted, HONGZE_2023, REPORT_WIDE_KEYS.requests_new)).toEqual([]);
    expect(await countedFailedChecks(db, { ...NO_FILTERS, provinces: ['湖北省'] })).toHaveLength(1);
    expect(await countedFailedChecks(db, { ...NO_FILTERS, provinces: ['福建省'] })).toHaveLength(3);
  });

  it('gives compare the printed number of a failed check, and the flags and raw text of a unit-less one', async () => {
    const cells = await compareCells(db, ['330103-民政局']);
    expect(cells.find((c) => c.item === 'procurement' && c.measure === 'amount_10k_yuan')).toMatchObject({ value: 56700, raw: '`56700', flags: 'ocr_repaired;unit_missing' });
    const hongze = (await compareCells(db, ['320813-人民政府']));
    // The agency's latest report is 2024's (2 reviews, its check passes).
    expect(hongze.find((c) => c.item === 'admin_review' && c.measure === 'total')).toMatchObject({ report_year: 2024, value: 2 });
  });

  it('leaves unit-less amounts out of trends and names them', async () => {
    expect(await trend(db, 'procurement', ['330103-民政局'], NO_FILTERS)).toEqual([]);
    expect(await trendUnitless(db, 'procurement', ['330103-民政局', '640300-民政局'], NO_FILTERS)).toEqual([{ agency: '下城区民政局', report_year: 2020, agency_id: '330103-民政局' }]);
    expect(await trendUnitless(db, 'admin_review', ['330103-民政局'], NO_FILTERS)).toEqual([]);
    // 洪泽区 2023's point is the printed 0, from its own year's report.
    expect((await trend(db, 'admin_review', ['320813-人民政府'], NO_FILTERS)).map((p) => [p.year, p.value, p.report_year])).toEqual([[2023, 0, 2023], [2024, 2, 2024]]);
  });
});
