/** Build and dev-server wiring of the dataset the site serves (vite.config.ts uses it): files, layout, snapshot, Parquet. */
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { nodeConnector, packedConnector } from '../../src/data/nodeConnector';
import { type DataLayout, PACKED_FILE, PACK_ABOVE_BYTES } from '../../src/data/load/layout';
import { packDataset } from '../../src/data/pack';
import { DATASET_FILES } from '../../src/data/schema';
import { SNAPSHOT_FILE, overviewSnapshot } from '../../src/data/snapshot';
import { DEFAULT_STATE } from '../../src/app/route';
import { overRowLimit } from '../csvFileRows';
import { chartSnapshots, trendsSnapshot } from './chartSnapshots';

/**
 * The dataset the site serves: data/ unless DATA_DIR names another folder (the benchmark points it at
 * synthetic datasets; synthetic data never goes into data/). Its layout (src/data/load/layout.ts):
 * DATA_LAYOUT, else packed when facts.csv is large. Packed is for builds only; the dev server serves CSV.
 */
export const DATA_DIR = resolve(process.env.DATA_DIR ?? 'data');
const REAL_DATA = DATA_DIR === resolve('data');
let layout: DataLayout | undefined;
/** Decided once per build (the define, the bundle and the copy of the packed file all ask). */
export function buildLayout(): DataLayout {
  layout ??= decideLayout();
  return layout;
}

function decideLayout(): DataLayout {
  const asked = process.env.DATA_LAYOUT as DataLayout | undefined;
  if (asked && asked !== 'csv' && asked !== 'packed') throw new Error(`DATA_LAYOUT must be csv or packed, not ${asked}`);
  const facts = join(DATA_DIR, 'facts.csv');
  const chosen: DataLayout = asked ?? (existsSync(facts) && statSync(facts).size > PACK_ABOVE_BYTES ? 'packed' : 'csv');
  // A CSV site whose page would refuse its own facts.csv (src/data/upload/limits.ts) is not built.
  const rows = chosen === 'csv' && existsSync(facts) ? overRowLimit(facts) : null;
  if (rows) throw new Error(`facts.csv has ${rows.toLocaleString('en-US')} rows, more than the page loads from one CSV file; build it with DATA_LAYOUT=packed`);
  return chosen;
}

/** The packed file for DATA_DIR, written once per dataset state into the system's temporary folder. */
let packed: Promise<string> | null = null;
function packedFile(): Promise<string> {
  packed ??= (async () => {
    const stamp = Object.values(DATASET_FILES).map((f) => { const s = statSync(join(DATA_DIR, f)); return `${s.size}-${s.mtimeMs}`; }).join('/');
    const key = createHash('sha256').update(`${DATA_DIR}|${stamp}|${readFileSync('src/data/schema.ts')}|${readFileSync('src/data/packedTables.ts')}|${readFileSync('src/data/pack.ts')}`).digest('hex').slice(0, 16);
    const dir = join(tmpdir(), 'gov-info-packed');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${key}.duckdb`);
    if (!existsSync(file)) await packDataset(DATA_DIR, file);
    return file;
  })();
  return packed;
}

/** The dataset as Parquet for researchers (the browser never reads it: DuckDB-WASM's Parquet reader is a download). */
async function parquetFiles(): Promise<{ fileName: string; source: Uint8Array }[]> {
  const db = await nodeConnector(DATA_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'parquet-'));
  const out = [];
  for (const table of ['reports', 'facts', 'checks']) {
    const path = join(dir, `${table}.parquet`);
    await db.query(`COPY ${table} TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    out.push({ fileName: `data/${table}.parquet`, source: readFileSync(path) });
  }
  return out;
}

/** The first view's results and every chart view's first chart, computed from data/ with the same queries the browser runs. */
async function snapshotJson(layout: DataLayout = 'csv'): Promise<string> {
  const db = layout === 'packed' ? await packedConnector(await packedFile()) : await nodeConnector(DATA_DIR);
  return JSON.stringify({ ...(await overviewSnapshot(db)), charts: await chartSnapshots(db), trends: await trendsSnapshot(db, DEFAULT_STATE.metric) });
}

/** Dataset files the site serves under <base>data/, straight from data/ (no copies to keep in sync). */
const DATASET = ['reports.csv', 'facts.csv', 'checks.csv', 'sources.csv', 'lines.csv', 'datapackage.json', 'dictionary/form-dictionary.csv', 'CHANGELOG.md', 'LICENSE.md'];

/** Raw reports by bare file name (source_file), served under data/raw/ for the source-line viewer. */
function rawFiles(dir = join(DATA_DIR, 'raw')): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rawFiles(path).forEach((p, n) => out.set(n, p));
    else if (!name.endsWith('.csv') && name !== 'README.md') out.set(basename(name), path);
  }
  return out;
}

function siteFiles(layout: DataLayout = 'csv'): Map<string, string> {
  // Packed: the CSVs are not served (at 150,000 reports facts.csv is 5 GB); the packed file is copied after the bundle.
  const names = layout === 'packed' ? DATASET.filter((f) => !f.endsWith('.csv') || f.startsWith('dictionary/')) : DATASET;
  const files = new Map(names.map((f) => [`data/${f}`, existsSync(join(DATA_DIR, f)) ? join(DATA_DIR, f) : resolve('data', f)]));
  rawFiles().forEach((path, name) => files.set(`data/raw/${name}`, resolve(path)));
  return files;
}

export function dataset(): Plugin {
  let outDir = '';
  return {
    name: 'dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).slice(server.config.base.length);
        if (path === `data/${SNAPSHOT_FILE}`) {
          snapshotJson().then((json) => res.setHeader('Content-Type', 'application/json').end(json), next);
          return;
        }
        const file = siteFiles().get(path);
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.pdf') ? 'application/pdf' : 'text/plain; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async generateBundle() {
      const layout = buildLayout();
      for (const [fileName, path] of siteFiles(layout)) this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      this.emitFile({ type: 'asset', fileName: `data/${SNAPSHOT_FILE}`, source: await snapshotJson(layout) });
      // Parquet for researchers: of the real dataset only (a synthetic one is for measuring the site).
      if (REAL_DATA) for (const file of await parquetFiles()) this.emitFile({ type: 'asset', ...file });
    },
    async writeBundle() {
      if (buildLayout() !== 'packed') return;
      // Copied, not emitted: the file can be hundreds of MB.
      mkdirSync(join(outDir, 'data'), { recursive: true });
      copyFileSync(await packedFile(), join(outDir, 'data', PACKED_FILE));
    },
  };
}
