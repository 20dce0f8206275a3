/** The main thread's handle on the extraction worker: one worker, started on first use. */
import type { ExtractResult } from '../../extract/extractReport';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (result: ExtractResult) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: ExtractResult }>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

export function extractInWorker(name: string, bytes: Uint8Array): Promise<ExtractResult> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    getWorker().postMessage({ id, name, bytes }, [bytes.buffer]);
  });
}
