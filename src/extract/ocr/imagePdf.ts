/**
 * Minimal image-only PDFs: one image filling each page. The door wraps a PNG or JPEG page image in one, so
 * that pdfjs decodes every scan the same way (JPEG as DCTDecode, PNG's own zlib stream with its row
 * filters as a FlateDecode predictor) and the OCR path has a single entrance; the tests wrap rendered pages
 * of the real reports in one to make scanned reports.
 */
import { zlibSync } from 'fflate';

export interface PdfImage {
  width: number;
  height: number;
  /** The image stream's dictionary entries beyond size and length, e.g. `/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`. */
  dict: string;
  stream: Uint8Array;
  /** Page size in points; the image fills the page. */
  pageWidth: number;
  pageHeight: number;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A PDF with one page per image. */
export function imagesToPdf(images: PdfImage[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? latin1(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: (Uint8Array | string)[]) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    body.forEach(push);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const pageIds = images.map((_, i) => 3 + i * 3);
  object(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  object(2, [`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${images.length} >>`]);
  images.forEach((img, i) => {
    const [page, content, xobject] = [pageIds[i], pageIds[i] + 1, pageIds[i] + 2];
    const w = img.pageWidth.toFixed(2);
    const h = img.pageHeight.toFixed(2);
    object(page, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${xobject} 0 R >> >> /Contents ${content} 0 R >>`]);
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(content, [`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
    object(xobject, [
      `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} ${img.dict} /Length ${img.stream.length} >>\nstream\n`,
      img.stream,
      '\nendstream',
    ]);
  });
  const xref = length;
  const count = 3 + images.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A grey image (one byte a pixel) as a page image, `dpi` setting the page size. */
export function greyPdfImage(image: { width: number; height: number; data: Uint8Array }, dpi: number): PdfImage {
  return {
    width: image.width, height: image.height, dict: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
    stream: zlibSync(image.data), pageWidth: (image.width * 72) / dpi, pageHeight: (image.height * 72) / dpi,
  };
}
