/** The main thread's handle on the extraction worker: one worker, started on first use. */
import type { ExtractResult } from '../../extract/extractReport';

/** A scan being read: the page being read now and, once the first is done, how many there are. */
export interface OcrProgress {
  page: number;
  total?: number;
}

export type ExtractRequest = { id: number; name: string; bytes: Uint8Array } | { cancel: number };
export type ExtractMessage = { id: number; result: ExtractResult } | { id: number; progress: OcrProgress };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { done: (result: ExtractResult) => void; onProgress?: (p: OcrProgress) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExtractMessage>) => {
      const message = event.data;
      const job = waiting.get(message.id);
      if ('progress' in message) job?.onProgress?.(message.progress);
      else {
        job?.done(message.result);
        waiting.delete(message.id);
      }
    };
  }
  return worker;
}

/**
 * Extracts one file. A scan reports its pages to `onProgress`; aborting `signal` stops it (the OCR worker is
 * ended at once) and the result is the door's `cancelled` failure. Other files being read are not touched.
 */
export function extractInWorker(name: string, bytes: Uint8Array, options: { onProgress?: (p: OcrProgress) => void; signal?: AbortSignal } = {}): Promise<ExtractResult> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { done: resolve, onProgress: options.onProgress });
    const w = getWorker();
    w.postMessage({ id, name, bytes } satisfies ExtractRequest, [bytes.buffer]);
    options.signal?.addEventListener('abort', () => w.postMessage({ cancel: id } satisfies ExtractRequest), { once: true });
  });
}
