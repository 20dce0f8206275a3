/**
 * Loading the dataset into the engine, in the layout the build chose (./layout.ts). The engine calls
 * `datasetLoader()` before DuckDB-WASM is up (so that downloads overlap the wasm compile) and
 * `install()` once it is; both layouts leave the same table and view names behind, so every query runs
 * unchanged. External access is still on during install (the engine locks it afterwards): the packed
 * file is ATTACHed here, and reads from it keep working once it is off.
 */
import type * as duckdb from '@duckdb/duckdb-wasm';
import type { Connector } from '../connector';
import { headerProblem } from '../datasetCheck';
import { PACKED_SCHEMA_SQL } from '../packedTables';
import { DATASET_FILES, type DatasetTable, VIEWS_SQL, createTablesSql } from '../schema';
import { type DataLayout, PACKED_FILE } from './layout';

declare const __DATA_LAYOUT__: DataLayout;

export interface DatasetLoader {
  /** Settings for db.open(). */
  filesystem: duckdb.DuckDBConfig['filesystem'];
  /** Whether reports added in the browser can be inserted beside the published ones (the packed file is read-only). */
  holdsLocalReports: boolean;
  /** After install: whether the data came from the service worker's copy because the network failed. */
  servedOffline(): boolean;
  install(db: duckdb.AsyncDuckDB, connector: Connector, protocol: { HTTP: duckdb.DuckDBDataProtocol }): Promise<void>;
}

const TABLES = Object.keys(DATASET_FILES) as DatasetTable[];

/** The three CSV files, fetched at once and checked for their header before DuckDB reads them. */
function csvLoader(base: string): DatasetLoader {
  let offline = false;
  const files = TABLES.map(async (table) => {
    const file = DATASET_FILES[table];
    const response = await fetch(`${base}data/${file}`);
    if (!response.ok) throw new Error(`data/${file}: HTTP ${response.status}`);
    offline ||= response.headers.has('X-Served-Offline');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const problem = headerProblem(table, bytes);
    if (problem) throw new Error(problem);
    return { file, bytes };
  });
  files.forEach((f) => f.catch(() => undefined)); // reported by install(), once the engine is up
  return {
    filesystem: undefined,
    holdsLocalReports: true,
    servedOffline: () => offline,
    async install(db, connector) {
      for (const { file, bytes } of await Promise.all(files)) await db.registerFileBuffer(file, bytes);
      // createTablesSql() has one statement per table, in TABLES order: a bad row is reported with its file.
      for (const [i, sql] of createTablesSql().entries()) {
        await connector.query(sql).catch((error: Error) => Promise.reject(new Error(`data/${DATASET_FILES[TABLES[i]]}: ${error.message}`)));
      }
      for (const sql of VIEWS_SQL) await connector.query(sql);
    },
  };
}

/**
 * The packed file, ATTACHed read-only over HTTP. Range requests only: a full download is refused (a
 * server without ranges would make the browser fetch the whole file for the first query).
 */
function packedLoader(base: string): DatasetLoader {
  return {
    filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false },
    holdsLocalReports: false,
    // Range requests go past the service worker: the packed file is never served from its cache.
    servedOffline: () => false,
    async install(db, connector, protocol) {
      const url = new URL(`${base}data/${PACKED_FILE}`, location.href).href;
      await db.registerFileURL(PACKED_FILE, url, protocol.HTTP, true);
      await connector.query(`ATTACH '${PACKED_FILE}' AS packed (READ_ONLY)`).catch((error: Error) =>
        Promise.reject(new Error(`data/${PACKED_FILE}: ${error.message}`)));
      for (const sql of PACKED_SCHEMA_SQL) await connector.query(sql);
    },
  };
}

export function datasetLoader(base: string): DatasetLoader {
  const loader = __DATA_LAYOUT__ === 'packed' ? packedLoader(base) : csvLoader(base);
  return {
    ...loader,
    async install(db, connector, protocol) {
      await loader.install(db, connector, protocol);
      performance.mark('dataset-loaded');
    },
  };
}
