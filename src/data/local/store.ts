/**
 * Reports added in this browser, kept in IndexedDB until the user removes them. Nothing here leaves the
 * computer. Where IndexedDB is unavailable (some private windows), calls reject with a message.
 */
import type { LocalReport } from './types';
import { upgradeLocal } from './upgrade';

const DB_NAME = 'gov-info-disclosure-local';
const STORE = 'reports';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('this browser cannot keep reports (no IndexedDB)'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'report.report_id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`this browser cannot keep reports: ${request.error?.message ?? 'IndexedDB refused'}`));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(new Error(`could not ${mode === 'readonly' ? 'read' : 'save'} added reports: ${tx.error?.message ?? 'unknown error'}`));
    });
  } finally {
    db.close();
  }
}

/** Kept reports, each in today's contract whatever contract it was kept under. */
export const storedReports = () => run<LocalReport[]>('readonly', (s) => s.getAll() as IDBRequest<LocalReport[]>).then((all) => all.map(upgradeLocal));
export const storedReport = (reportId: string) =>
  run<LocalReport | undefined>('readonly', (s) => s.get(reportId)).then((e) => e && upgradeLocal(e));
/** How many reports are kept, without creating the database for a visitor who never added one. */
export async function storedCount(): Promise<number> {
  if (typeof indexedDB === 'undefined') return 0;
  if ('databases' in indexedDB && !(await indexedDB.databases()).some((d) => d.name === DB_NAME)) return 0;
  return run<number>('readonly', (s) => s.count());
}
export const storeReport = (entry: LocalReport) => run('readwrite', (s) => s.put(entry)).then(() => undefined);
export const unstoreReport = (reportId: string) => run('readwrite', (s) => s.delete(reportId)).then(() => undefined);
