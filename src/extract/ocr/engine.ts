/**
 * What the door needs from an OCR engine: recognised words with their boxes and confidences, line by line.
 * The engine itself (tesseract.js: the same WASM and language data in the CLI's worker thread and the
 * page's worker) is bound where workers and files live — scripts/ for the CLI, the Add view's worker for
 * the browser — and passed in, so this module and the door stay pure TypeScript.
 */
import type { GreyImage } from './rules';

/** Confidence 0–100, as the engine reports it. Boxes in pixels of the image, y downwards. */
export interface OcrSymbol {
  text: string;
  confidence: number;
  x0: number;
  x1: number;
}

export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  symbols: OcrSymbol[];
}

export interface OcrLine {
  words: OcrWord[];
  /** The line's baseline, from its left end to its right: its slope is the page's skew. */
  baseline: { x0: number; y0: number; x1: number; y1: number };
}

export interface OcrEngine {
  /** `page`: a block of text rows (a page with its rules taken out, or a cell whose label wraps); `line`: one line of text (a cell). */
  recognize(image: GreyImage, mode: 'page' | 'line'): Promise<OcrLine[]>;
}
