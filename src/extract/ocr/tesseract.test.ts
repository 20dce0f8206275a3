/** The shared tesseract.js driver: readings take turns, and a cancelled session ends the worker without harming the next. */
import { describe, expect, it } from 'vitest';
import { tesseractEngine, type TesseractWorker } from './tesseract';

const image = { width: 2, height: 1, data: new Uint8Array([0, 255]) };

/** A worker that logs what it is asked and answers when `release` is called (a page reading takes seconds). */
function fakeWorkers() {
  const log: string[] = [];
  const pending: { worker: number; answer: () => void }[] = [];
  let started = 0;
  const start = async (): Promise<TesseractWorker> => {
    const n = ++started;
    return {
      setParameters: async (p) => { log.push(`w${n} psm ${p.tessedit_pageseg_mode}`); },
      recognize: (bytes) => new Promise((resolve) => {
        log.push(`w${n} read ${new TextDecoder().decode(bytes.subarray(0, 7)).replace(/\n/g, ' ').trim()}`);
        pending.push({ worker: n, answer: () => resolve({ data: { blocks: [] } }) });
      }),
      terminate: async () => {
        log.push(`w${n} ended`);
        // An ended worker never answers.
        pending.splice(0, pending.length, ...pending.filter((p) => p.worker !== n));
      },
    };
  };
  const release = async () => {
    for (let i = 0; i < 20 && !pending.length; i++) await new Promise((r) => setTimeout(r, 1));
    pending.shift()!.answer();
  };
  return { log, start, release };
}

describe('tesseractEngine', () => {
  it('gives each reading its segmentation mode, one reading at a time, the image as PGM', async () => {
    const fake = fakeWorkers();
    const ocr = tesseractEngine(fake.start);
    const a = ocr.engine.recognize(image, 'page');
    const b = ocr.engine.recognize(image, 'line');
    const c = ocr.engine.recognize(image, 'line');
    for (let i = 0; i < 3; i++) await fake.release();
    expect(await Promise.all([a, b, c])).toEqual([[], [], []]);
    expect(fake.log).toEqual(['w1 psm 6', 'w1 read P5 2 1', 'w1 psm 7', 'w1 read P5 2 1', 'w1 read P5 2 1']);
  });

  it('a session cancelled during a reading ends the worker at once; the next reading starts a new one', async () => {
    const fake = fakeWorkers();
    const ocr = tesseractEngine(fake.start);
    const controller = new AbortController();
    const cancelled = ocr.session(controller.signal).recognize(image, 'page');
    const other = ocr.engine.recognize(image, 'page');
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(cancelled).rejects.toThrow('cancelled');
    await fake.release();
    expect(await other).toEqual([]);
    expect(fake.log).toEqual(['w1 psm 6', 'w1 read P5 2 1', 'w1 ended', 'w2 psm 6', 'w2 read P5 2 1']);
    await expect(ocr.session(controller.signal).recognize(image, 'line')).rejects.toThrow('cancelled');
  });
});
