/**
 * A PNG or JPEG page image as a one-page PDF, without decoding it here: a JPEG goes in whole as a DCTDecode
 * stream, a PNG's zlib data as a FlateDecode stream whose PNG predictor undoes its row filters. pdfjs then
 * decodes it like any scanned page.
 */
import type { PdfImage } from './imagePdf';

export class ImageError extends Error {}

/** Photos and scans carry no reliable resolution: pages are sized as 300-dpi scans (the OCR layout rescales anyway). */
const DPI = 300;

const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

function page(width: number, height: number, dict: string, stream: Uint8Array): PdfImage {
  if (!width || !height || width * height > 100e6) throw new ImageError(`image of ${width}×${height} pixels is not a page scan`);
  return { width, height, dict, stream, pageWidth: (width * 72) / DPI, pageHeight: (height * 72) / DPI };
}

export function pngPage(bytes: Uint8Array): PdfImage {
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null = null;
  let palette: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  while (at + 8 <= bytes.length) {
    const length = u32(bytes, at);
    const type = latin1(bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (body.length < length) throw new ImageError('damaged PNG image: it ends inside a chunk');
    if (type === 'IHDR') header = { width: u32(body, 0), height: u32(body, 4), depth: body[8], colour: body[9], interlace: body[12] };
    else if (type === 'PLTE') palette = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || data.length === 0) throw new ImageError('damaged PNG image: no header or no image data');
  if (header.interlace) throw new ImageError('interlaced PNG images are not read: save the page without interlacing');
  const colours = { 0: 1, 2: 3, 3: 1 }[header.colour as 0 | 2 | 3];
  if (!colours) throw new ImageError('PNG images with transparency are not read: save the page without an alpha channel');
  const space = header.colour === 0 ? '/DeviceGray' : header.colour === 2 ? '/DeviceRGB' : palette
    ? `[/Indexed /DeviceRGB ${palette.length / 3 - 1} <${Array.from(palette, (b) => b.toString(16).padStart(2, '0')).join('')}>]`
    : null;
  if (!space) throw new ImageError('damaged PNG image: palette missing');
  const stream = new Uint8Array(data.reduce((n, d) => n + d.length, 0));
  data.reduce((o, d) => (stream.set(d, o), o + d.length), 0);
  const dict = `/ColorSpace ${space} /BitsPerComponent ${header.depth} /Filter /FlateDecode ` +
    `/DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${header.depth} /Columns ${header.width} >>`;
  return page(header.width, header.height, dict, stream);
}

export function jpegPage(bytes: Uint8Array): PdfImage {
  // The frame header (SOF0–SOF15 except DHT, JPG, DAC) gives size and components.
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new ImageError('damaged JPEG image: no frame header');
    const marker = bytes[at + 1];
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = (bytes[at + 5] << 8) | bytes[at + 6];
      const width = (bytes[at + 7] << 8) | bytes[at + 8];
      const components = bytes[at + 9];
      const space = components === 1 ? '/DeviceGray' : components === 3 ? '/DeviceRGB' : '/DeviceCMYK';
      return page(width, height, `/ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`, bytes);
    }
    at += 2 + length;
  }
  throw new ImageError('damaged JPEG image: no frame header');
}
