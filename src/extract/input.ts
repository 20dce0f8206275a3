/** Raw input bytes, shared by the CLI and the browser: size limit, format sniffing, text decoding. */

/** Larger files are refused with a message, in the CLI and in the page alike. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** The message for a file over the limit, or null. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_REPORT_BYTES ? `file is ${(bytes / 1048576).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1048576} MB limit` : null;
}

/** What the bytes are, by their own signature: a file's name can lie (a saved web page named .doc is common). */
export type InputFormat = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'other';

const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const SIGNATURES: [InputFormat, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK: DOCX is a zip archive
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // OLE compound file: Word 97–2003 .doc
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]], // page images, read by OCR
  ['jpeg', [0xff, 0xd8, 0xff]],
];

export function sniffFormat(bytes: Uint8Array): InputFormat {
  return SIGNATURES.find(([, magic]) => startsWith(bytes, magic))?.[0] ?? 'other';
}

/** UTF-8 first (with or without BOM); GB 18030 covers the GBK pages many agencies still publish. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}
