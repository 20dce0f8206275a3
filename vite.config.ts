/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { nodeConnector } from './src/data/nodeConnector';
import { SNAPSHOT_FILE, overviewSnapshot } from './src/data/snapshot';

/** The dataset as Parquet for researchers (the browser never reads it: DuckDB-WASM's Parquet reader is a download). */
async function parquetFiles(): Promise<{ fileName: string; source: Uint8Array }[]> {
  const db = await nodeConnector('data');
  const dir = mkdtempSync(join(tmpdir(), 'parquet-'));
  const out = [];
  for (const table of ['reports', 'facts', 'checks']) {
    const path = join(dir, `${table}.parquet`);
    await db.query(`COPY ${table} TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    out.push({ fileName: `data/${table}.parquet`, source: readFileSync(path) });
  }
  return out;
}

/** The first view's results, computed from data/ with the same queries the browser runs. */
async function snapshotJson(): Promise<string> {
  return JSON.stringify(await overviewSnapshot(await nodeConnector('data')));
}

/** Dataset files the site serves under <base>data/, straight from data/ (no copies to keep in sync). */
const DATASET = ['reports.csv', 'facts.csv', 'checks.csv', 'dictionary/form-dictionary.csv', 'CHANGELOG.md', 'LICENSE.md'];

/** Raw reports by bare file name (source_file), served under data/raw/ for the source-line viewer. */
function rawFiles(dir = 'data/raw'): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rawFiles(path).forEach((p, n) => out.set(n, p));
    else if (!name.endsWith('.csv') && name !== 'README.md') out.set(basename(name), path);
  }
  return out;
}

function siteFiles(): Map<string, string> {
  const files = new Map(DATASET.map((f) => [`data/${f}`, resolve('data', f)]));
  rawFiles().forEach((path, name) => files.set(`data/raw/${name}`, resolve(path)));
  return files;
}

function dataset(): Plugin {
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
    async generateBundle() {
      for (const [fileName, path] of siteFiles()) this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      this.emitFile({ type: 'asset', fileName: `data/${SNAPSHOT_FILE}`, source: await snapshotJson() });
      for (const file of await parquetFiles()) this.emitFile({ type: 'asset', ...file });
    },
  };
}

/** Version of the dataset a citation refers to: the start of the SHA-256 of facts.csv. */
const datasetVersion = existsSync('data/facts.csv') ? createHash('sha256').update(readFileSync('data/facts.csv')).digest('hex').slice(0, 12) : 'none';

/**
 * The built page's Content-Security-Policy: only the site's own origin, its workers and wasm, no inline
 * script. Styles may be inline (ECharts positions its tooltip with them). Not in dev: Vite's client
 * injects inline script there.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The service worker (src/app/sw.js), emitted as sw.js with the files the first view needs: the page,
 * the dataset and every hashed asset but DuckDB's mvp bundle (browsers without wasm exceptions only) and
 * the Add view's workers (cached when that view first uses them).
 */
function serviceWorker(): Plugin {
  const later = /duckdb-(browser-)?mvp|pdf\.worker|extractWorker/;
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle).filter((f) => f.startsWith('assets/') && !later.test(f));
      const precache = ['', ...['reports.csv', 'facts.csv', 'checks.csv', SNAPSHOT_FILE].map((f) => `data/${f}`), ...assets];
      const source = readFileSync('src/app/sw.js', 'utf8').replace('self.__PRECACHE__', JSON.stringify(precache));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), dataset(), contentSecurityPolicy(), serviceWorker()],
  define: { __DATASET_VERSION__: JSON.stringify(datasetVersion) },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CLI tests spawn the extractor on the real PDFs; on a busy 2-core machine that takes seconds.
    testTimeout: 60_000,
  },
});
