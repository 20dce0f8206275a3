/** Raw input bytes, shared by the CLI and the browser: size limit, PDF sniffing, text decoding. */

/** Larger files are refused with a message, in the CLI and in the page alike. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** The message for a file over the limit, or null. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_REPORT_BYTES ? `file is ${(bytes / 1048576).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1048576} MB limit` : null;
}

export const isPdf = (bytes: Uint8Array) =>
  bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

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
