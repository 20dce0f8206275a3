/**
 * The CLI's OCR engine: tesseract.js (its WASM build, in a Node worker thread) with the Simplified Chinese
 * model of @tesseract.js-data/chi_sim, read from node_modules. Model, mode and segmentation come from
 * src/extract/ocr/tesseract.ts, which the site's worker uses too, so a scan reads the same in both. Nothing
 * is downloaded and nothing cached to disk. The worker starts on the first scan and stays until closeOcr().
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createWorker } from 'tesseract.js';
import { TESSERACT, tesseractEngine, type TesseractWorker } from '../src/extract/ocr/tesseract';

const require = createRequire(import.meta.url);
export const LANG_PATH = join(dirname(require.resolve(`@tesseract.js-data/${TESSERACT.lang}/package.json`)), TESSERACT.model);

const tesseract = tesseractEngine(async () =>
  (await createWorker(TESSERACT.lang, TESSERACT.oem, { langPath: LANG_PATH, cacheMethod: 'none', gzip: true })) as unknown as TesseractWorker);

export const nodeOcrEngine = tesseract.engine;

/** Ends the worker thread, so the process can exit. */
export const closeOcr = () => tesseract.close();
