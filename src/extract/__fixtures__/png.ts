/**
 * PNG files for tests, made as the format defines them: the signature, then chunks of length, type, body
 * and CRC. The unit tests give odd headers (a palette image without its palette, no image data); the
 * browser tests give whole page images.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const be32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];

function chunk(type: string, body: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...Array.from(type, (c) => c.charCodeAt(0)), ...body]);
  return new Uint8Array([...be32(body.length), ...typed, ...be32(crc32(typed))]);
}

export interface PngOptions {
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colour?: number;
  interlace?: number;
  palette?: number[];
  /** false: no IDAT chunk at all. */
  idat?: boolean;
}

/**
 * A PNG of 8-bit samples: `rows` are each row's samples, stored unfiltered (a filter byte 0 before each).
 * The header says `width` × `height` whatever the rows hold, so a test can make a huge image's header cheaply.
 */
export function png(width: number, height: number, rows: ArrayLike<number>[], { colour = 0, interlace = 0, palette = [], idat = true }: PngOptions = {}): Uint8Array {
  const raw = new Uint8Array(rows.reduce((n, r) => n + r.length + 1, 0));
  let at = 0;
  for (const row of rows) {
    raw.set(row, at + 1);
    at += row.length + 1;
  }
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk('IHDR', new Uint8Array([...be32(width), ...be32(height), 8, colour, 0, 0, interlace])),
    ...(palette.length ? [chunk('PLTE', new Uint8Array(palette))] : []),
    ...(idat ? [chunk('IDAT', deflateSync(raw))] : []),
    chunk('IEND', new Uint8Array()),
  ];
  return new Uint8Array(Buffer.concat(parts));
}

/** An 8-bit grey PNG of an image's pixels. */
export const greyPng = (image: { width: number; height: number; data: Uint8Array }): Uint8Array =>
  png(image.width, image.height, Array.from({ length: image.height }, (_, y) => image.data.subarray(y * image.width, (y + 1) * image.width)));
