/**
 * The one door from a file to its extraction, used by the CLI, the browser worker and the tests: the size
 * limit, the format sniffed from the bytes (PDF, DOCX, legacy .doc, HTML or text in UTF-8/GB 18030), and a
 * plain message for anything that cannot be read; it never throws. Engines that need a platform are passed
 * in: pdfjs (its Node and browser builds differ), a .doc reader (src/data/upload/docText.ts: word-extractor
 * needs a Buffer and streams, which the browser's worker provides) and an OCR engine for scanned PDFs and
 * PNG/JPEG page images (src/extract/ocr).
 */
import { extractReport, toDocument, type ExtractResult, type ReportInput } from './extractReport';
import { decodeText, sizeProblem, sniffFormat } from './input';
import { DocxError, docxDocument } from './layout/docx';
import { NoTextLayer, PdfError, pdfPagesToDocument, readPdfPages, type PdfJs } from './layout/pdf';
import { ImageError, jpegPage, pngPage } from './ocr/imageFile';
import { imagesToPdf } from './ocr/imagePdf';
import { readScan, type OcrEngines } from './ocr/readScan';
import { ScanError } from './ocr/scanLimits';

export interface InputFile {
  /** File name without folders: it becomes `source_file`. */
  name: string;
  bytes: Uint8Array;
}

export interface InputEngines {
  pdfjs?: PdfJs;
  /** Text of a Word 97–2003 file, table cells separated by tabs. */
  docText?: (bytes: Uint8Array) => Promise<string>;
  /** OCR for scanned PDFs and page images. */
  ocr?: OcrEngines;
}

export const DOC_NEEDS_ENGINE = 'legacy Word .doc reading is not available here';

export const OCR_UNAVAILABLE = 'scanned pages (a PDF without a text layer, a PNG or JPEG image) need OCR, which is not available here';

/** Lowercase hex SHA-256 by Web Crypto, present in Node ≥ 20 and every browser. */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

type Opened = { input: Omit<ReportInput, 'sourceFile' | 'sha256'> } | { engine: 'pdf' | 'doc' | 'png' | 'jpeg' } | { error: string };

/** Everything that needs no engine: size, sniffing, DOCX and text. */
function open(file: InputFile): Opened {
  const tooLarge = sizeProblem(file.bytes.byteLength);
  if (tooLarge) return { error: tooLarge };
  const format = sniffFormat(file.bytes);
  if (format === 'pdf') return { engine: 'pdf' };
  if (format === 'ole') return { engine: 'doc' };
  if (format === 'png' || format === 'jpeg') return { engine: format };
  if (format === 'zip') {
    try {
      return { input: { text: '', document: docxDocument(file.bytes) } };
    } catch (e) {
      if (e instanceof DocxError) return { error: e.message };
      throw e;
    }
  }
  // A .doc may be a web page saved under that name, so its text is read; .pdf and .docx are never text.
  if (/\.pdf$/i.test(file.name)) return { error: 'named .pdf but is not a PDF file' };
  if (/\.docx$/i.test(file.name)) return { error: 'named .docx but is not a Word document (not a ZIP archive)' };
  const text = decodeText(file.bytes);
  if (text !== null) return { input: { text } };
  if (/\.doc$/i.test(file.name)) return { error: 'named .doc but is neither a Word 97–2003 document nor text' };
  return { error: 'not a text file (binary content or unknown encoding)' };
}

const failure = (file: InputFile, error: string): ExtractResult => ({ ok: false, sourceFile: file.name, error });
const unexpected = (file: InputFile, e: unknown) => failure(file, `unexpected error: ${(e as Error).message}`);

/** The door. `sha256` is given by a caller that already has it (the CLI hashes while reading), else computed. */
export async function extractInput(file: InputFile, engines: InputEngines, sha256?: string): Promise<ExtractResult> {
  try {
    const opened = open(file);
    if ('error' in opened) return failure(file, opened.error);
    const report = { sourceFile: file.name, sha256: sha256 ?? (await sha256Hex(file.bytes)) };
    if ('input' in opened) return extractReport({ ...report, ...opened.input });
    if (opened.engine === 'pdf') {
      if (!engines.pdfjs) return failure(file, 'PDF reading is not available here');
      try {
        // pdfjs takes ownership of the buffer it is given, and refuses a Node Buffer: pass a plain copy.
        const pages = await readPdfPages(new Uint8Array(file.bytes), engines.pdfjs);
        return extractReport({ ...report, text: '', document: pdfPagesToDocument(pages) });
      } catch (e) {
        if (!(e instanceof NoTextLayer) || !engines.ocr) throw e;
        return await ocrReport(new Uint8Array(file.bytes), engines.ocr, report);
      }
    }
    if (opened.engine === 'png' || opened.engine === 'jpeg') {
      if (!engines.ocr) return failure(file, OCR_UNAVAILABLE);
      const page = opened.engine === 'png' ? pngPage(file.bytes) : jpegPage(file.bytes);
      return await ocrReport(imagesToPdf([page]), engines.ocr, report);
    }
    if (!engines.docText) return failure(file, DOC_NEEDS_ENGINE);
    let text: string;
    try {
      text = await engines.docText(file.bytes);
    } catch (e) {
      return failure(file, `unreadable Word 97–2003 document: ${(e as Error).message}`);
    }
    return extractReport({ ...report, text: '', document: { ...toDocument(text), layout: 'doc' } });
  } catch (e) {
    return e instanceof PdfError || e instanceof ScanError || e instanceof ImageError ? failure(file, e.message) : unexpected(file, e);
  }
}

async function ocrReport(pdf: Uint8Array, ocr: OcrEngines, report: { sourceFile: string; sha256: string }): Promise<ExtractResult> {
  const pages = await readScan(pdf, ocr);
  return extractReport({ ...report, text: '', document: pdfPagesToDocument(pages, 'ocr') });
}

/**
 * The same door for callers that cannot wait (the tests' synchronous fixture helpers): formats that need
 * no engine only; a PDF or .doc is answered with a message naming `extractInput`.
 */
export function extractInputSync(file: InputFile, sha256: string): ExtractResult {
  try {
    const opened = open(file);
    if ('error' in opened) return failure(file, opened.error);
    if ('engine' in opened) return failure(file, `a ${{ pdf: 'PDF', doc: '.doc', png: 'PNG', jpeg: 'JPEG' }[opened.engine]} file is read by extractInput, which awaits its engine`);
    return extractReport({ sourceFile: file.name, sha256, ...opened.input });
  } catch (e) {
    return unexpected(file, e);
  }
}
