/** Wiring only: the build-time code (dataset files, snapshot, service worker, CSP) lives in scripts/build/. */
import { join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetVersion } from './scripts/datasetVersion';
import { assetFileNames } from './scripts/build/assetFileNames';
import { contentSecurityPolicy } from './scripts/build/contentSecurityPolicy';
import { DATA_DIR, buildLayout, dataset } from './scripts/build/dataset';
import { serviceWorker } from './scripts/build/serviceWorker';
import { wordExtractorStream } from './scripts/build/wordExtractorStream';

export default defineConfig(({ command }) => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), dataset(), contentSecurityPolicy(), serviceWorker()],
  define: {
    __DATASET_VERSION__: JSON.stringify(datasetVersion(join(DATA_DIR, 'facts.csv'))),
    __DATA_LAYOUT__: JSON.stringify(command === 'build' ? buildLayout() : 'csv'),
  },
  build: { chunkSizeWarningLimit: 1500, rolldownOptions: { output: { assetFileNames } } },
  // The extraction worker is bundled apart from the page: it gets the plugin that reads .doc in the browser;
  // the dev server pre-bundles word-extractor with the optimizer's own plugins.
  worker: { format: 'es', plugins: () => [wordExtractorStream()], rolldownOptions: { output: { assetFileNames } } },
  optimizeDeps: { rolldownOptions: { plugins: [wordExtractorStream()] } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CLI tests spawn the extractor on the real PDFs; on a busy 2-core machine that takes seconds.
    testTimeout: 60_000,
  },
}));
