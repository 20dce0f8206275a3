/** The door's own messages for scans and page images, as a Chinese page shows them: Chinese, with the figures kept. */
import { describe, expect, it } from 'vitest';
import { extractInput, type InputEngines } from '../../extract/extractInput';
import { loadNodePdfJs } from '../../extract/__fixtures__/engines';
import { greyPdfImage, imagesToPdf } from '../../extract/ocr/imagePdf';
import type { OcrEngine } from '../../extract/ocr/engine';
import type { PdfJsImages } from '../../extract/ocr/pageImages';
import { doorMessage } from './doorMessages';

const nodePdfJs = await loadNodePdfJs();
const blank = (width: number, height: number) => ({ width, height, data: new Uint8Array(width * height).fill(255) });
const unreachable: OcrEngine = { recognize: () => Promise.reject(new Error('the engine was called')) };
const engines = (signal?: AbortSignal): InputEngines => ({ pdfjs: nodePdfJs, ocr: { engine: { recognize: async () => [] }, pdfjs: nodePdfJs as unknown as PdfJsImages, signal } });
async function errorOf(name: string, bytes: Uint8Array, with_: InputEngines = engines()) {
  const r = await extractInput({ name, bytes }, with_);
  if (r.ok) throw new Error(`${name} was read`);
  return r.error;
}
/** Latin words a Chinese message may hold: format names. */
const latin = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^(PDF|PNG|JPEG|OCR)$/.test(w));

describe('door messages on a Chinese page', () => {
  it('say the real messages for bad scans in Chinese, with their numbers', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2]);
    const cancelled = new AbortController();
    cancelled.abort();
    const cases = {
      long: await errorOf('long.pdf', imagesToPdf(Array.from({ length: 200 }, () => greyPdfImage(blank(8, 8), 72))), { pdfjs: nodePdfJs, ocr: { engine: unreachable, pdfjs: nodePdfJs as unknown as PdfJsImages } }),
      empty: await errorOf('blank.pdf', imagesToPdf([greyPdfImage(blank(16, 16), 72)])),
      png: await errorOf('torn.png', png),
      jpeg: await errorOf('torn.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12])),
      cancelled: await errorOf('scan.pdf', imagesToPdf([greyPdfImage(blank(16, 16), 72)]), engines(cancelled.signal)),
      notReport: await errorOf('notes.txt', new TextEncoder().encode('会议纪要：食堂菜单调整。')),
    };
    const zh = Object.fromEntries(Object.entries(cases).map(([k, m]) => [k, doorMessage(m, 'zh')]));
    for (const [k, shown] of Object.entries(zh)) {
      expect(shown.text, `${k}: ${cases[k as keyof typeof cases]}`).toMatch(/[\u4e00-\u9fff]/);
      expect(latin(shown.text), k).toEqual([]);
    }
    expect(zh.long.text).toContain('共 200 页，超过文字识别（OCR）40 页的上限');
    expect(zh.png.text).toContain('PNG 图像已损坏');
    expect(zh.jpeg.text).toContain('JPEG 图像已损坏');
    expect(zh.cancelled.text).toBe('已取消，此文件没有保留任何内容');
  });

  it('keep an engine’s detail as it came, and any other message, and English as it is', () => {
    expect(doorMessage('unreadable image on page 3: JPEG error: bad marker', 'zh')).toEqual({ text: '第 3 页的图像无法读取', detail: 'JPEG error: bad marker' });
    expect(doorMessage('wrong columns: x', 'zh')).toEqual({ text: 'wrong columns: x' });
    expect(doorMessage('no text recognised in the scan: not a page of print, or too blurred to read', 'en').text).toBe('no text recognised in the scan: not a page of print, or too blurred to read');
    expect(doorMessage('cancelled', 'en').text).toBe('cancelled: nothing was kept from this file');
  });
});
