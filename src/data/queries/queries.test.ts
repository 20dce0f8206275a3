/** The typed queries on the real dataset (data/*.csv), run on DuckDB for Node. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { NO_FILTERS } from '../filters';
import { refusalRates, agencyReports, chartFigures, reportList, checkRows, compareCells, figures, filterOptions, flagCounts, flaggedFacts, metricKeys, missingYears, overviewTotals, publishedSourceFile, reportFacts, runUserSql, searchAgencies, trend, trendAgencies, unitlessAmounts, UserSqlError } from '.';

const coverage = async (db: Connector, f: typeof NO_FILTERS) => (await overviewTotals(db, f)).coverage;
const totalsByScope = async (db: Connector, f: typeof NO_FILTERS) => (await overviewTotals(db, f)).totals;
import { nodeConnector } from '../nodeConnector';
import { VIEWS_SQL } from '../schema';

let db: Connector;
beforeAll(async () => {
  db = await nodeConnector('data');
});

describe('queries on the real dataset', () => {
  it('lists filter options', async () => {
    const o = await filterOptions(db);
    // The 平潭 corpus adds 2011–2014, 2016, 2018, 2019 and 2021 (it has no 2015, 2020 or 2022 report) and 福建省.
    expect(o.years).toEqual([2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019, 2020, 2021, 2023, 2024]);
    expect(o.provinces).toEqual(['吉林省', '宁夏回族自治区', '江苏省', '浙江省', '湖北省', '福建省']);
    expect(o.forms).toEqual(['2019', '2021', 'pre2019']);
  });

  it('counts coverage with filters', async () => {
    // 20 reports: the five of data/raw, the three PDFs and the twelve 平潭 ones. Agencies: the seven before, 平潭县人民政府
    // (2011, 2013), 平潭综合实验区 (nine years) and 平潭综合实验区管委会 (2014, whose title names the 管委会: an agency id
    // comes from the title, so it is an agency of its own). pingtan_2011 and pingtan_county_2011 share their text:
    // both count, under the two bodies their titles name.
    expect(await coverage(db, NO_FILTERS)).toEqual({ reports: 20, agencies: 10, provinces: 6, first_year: 2011, last_year: 2024 });
    const [all] = await db.query<{ reports: number; agencies: number }>(`SELECT count(*)::INTEGER AS reports, count(DISTINCT agency_id)::INTEGER AS agencies FROM reports`);
    expect(await coverage(db, NO_FILTERS)).toMatchObject(all);
    expect(await coverage(db, { ...NO_FILTERS, provinces: ['江苏省'] })).toMatchObject({ reports: 3, agencies: 2 });
    expect(await coverage(db, { ...NO_FILTERS, years: [2020], levels: ['city'] })).toMatchObject({ reports: 1 });
  });

  it('keeps jurisdiction-wide reports out of the bodies’ totals', async () => {
    const totals = await totalsByScope(db, NO_FILTERS);
    const body = totals.find((t) => t.scope === 'body')!;
    const jurisdiction = totals.find((t) => t.scope === 'jurisdiction')!;
    // Bodies: 000 (2) + 001 (0) + 003 (0); 004 and 平潭综合实验区管委会 2014 are pre-2019 (their 受理 count is
    // pre2019.requests_received, not 本年新收: 2014's table says 1); 002 is unknown scope.
    expect(body).toMatchObject({ reports: 5, requests_new: 2 });
    // 淮安市 3119 + 洪泽区 2023 21, never added to the bodies; 平潭县 2011 and 2013 (全县…) are pre-2019, with no 本年新收.
    expect(jurisdiction).toMatchObject({ reports: 4, requests_new: 3140 });
    // Procurement: 773.5 (001) + 743.58 (000, stated only in prose: its table cell is blank);
    // 003's `56700 has no unit and is left out.
    expect(body.procurement_10k_yuan).toBe(1517.08);
    expect(jurisdiction.not_added).toBe(0);
  });

  it('does not add a district government’s whole-area report to its city’s of the same year', async () => {
    // Imagine 洪泽区 2023 also reported for 2024, the year 淮安市 reports for the whole city (3119).
    const copy = async (table: string, shift: string) => db.query(`INSERT INTO ${table} SELECT * REPLACE ('y' AS report_id, ${shift}) FROM ${table} WHERE report_id = '94a211353fb0'`);
    await copy('reports', '2024 AS report_year');
    await copy('facts', '2024 AS report_year, year + 1 AS year');
    for (const sql of VIEWS_SQL) await db.query(sql);
    const jurisdiction = (await totalsByScope(db, NO_FILTERS)).find((t) => t.scope === 'jurisdiction')!;
    expect(jurisdiction).toMatchObject({ reports: 5, not_added: 1, requests_new: 3140 });
    // Without the city in the filtered reports, the district counts.
    const counties2024 = await totalsByScope(db, { ...NO_FILTERS, years: [2024], levels: ['county'] });
    expect(counties2024.find((t) => t.scope === 'jurisdiction')).toMatchObject({ reports: 1, not_added: 0, requests_new: 21 });
    for (const table of ['reports', 'facts']) await db.query(`DELETE FROM ${table} WHERE report_id = 'y'`);
    for (const sql of VIEWS_SQL) await db.query(sql);
    expect((await totalsByScope(db, NO_FILTERS)).find((t) => t.scope === 'jurisdiction')).toMatchObject({ reports: 4, not_added: 0 });
  });

  it('finds agency-years missing inside a covered span', async () => {
    // The corpus holds 平潭县 2011 and 2013, and the zone's 2011–2013, 2016–2019, 2021 and 2023: its 2015, 2020 and
    // 2022 are not there, and its 2014 report is filed under 平潭综合实验区管委会, the name its title gives.
    const pingtan = [
      { agency_id: '350128-人民政府', agency: '平潭县人民政府', year: 2012 },
      ...[2014, 2015, 2020, 2022].map((year) => ({ agency_id: 'x-平潭综合实验区', agency: '平潭综合实验区', year })),
    ];
    expect(await missingYears(db, NO_FILTERS)).toEqual(pingtan);
    expect(await missingYears(db, { ...NO_FILTERS, provinces: ['吉林省', '江苏省'] })).toEqual([]);
    // 浑江区民政局 reports 2017 only; an imagined 2015 report would leave 2016 missing.
    await db.query(`INSERT INTO reports SELECT * REPLACE ('x' AS report_id, 2015 AS report_year) FROM reports WHERE agency_id = '220602-民政局'`);
    expect(await missingYears(db, NO_FILTERS)).toEqual([{ agency_id: '220602-民政局', agency: '浑江区民政局', year: 2016 }, ...pingtan]);
    await db.query(`DELETE FROM reports WHERE report_id = 'x'`);
  });

  it('reads a section with origin precedence', async () => {
    const rows = await figures(db, NO_FILTERS, { section: 'active', items: ['procurement'] });
    const wuzhong = rows.filter((r) => r.agency === '吴忠市民政局');
    expect(wuzhong.map((r) => [r.measure, r.value])).toEqual([['amount_10k_yuan', 773.5], ['items', 10]]);
    // 000 has a blank table cell and a narrative amount: the narrative one is the only reported value.
    const wuchang = rows.filter((r) => r.agency === '武昌区民政局' && r.measure === 'amount_10k_yuan');
    expect(wuchang).toMatchObject([{ value: 743.58, origin: 'narrative' }]);
  });

  it('sends a chart only the reports with the largest values, and counts the rest', async () => {
    // Procurement items in 2020: 下城区 45, 未署名·武汉市 29, 吴忠市 10, 武昌区 a blank cell; 平潭 2019's run
    // `政府集中采购13575394432.52元` cannot be cut into its items and amount: both unreadable, never ranked.
    const procurement = { section: 'active', items: ['procurement'] };
    const cut = { items: ['procurement'], seriesBy: { item: 'procurement' }, keys: ['items'] };
    const top = (await chartFigures(db, NO_FILTERS, procurement, [cut], 3))[0];
    expect(top.reports).toBe(5);
    expect(top.rows.filter((r) => r.measure === 'items').map((r) => [r.agency, r.value])).toEqual([
      ['下城区民政局', 45], ['吴忠市民政局', 10], ['未署名/unsigned·武汉市 #a83f14', 29],
    ]);
    // All of them fit: the blank one is there too, as a gap, never a 0.
    const all = (await chartFigures(db, NO_FILTERS, procurement, [cut], 40))[0];
    expect(all.rows.find((r) => r.agency === '武昌区民政局' && r.measure === 'items')).toMatchObject({ value: null, status: 'blank' });
    expect(all.rows.filter((r) => r.agency === '平潭综合实验区').map((r) => [r.report_year, r.measure, r.value, r.status])).toEqual([
      [2019, 'amount_10k_yuan', null, 'unreadable'], [2019, 'items', null, 'unreadable'],
    ]);
    // The size is the chart's own series: by amount, 下城区's unit-less 56,700 does not count.
    const byAmount = (await chartFigures(db, NO_FILTERS, procurement, [{ ...cut, keys: ['amount_10k_yuan'] }], 1))[0];
    expect(byAmount.rows.map((r) => r.agency)).toEqual(['未署名/unsigned·武汉市 #a83f14', '未署名/unsigned·武汉市 #a83f14']);
    const [groups] = await chartFigures(db, { ...NO_FILTERS, provinces: ['江苏省'] }, 'outcome_groups', [{ items: ['outcome_withheld'], seriesBy: { measure: 'total' }, keys: ['outcome_withheld'] }], 1);
    expect(groups.rows).toMatchObject([{ agency: '淮安市人民政府', report_year: 2024, item: 'outcome_withheld', value: 178 }]);
    expect(await chartFigures(db, { ...NO_FILTERS, provinces: ['无此省'] }, procurement, [cut], 3)).toEqual([{ rows: [], reports: 0 }]);
    // Where every report fits (5 reports, 7 or 40 bars) nothing is ranked, and the figures are the same.
    const ranked = await chartFigures(db, NO_FILTERS, procurement, [cut, { ...cut, keys: ['amount_10k_yuan'] }], 7);
    expect(await chartFigures(db, NO_FILTERS, procurement, [cut, { ...cut, keys: ['amount_10k_yuan'] }], 40)).toEqual(ranked);
    expect(ranked[0].reports).toBe(5);
    // Several cuts in one query, each ranked on its own: by amount, 下城区's unit-less 56,700 does not count.
    const [items, amounts] = await chartFigures(db, NO_FILTERS, procurement, [cut, { ...cut, keys: ['amount_10k_yuan'] }], 1);
    expect([items.rows[0].agency, amounts.rows[0].agency]).toEqual(['下城区民政局', '未署名/unsigned·武汉市 #a83f14']);
    expect(await unitlessAmounts(db, NO_FILTERS, 'active', 'procurement', 'amount_10k_yuan')).toEqual([{ agency: '下城区民政局', report_year: 2020 }]);
    expect(await unitlessAmounts(db, { ...NO_FILTERS, provinces: ['湖北省'] }, 'active', 'procurement', 'amount_10k_yuan')).toEqual([]);
  });

  it('gives trends by the year a number describes', async () => {
    const points = await trend(db, 'active_volume', ['220602-民政局', '320813-人民政府'], NO_FILTERS);
    expect(points.filter((p) => p.agency_id === '220602-民政局').map((p) => [p.year, p.value, p.origin])).toEqual([
      [2013, 83, 'table'], [2014, 83, 'table'], [2015, 72, 'table'], [2016, 90, 'table'], [2017, 66, 'table'],
    ]);
    expect(points.filter((p) => p.agency_id === '320813-人民政府').map((p) => [p.year, p.value])).toEqual([[2023, 1136], [2024, 2428]]);
    expect(await trend(db, 'requests_new', [], NO_FILTERS)).toEqual([]);
    // Any key of the form, and the shared filters (on the reports that give the values).
    const natural = await trend(db, 'applications.new_received.natural_person', ['320813-人民政府'], NO_FILTERS);
    expect(natural.map((p) => p.year)).toEqual([2023, 2024]);
    expect((await trend(db, 'active_volume', ['320813-人民政府'], { ...NO_FILTERS, years: [2024] })).map((p) => p.value)).toEqual([2428]);
    expect(await trend(db, "x.y.z'; DROP TABLE facts; --", ['320813-人民政府'], NO_FILTERS)).toEqual([]);
  });

  it('searches agencies by name, place or division code', async () => {
    expect((await searchAgencies(db, '洪泽')).map((h) => [h.agency_id, h.reports])).toEqual([['320813-人民政府', 2]]);
    expect((await searchAgencies(db, '420106')).map((h) => h.agency)).toEqual(['武昌区民政局']);
    expect((await searchAgencies(db, '宁夏')).map((h) => h.agency)).toEqual(['吴忠市民政局']);
    // 002 names no agency: it is shown by its place and id, never by a guessed name, and found by either.
    expect((await searchAgencies(db, '未署名')).map((h) => h.agency)).toEqual(['未署名/unsigned·武汉市 #a83f14']);
    expect(await searchAgencies(db, "'; DROP TABLE reports; --")).toEqual([]);
    expect((await searchAgencies(db, '平潭')).map((h) => [h.agency_id, h.reports])).toEqual([
      ['350128-人民政府', 2], ['x-平潭综合实验区', 9], ['x-平潭综合实验区管委会', 1],
    ]);
    expect((await coverage(db, NO_FILTERS)).reports).toBe(20);
  });

  it('tells whether the dataset already holds a report', async () => {
    expect(await publishedSourceFile(db, '76270e66a3a2')).toBe('001_7016eb35578ea529.txt');
    expect(await publishedSourceFile(db, "x' OR '1'='1")).toBeUndefined();
  });

  it('returns every fact of a report, blanks as null', async () => {
    const facts = await reportFacts(db, '3f3beb166f7e');
    const commercial = facts.find((f) => f.item === 'new_received' && f.measure === 'commercial')!;
    expect(commercial).toMatchObject({ status: 'blank', value: null, line: 131 });
  });

  it('lists failed checks first, and counts flags', async () => {
    const failed = await checkRows(db, NO_FILTERS, { statuses: ['fail'] });
    // Each is the report's own inconsistency: 洪泽区 2023's sums, 武昌区's prose 无 against 2 in its table, 平潭 2012's
    // prose 1913 against its table's 739, 平潭 2013's prose 4970 against 72804 and 收到1份…行政复议 against 行政复议数 0.
    expect(failed.map((c) => [c.report_id, c.check]).sort()).toEqual([
      ['325968602ea2', 'narrative_vs_table.active_volume.total.count'],
      ['3f3beb166f7e', 'narrative_vs_table.applications.new_received.total'],
      ['94a211353fb0', 'review_litigation.sum.admin_review'],
      ['94a211353fb0', 'review_litigation.sum.litigation_after_review'],
      ['a3b82f3678be', 'narrative_vs_table.active_volume.total.count'],
      ['a3b82f3678be', 'narrative_vs_table.pre2019.admin_review.count'],
    ]);
    const flags = await flagCounts(db, NO_FILTERS);
    expect(flags.find((f) => f.flag === 'unit_missing')).toEqual({ flag: 'unit_missing', facts: 1, reports: 1 });
    // Counted from flag_coverage (per flag and filter fields): the same as counting the facts, and a
    // report is counted once whichever filter takes it.
    const [direct] = await db.query<{ facts: number; reports: number }>(
      `SELECT count(*)::INTEGER AS facts, count(DISTINCT report_id)::INTEGER AS reports FROM facts WHERE list_contains(string_split(flags, ';'), 'label_garbled')`);
    const garbled = flags.find((f) => f.flag === 'label_garbled')!;
    expect(garbled).toMatchObject(direct);
    expect(direct.reports).toBeGreaterThan(1);
    let byProvince = 0;
    for (const province of (await filterOptions(db)).provinces) byProvince += (await flagCounts(db, { ...NO_FILTERS, provinces: [province] })).find((f) => f.flag === 'label_garbled')?.reports ?? 0;
    expect(byProvince).toBe(direct.reports);
    const unitless = await flaggedFacts(db, NO_FILTERS, 'unit_missing');
    expect(unitless).toMatchObject([{ agency: '下城区民政局', section: 'active', item: 'procurement', measure: 'amount_10k_yuan', value: 56700, status: 'reported' }]);
    expect(await flaggedFacts(db, { ...NO_FILTERS, provinces: ['湖北省'] }, 'unit_missing')).toEqual([]);
    // A flag is matched whole: `unit` is not `unit_missing`.
    expect(await flaggedFacts(db, NO_FILTERS, 'unit')).toEqual([]);
    expect(await flaggedFacts(db, NO_FILTERS, 'year_inferred', 5)).toHaveLength(5);
  });

  it('sums outcome groups per report, as the wide view does, with the least preferred origin of their rows', async () => {
    const groups = await figures(db, NO_FILTERS, 'outcome_groups');
    const huaian = groups.filter((g) => g.report_id === 'fed22baafaab');
    expect(huaian.find((g) => g.item === 'outcome_withheld')).toMatchObject({ value: 178, origin: 'table', measure: 'total' });
    // 2024's （六）其他处理 comes as its three rows: 71 + 6 + 110.
    expect(huaian.find((g) => g.item === 'outcome_other')).toMatchObject({ value: 187 });
    const wide = await db.query<Record<string, string | number | null>>(`SELECT * FROM report_wide`);
    for (const g of groups) expect(wide.find((w) => w.report_id === g.report_id)![g.item], `${g.report_id} ${g.item}`).toBe(g.value);
    expect(groups.filter((g) => g.origin === 'corrected').map((g) => g.item)).toEqual(['outcome_disclosed']);
    // Where the row itself is given beside its parts, the row wins: no double count.
    await db.query(`INSERT INTO chart_cells SELECT * REPLACE ('other_handling' AS item, 500 AS value) FROM chart_cells WHERE report_id = 'fed22baafaab' AND item = 'other_other' AND measure = 'total'`);
    expect((await figures(db, NO_FILTERS, 'outcome_groups')).find((g) => g.report_id === 'fed22baafaab' && g.item === 'outcome_other')).toMatchObject({ value: 500 });
    await db.query(`DELETE FROM chart_cells WHERE report_id = 'fed22baafaab' AND item = 'other_handling'`);
  });

  it('lists at most as many reports as asked for, in agency order', async () => {
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM reports`);
    expect(n).toBe(20);
    expect((await reportList(db, NO_FILTERS)).length).toBe(n);
    expect((await reportList(db, NO_FILTERS, 25)).length).toBe(n);
    expect((await reportList(db, NO_FILTERS, 2)).map((r) => [r.agency_id, r.report_year])).toEqual([['220602-民政局', 2017], ['320800-人民政府', 2024]]);
  });

  it('lists the reports of one report’s agency, or of the first agency for an unknown id', async () => {
    expect((await agencyReports(db, '94a211353fb0')).map((r) => [r.report_id, r.report_year])).toEqual([['94a211353fb0', 2023], ['82ba40ade55a', 2024]]);
    expect((await agencyReports(db, 'ffffffffffff')).map((r) => [r.agency, r.report_year])).toEqual([['浑江区民政局', 2017]]);
    expect((await agencyReports(db, "x' OR 1=1 --")).map((r) => r.report_id)).toEqual(['aacadde1345c']);
  });

  it('builds the wide view', async () => {
    const rows = await db.query<{ agency: string; requests_new: number; procurement_items: number }>(
      `SELECT agency, requests_new, procurement_items FROM report_wide WHERE agency = '吴忠市民政局'`);
    expect(rows).toEqual([{ agency: '吴忠市民政局', requests_new: 0, procurement_items: 10 }]);
  });
});

describe('trends, comparison and user SQL', () => {
  it('opens Trends on agencies with two or more years', async () => {
    // 平潭综合实验区 gives 主动公开 for 2011–2013, 2016–2018 (tables) and 2019, 2021, 2023 (prose: 共公布政府信息2599条,
    // 全年主动公开我区各级单位政府信息2645条, 共主动公开政府信息13561条): 9 years; its 2014 is 平潭综合实验区管委会's.
    // 平潭县: 2011 and 2013.
    expect((await trendAgencies(db, 'active_volume', NO_FILTERS)).map((a) => [a.agency_id, a.years])).toEqual([
      ['x-平潭综合实验区', 9], ['220602-民政局', 5], ['320813-人民政府', 2], ['350128-人民政府', 2],
    ]);
    expect((await trend(db, 'active_volume', ['x-平潭综合实验区'], NO_FILTERS)).filter((p) => p.year >= 2019).map((p) => [p.year, p.value, p.origin]))
      .toEqual([[2019, 2599, 'narrative'], [2021, 2645, 'narrative'], [2023, 13561, 'narrative']]);
    // Requests across the change of form: the old table's 受理 row before 2019 (the crosswalk), 本年新收 from 2019.
    expect((await trend(db, 'requests_new', ['x-平潭综合实验区'], NO_FILTERS)).map((p) => [p.year, p.value, p.key])).toEqual([
      [2011, 0, 'pre2019.requests_received.count'], [2012, 0, 'pre2019.requests_received.count'], [2013, 0, 'pre2019.requests_received.count'],
      [2016, 0, 'pre2019.requests_received.count'], [2017, 0, 'pre2019.requests_received.count'], [2018, 0, 'pre2019.requests_received.count'],
      [2019, 23, 'applications.new_received.total'], [2021, 70, 'applications.new_received.total'], [2023, 81, 'applications.new_received.total'],
    ]);
    expect((await trendAgencies(db, 'requests_new', NO_FILTERS)).map((a) => a.agency_id)).toContain('x-平潭综合实验区');
    expect((await trend(db, 'active_volume', ['350128-人民政府'], NO_FILTERS)).map((p) => [p.year, p.value])).toEqual([[2011, 425], [2013, 1853]]);
    expect(await trendAgencies(db, 'active_volume', { ...NO_FILTERS, provinces: ['吉林省'] })).toMatchObject([{ agency_id: '220602-民政局' }]);
    const keys = await metricKeys(db, NO_FILTERS);
    expect(keys).toContainEqual({ section: 'applications', item: 'new_received', measure: 'natural_person' });
    expect(keys.length).toBeGreaterThan(100);
    // Under the filters: the city-level reports (吴忠市, 淮安市, the 平潭 zone's) give fewer keys than all, and no report none.
    const city = await metricKeys(db, { ...NO_FILTERS, levels: ['city'] });
    expect(city.length).toBeGreaterThan(50);
    expect(city.length).toBeLessThan(keys.length);
    expect(keys).toEqual(expect.arrayContaining(city));
    expect(await metricKeys(db, { ...NO_FILTERS, provinces: ['无此省'] })).toEqual([]);
  });

  it('compares the latest report of each agency, blanks kept', async () => {
    const cells = await compareCells(db, ['640300-民政局', '420106-民政局']);
    const cell = (agency: string, item: string, measure: string) => cells.find((c) => c.agency === agency && c.item === item && c.measure === measure);
    expect(cell('吴忠市民政局', 'procurement', 'items')).toMatchObject({ value: 10, status: 'reported' });
    expect(cell('武昌区民政局', 'new_received', 'natural_person')).toMatchObject({ value: 2 });
    expect(cell('武昌区民政局', 'carried_over', 'total')).toMatchObject({ value: null, status: 'blank' });
    expect(await compareCells(db, [])).toEqual([]);
  });

  it('gives each report’s refused and handled counts, and no rate where a row is blank or none were handled', async () => {
    const withheld = ['withheld_state_secret', 'withheld_prohibited_by_law', 'withheld_security_stability', 'withheld_third_party',
      'withheld_internal_affairs', 'withheld_process_info', 'withheld_enforcement_files', 'withheld_query_matter'];
    const rates = await refusalRates(db, NO_FILTERS, withheld);
    const of = (agency: string, year: number) => rates.find((r) => r.agency === agency && r.report_year === year);
    // 淮安市 2024: 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105 = 178 of 3,050 handled; 洪泽区 2023: 1 + 1 + 1 = 3 of 21.
    expect(of('淮安市人民政府', 2024)).toMatchObject({ refused: 178, handled: 3050, missing: null });
    expect(of('洪泽区人民政府', 2023)).toMatchObject({ refused: 3, handled: 21, missing: null });
    // 武昌区 2020 leaves the rows blank; 吴忠市 2020 handled none.
    expect(of('武昌区民政局', 2020)).toMatchObject({ refused: null, handled: null, missing: 'gaps' });
    expect(of('吴忠市民政局', 2020)).toMatchObject({ refused: 0, handled: 0, missing: 'none_handled' });
    // Pre-2019 reports have no table 三: no row.
    expect(of('浑江区民政局', 2017)).toBeUndefined();
  });

  it('compares the report of the year asked for per agency, the latest otherwise', async () => {
    // 洪泽区 2023 (21 new requests, printed as 洪泽区人民政府) against its 2024 report (95, 淮安市洪泽区人民政府).
    const cells = await compareCells(db, ['320813-人民政府', '320813-人民政府', '640300-民政局'], [2023, null, 1999]);
    const newReceived = cells.filter((c) => c.item === 'new_received' && c.measure === 'total');
    expect(newReceived.map((c) => [c.column, c.agency, c.report_year, c.value])).toEqual([
      [0, '洪泽区人民政府', 2023, 21], [1, '淮安市洪泽区人民政府', 2024, 95], [2, '吴忠市民政局', 2020, 0]]);
  });

  it('runs read-only user SQL and refuses the rest with a message', async () => {
    const { rows } = await runUserSql(db, "SELECT agency FROM reports WHERE province = '宁夏回族自治区';");
    expect(rows).toEqual([{ agency: '吴忠市民政局' }]);
    await expect(runUserSql(db, 'DROP TABLE reports')).rejects.toThrow(/read-only/);
    await expect(runUserSql(db, 'SELECT 1; DROP TABLE reports')).rejects.toThrow(/one statement/);
    expect((await runUserSql(db, "SELECT ';' AS s")).rows).toEqual([{ s: ';' }]);
    expect((await runUserSql(db, 'SELECT * FROM range(20000)')).truncated).toBe(true);
    expect((await runUserSql(db, 'SELECT * FROM range(10000)')).truncated).toBe(false);
  });

  it('runs no statement that writes, even where DuckDB would run one inside another', async () => {
    // EXPLAIN ANALYZE executes what it explains; a top-level WITH may end in DELETE.
    for (const sql of ['EXPLAIN ANALYZE DROP TABLE checks', 'EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1', 'EXPLAIN DELETE FROM checks']) {
      await expect(runUserSql(db, sql), sql).rejects.toThrow(/read-only/);
    }
    for (const sql of ['WITH x AS (SELECT 1) DELETE FROM checks', 'EXPLAIN ANALYZE WITH x AS (SELECT 1) DELETE FROM checks']) {
      await expect(runUserSql(db, sql), sql).rejects.toThrow(/syntax error/);
    }
    expect((await runUserSql(db, 'SELECT count(*)::INTEGER AS n FROM checks')).rows).toEqual([{ n: 439 }]);
    // An error quotes the user's statement, never the wrapper it ran in, and points into it.
    for (const [sql, line, column, message] of [
      ['SELECT nope FROM reports', 1, 8, /^Binder Error: Referenced column "nope" not found/],
      ['SELECT agency,\n  nope\nFROM reports', 2, 3, /"nope"/],
      ['EXPLAIN SELECT nope FROM reports', 1, 16, /"nope"/],
      ['SELECT 1 FORM reports', 1, 15, /^Parser Error: syntax error at or near "reports"$/],
    ] as const) {
      const error = await runUserSql(db, sql).then(() => null, (e: UserSqlError) => e);
      expect(error, sql).toBeInstanceOf(UserSqlError);
      expect(error!.message, sql).toMatch(message);
      expect(error!.message, sql).not.toContain('SELECT * FROM (');
      expect([error!.line, error!.column], sql).toEqual([line, column]);
    }
    // Queries still run whatever their form, a trailing comment included.
    expect((await runUserSql(db, 'EXPLAIN ANALYZE SELECT count(*) FROM facts')).rows[0].explain_key).toBe('analyzed_plan');
    expect((await runUserSql(db, 'DESCRIBE reports')).rows.length).toBe(23);
    expect((await runUserSql(db, 'SHOW TABLES')).rows.map((r) => r.name)).toContain('facts');
    expect((await runUserSql(db, 'SUMMARIZE checks')).rows.length).toBe(6);
    expect((await runUserSql(db, 'SELECT 1 AS one -- a note')).rows).toEqual([{ one: 1 }]);
  });
});

describe('build-time snapshot of the first view', () => {
  it('holds what the overview queries return with no filters', async () => {
    const { overviewSnapshot } = await import('../snapshot');
    const snap = await overviewSnapshot(db);
    expect(snap.coverage).toEqual(await coverage(db, NO_FILTERS));
    expect(snap.totals).toEqual(await totalsByScope(db, NO_FILTERS));
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});
