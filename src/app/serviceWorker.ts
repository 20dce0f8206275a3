import { getEngine } from '../data/engine';

/** Registers the service worker (built site only): hashed assets from the cache on repeat visits, the last data offline. */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Once DuckDB and the data are loaded: the worker's precache then comes from the HTTP cache instead of
  // downloading the wasm a second time beside the page's own download.
  const register = () => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => undefined);
  getEngine().then(register, register);
}
