/**
 * The one DuckDB-WASM engine: created on first use, shared by every view. Its eh and mvp bundles are
 * self-hosted (Vite copies them from node_modules), it runs in a worker and needs no cross-origin
 * isolation. It never fetches extensions: autoloading and autoinstalling are off, and once the dataset
 * is loaded, external access is off and the configuration is locked before any user statement runs.
 */
import type * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { cachedConnector } from './cachedConnector';
import type { Connector, SqlRow } from './connector';
import { datasetLoader } from './load/loadDataset';
import { restoreLocalReports } from './local/restore';

export type LoadStage = 'engine' | 'data' | 'ready';

export interface Engine {
  db: duckdb.AsyncDuckDB;
  connector: Connector;
  /** Reports kept in this browser that could not join the data at start-up, with why. */
  restoreProblems: string[];
  /** Whether reports added in this browser can join the data (not over a packed, read-only dataset). */
  holdsLocalReports: boolean;
  /** The network failed and the data is the service worker's copy from an earlier visit. */
  offline: boolean;
}

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Statements that keep DuckDB from reaching the network. */
const OFFLINE = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];
const LOCK = ['SET enable_external_access = false', 'SET lock_configuration = true'];

function toConnector(connection: duckdb.AsyncDuckDBConnection): Connector {
  return {
    async query<T extends SqlRow>(sql: string) {
      const table = await connection.query(sql);
      return table.toArray().map((row) => row.toJSON()) as T[];
    },
  };
}

async function start(onStage: (stage: LoadStage) => void): Promise<Engine> {
  onStage('engine');
  // The dataset downloads while the wasm compiles (the layout is the build's choice: load/layout.ts).
  const loader = datasetLoader(import.meta.env.BASE_URL);
  // Loaded on demand: the first view renders from the snapshot while this downloads and compiles.
  const duckdb = await import('@duckdb/duckdb-wasm');
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true }, filesystem: loader.filesystem });
  const connection = await db.connect();
  const connector = cachedConnector(toConnector(connection));
  for (const sql of OFFLINE) await connector.query(sql);
  performance.mark('duckdb-ready');

  onStage('data');
  await loader.install(db, connector, duckdb.DuckDBDataProtocol);
  const restoreProblems = loader.holdsLocalReports ? await restoreLocalReports(connector) : [];
  for (const sql of LOCK) await connector.query(sql);
  onStage('ready');
  return { db, connector, restoreProblems, holdsLocalReports: loader.holdsLocalReports, offline: loader.servedOffline() };
}

let engine: Promise<Engine> | null = null;
const listeners = new Set<(stage: LoadStage) => void>();

/** The shared engine; a failed start is forgotten so that a retry starts again. */
export function getEngine(onStage?: (stage: LoadStage) => void): Promise<Engine> {
  if (onStage) listeners.add(onStage);
  engine ??= start((stage) => listeners.forEach((l) => l(stage))).catch((error) => {
    engine = null;
    throw error;
  });
  return engine;
}
