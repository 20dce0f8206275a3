/** The raw bytes of an input: the size limit's message, the format a file's own bytes name, and text decoding. */
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, decodeText, sizeProblem, sniffFormat } from './input';

describe('sizeProblem', () => {
  it.each([
    [MAX_REPORT_BYTES, null],
    [MAX_REPORT_BYTES + 1, 'file is 20.0 MB, over the 20 MB limit'],
    [25 * 1048576, 'file is 25.0 MB, over the 20 MB limit'],
  ])('%i bytes: %s', (bytes, message) => {
    expect(sizeProblem(bytes)).toBe(message);
  });
});

describe('sniffFormat', () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d], 'pdf'], // exactly %PDF-
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'pdf'],
    [[0x25, 0x50, 0x44, 0x46], 'other'], // %PDF without its dash
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'zip'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'ole'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    [[0xff, 0xd8, 0xff], 'jpeg'],
    [[0xff, 0xd8], 'other'],
    [[0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e], 'other'], // <html>
  ])('%j is %s', (bytes, format) => {
    expect(sniffFormat(Uint8Array.from(bytes))).toBe(format);
  });
});

describe('decodeText', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  /** 政府信息公开 in GBK, as many agencies' pages are still saved. */
  const GBK = [0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa];

  it.each([
    ['UTF-8', utf8('政府信息公开'), '政府信息公开'],
    ['UTF-8 with a byte-order mark, which goes', utf8('\ufeff政府信息公开'), '政府信息公开'],
    ['UTF-8 with its byte-order mark doubled by a second save, which goes whole', utf8('\ufeff\ufeff政府信息公开'), '政府信息公开'],
    ['a U+FEFF inside the text, which stays', utf8('政府\ufeff信息公开'), '政府\ufeff信息公开'],
    ['GBK', Uint8Array.from(GBK), '政府信息公开'],
    ['a NUL byte (a binary file)', utf8('政府\u0000信息公开'), null],
    ['bytes neither UTF-8 nor GB 18030', Uint8Array.of(0x81, 0x20), null],
  ])('%s', (_, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });
});
