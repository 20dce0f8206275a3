/**
 * The one tesseract.js set-up the CLI (scripts/ocrEngine.ts, a Node worker thread) and the browser
 * (src/data/upload/ocrEngine.ts, a worker inside the extraction worker) share, so a scan reads the same in
 * both: the model, the engine mode, the page segmentation of each reading, the image handed over, and the
 * reading of the results. The bindings only say where the files are and how a worker starts.
 * Pure TypeScript: tesseract.js itself is imported by the bindings.
 */
import type { OcrEngine, OcrLine } from './engine';
import type { GreyImage } from './rules';
import { CANCELLED, ScanError } from './scanLimits';

export const TESSERACT = {
  /** The language, and the folder of @tesseract.js-data/chi_sim holding its `chi_sim.traineddata.gz`. */
  lang: 'chi_sim',
  /**
   * The full model (20 MB gzipped), not the 1.7 MB integer one: on the real reports' table cells the small one
   * read a lone 1 at confidence 55–71 and a 5 as 3, the full one both at 95+ (docs/ocr.md).
   */
  model: '4.0.0',
  /** tesseract's OEM.LSTM_ONLY. */
  oem: 1,
  /**
   * The tesseract-core build: the SIMD LSTM one, which tesseract.js picks in Node 20 (no relaxed SIMD there).
   * The browser is given the same file, not the relaxed-SIMD build Chromium could run, so the arithmetic matches.
   */
  core: 'tesseract-core-simd-lstm',
  /** Page segmentation: `page` one block of text rows (a table with its rules removed is rows of words), `line` one line. */
  psm: { page: '6', line: '7' },
} as const;

/** What a binding's started tesseract.js worker offers (its `Worker`, in both builds). */
export interface TesseractWorker {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, options: object, output: { blocks: true; text: false }): Promise<{ data: { blocks: TesseractBlock[] | null } }>;
  terminate(): Promise<unknown>;
}

interface Box { x0: number; y0: number; x1: number; y1: number }
export interface TesseractBlock {
  paragraphs: { lines: { baseline: Box; words: { text: string; confidence: number; bbox: Box; symbols: { text: string; confidence: number; bbox: Box }[] }[] }[] }[];
}

/** A grey image as PGM, which the engine's image reader takes without any encoder. */
export function pgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}

/** tesseract.js's result blocks as the door's lines. */
export function linesOf(blocks: TesseractBlock[] | null): OcrLine[] {
  return (blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines)).map((l) => ({
    baseline: { x0: l.baseline.x0, y0: l.baseline.y0, x1: l.baseline.x1, y1: l.baseline.y1 },
    words: l.words.map((w) => ({
      text: w.text, confidence: w.confidence, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1,
      symbols: w.symbols.map((s) => ({ text: s.text, confidence: s.confidence, x0: s.bbox.x0, x1: s.bbox.x1 })),
    })),
  }));
}

/**
 * One tesseract.js worker, started on the first reading (loading the model takes seconds) and kept. Readings
 * take turns, so two scans read at once never switch each other's segmentation mode. A session's signal,
 * aborted while its reading runs, ends the worker at once (a page's reading cannot be interrupted otherwise)
 * and the next reading starts a new one; readings waiting their turn are not affected.
 */
export function tesseractEngine(start: () => Promise<TesseractWorker>) {
  let worker: Promise<TesseractWorker> | null = null;
  let mode: 'page' | 'line' | null = null;
  let turn: Promise<unknown> = Promise.resolve();

  async function close() {
    const w = worker;
    worker = null;
    mode = null;
    const started = await w?.catch(() => null);
    await started?.terminate();
  }

  async function read(image: GreyImage, want: 'page' | 'line'): Promise<OcrLine[]> {
    const current = (worker ??= start());
    let w: TesseractWorker;
    try {
      w = await current;
    } catch (e) {
      if (worker === current) worker = null; // the next reading tries again
      throw e;
    }
    if (mode !== want) {
      await w.setParameters({ tessedit_pageseg_mode: TESSERACT.psm[want] });
      mode = want;
    }
    const { data } = await w.recognize(pgm(image), {}, { blocks: true, text: false });
    return linesOf(data.blocks);
  }

  function session(signal?: AbortSignal): OcrEngine {
    return {
      recognize(image, want) {
        const run = () => {
          if (signal?.aborted) return Promise.reject(new ScanError(CANCELLED));
          if (!signal) return read(image, want);
          return new Promise<OcrLine[]>((resolve, reject) => {
            const abort = () => {
              reject(new ScanError(CANCELLED));
              void close();
            };
            signal.addEventListener('abort', abort, { once: true });
            read(image, want).then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
          });
        };
        const result = turn.then(run, run);
        turn = result.catch(() => undefined);
        return result;
      },
    };
  }

  return { session, engine: session(), close };
}
