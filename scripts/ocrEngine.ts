/**
 * The CLI's OCR engine: tesseract.js (its WASM build, in a Node worker thread) with the Simplified Chinese
 * LSTM model from @tesseract.js-data/chi_sim, read from node_modules — the same engine and model files the
 * site serves to its worker, so a scan reads the same in both. Nothing is downloaded and nothing cached to
 * disk. The worker starts on the first scan and stays until closeOcr().
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrLine } from '../src/extract/ocr/engine';
import type { GreyImage } from '../src/extract/ocr/rules';

const require = createRequire(import.meta.url);
/**
 * The full model (20 MB gzipped), not the 1.7 MB integer one: on the real reports' table cells the small one
 * read a lone 1 at confidence 55–71 and a 5 as 3, the full one both at 95+ (docs/ocr.md).
 */
export const LANG_PATH = join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0');

let worker: Promise<Worker> | null = null;
let mode: 'page' | 'line' = 'page';

async function startWorker(): Promise<Worker> {
  const w = await createWorker('chi_sim', OEM.LSTM_ONLY, { langPath: LANG_PATH, cacheMethod: 'none', gzip: true });
  // One block of text rows: with the rules removed, a table is rows of words.
  await w.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
  mode = 'page';
  return w;
}

/** A grey image as PGM, which the engine's image reader takes without any encoder here. */
export function pgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}

/** tesseract.js's result blocks as the door's lines. */
export function linesOf(blocks: { paragraphs: { lines: { baseline: OcrLine['baseline']; words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number }; symbols: { text: string; confidence: number; bbox: { x0: number; x1: number } }[] }[] }[] }[] }[] | null): OcrLine[] {
  return (blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines)).map((l) => ({
    baseline: { x0: l.baseline.x0, y0: l.baseline.y0, x1: l.baseline.x1, y1: l.baseline.y1 },
    words: l.words.map((w) => ({
      text: w.text, confidence: w.confidence, ...w.bbox,
      symbols: w.symbols.map((s) => ({ text: s.text, confidence: s.confidence, x0: s.bbox.x0, x1: s.bbox.x1 })),
    })),
  }));
}

export const nodeOcrEngine: OcrEngine = {
  async recognize(image, want) {
    worker ??= startWorker();
    const w = await worker;
    if (want !== mode) {
      await w.setParameters({ tessedit_pageseg_mode: want === 'page' ? PSM.SINGLE_BLOCK : PSM.SINGLE_LINE });
      mode = want;
    }
    const { data } = await w.recognize(Buffer.from(pgm(image)), {}, { blocks: true, text: false });
    return linesOf(data.blocks);
  },
};

/** Ends the worker thread, so the process can exit. */
export async function closeOcr() {
  const w = worker;
  worker = null;
  if (w) await (await w).terminate();
}
