/**
 * The browser's OCR engine, used by the extraction worker: tesseract.js in a worker of its own, with the same
 * model, core build and settings as the CLI (src/extract/ocr/tesseract.ts). Its worker script, core and model
 * are the site's own assets, bundled from node_modules (no other host); they are fetched only when a scan
 * is first read, and the model is not cached by tesseract.js (`cacheMethod: 'none'`: no 40 MB IndexedDB copy).
 * The worker script is loaded by URL, not a blob (`workerBlobURL: false`), which the page's policy allows.
 */
import { createWorker } from 'tesseract.js';
import workerScript from 'tesseract.js/dist/worker.min.js?url';
import simdCore from 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js?url';
import plainCore from 'tesseract.js-core/tesseract-core-lstm.wasm.js?url';
// Emitted as <folder>/chi_sim.traineddata.gz (vite.config.ts): tesseract.js asks for that name in a folder.
import model from '@tesseract.js-data/chi_sim/4.0.0/chi_sim.traineddata.gz?url';
import { TESSERACT, tesseractEngine, type TesseractWorker } from '../../extract/ocr/tesseract';

/** The files' addresses, for the tests that check they are the ones TESSERACT names. */
export const OCR_ASSETS = { workerScript, simdCore, plainCore, model };

const absolute = (path: string) => new URL(path, self.location.href).href;

/** As tesseract.js does in Node, the SIMD build where the browser has SIMD (every current one), else the plain one. */
const simd = () => WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]));

async function start(): Promise<TesseractWorker> {
  const langPath = absolute(model).replace(/\/[^/]*$/, '');
  const worker = await createWorker(TESSERACT.lang, TESSERACT.oem, {
    workerPath: absolute(workerScript),
    corePath: absolute(simd() ? simdCore : plainCore),
    langPath,
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
    // A failed job rejects its promise; without a handler tesseract.js would also throw it in this worker.
    errorHandler: () => undefined,
  });
  return worker as unknown as TesseractWorker;
}

export const browserOcr = tesseractEngine(start);
