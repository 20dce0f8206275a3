import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DATASET_FILES } from '../../src/data/schema';
import { SNAPSHOT_FILE } from '../../src/data/snapshot';

/**
 * The service worker (src/app/sw.js), emitted as sw.js with the files the first view needs: the page,
 * the dataset files this layout serves whole, and every hashed asset but DuckDB's mvp bundle (browsers
 * without wasm exceptions only) and the Add view's workers, .doc engine and OCR files (its 20 MB model among
 * them: cached when that view first uses them).
 */
export function serviceWorker(): Plugin {
  const later = /duckdb-(browser-)?mvp|pdf\.worker|extractWorker|docText|ocrEngine|tesseract|traineddata|worker\.min-/;
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle).filter((f) => f.startsWith('assets/') && !later.test(f));
      const data = [...Object.values(DATASET_FILES), SNAPSHOT_FILE].map((f) => `data/${f}`).filter((f) => f in bundle);
      const source = readFileSync('src/app/sw.js', 'utf8').replace('self.__PRECACHE__', JSON.stringify(['', ...data, ...assets]));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
