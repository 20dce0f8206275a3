/**
 * npm run bench:extract [-- --reports N]
 * Extraction speed on one core (JavaScript runs single-threaded), on the real text reports repeated.
 * Prints figures; the target is at least 500 reports/s.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checksCsv, factsCsv, reportsCsv } from '../src/extract/csv';
import { buildDataset } from '../src/extract/dataset';
import { extractReport } from '../src/extract/extractReport';
import { decodeText } from '../src/extract/input';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '5000' } } });
const total = Number(values.reports);
const files = readdirSync('data/raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('data/raw', f)));

function run(label: string, fn: (i: number) => void) {
  for (let i = 0; i < 50; i++) fn(i); // warm-up: let the JIT compile the hot paths
  const start = performance.now();
  for (let i = 0; i < total; i++) fn(i);
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(44)} ${String(total).padStart(6)} reports  ${(total / seconds).toFixed(0).padStart(6)} reports/s  ${((seconds / total) * 1000).toFixed(2)} ms/report`);
}

const texts = files.map((bytes) => decodeText(bytes)!);
const hashes = files.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
console.log(`bench:extract on ${files.length} real reports, repeated; one core (${process.version})`);
run('extractReport (parse, metadata, checks)', (i) => {
  extractReport({ sourceFile: `r${i}.txt`, sha256: hashes[i % files.length], text: texts[i % files.length] });
});
run('decode + SHA-256 + extractReport', (i) => {
  const bytes = files[i % files.length];
  extractReport({ sourceFile: `r${i}.txt`, sha256: createHash('sha256').update(bytes).digest('hex'), text: decodeText(bytes)! });
});

const start = performance.now();
const results = [];
for (let i = 0; i < total; i++) {
  const bytes = files[i % files.length];
  // Distinct ids so the dataset keeps every copy (a real corpus has distinct files).
  const sha256 = createHash('sha256').update(bytes).update(String(i)).digest('hex');
  const r = extractReport({ sourceFile: `r${i}.txt`, sha256, text: decodeText(bytes)! });
  if (r.ok) results.push(r);
}
const dataset = buildDataset(results);
const bytesOut = reportsCsv(dataset.reports).length + factsCsv(dataset.facts).length + checksCsv(dataset.checks).length;
const seconds = (performance.now() - start) / 1000;
console.log(`${'whole pipeline (+ dataset, checks, CSV)'.padEnd(44)} ${String(total).padStart(6)} reports  ${(total / seconds).toFixed(0).padStart(6)} reports/s  (${dataset.facts.length} facts, ${(bytesOut / 1e6).toFixed(1)} MB CSV)`);
console.log('target: ≥ 500 reports/s');
