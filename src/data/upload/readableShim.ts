/**
 * The part of Node's `stream` Readable that word-extractor uses, for the browser's extraction worker: its
 * OLE storage stream subclasses Readable, implements `_read` (which pushes one sector, at once or from a
 * promise, or null at the end), and is drained by `on('data' | 'end' | 'error')`. scripts/build/wordExtractorStream.ts resolves
 * `stream` to this file for word-extractor's modules only; the CLI uses Node's own.
 */
type Listener = (value?: unknown) => void;

export class Readable {
  private listeners: Record<string, Listener[]> = { data: [], end: [], error: [] };
  private ended = false;
  private flowing = false;

  protected _read(): unknown {
    throw new Error('Readable subclass must implement _read');
  }

  push(chunk: unknown): boolean {
    if (chunk === null) {
      if (!this.ended) {
        this.ended = true;
        this.emit('end');
      }
      return false;
    }
    this.emit('data', chunk);
    return true;
  }

  on(event: string, listener: Listener): this {
    (this.listeners[event] ??= []).push(listener);
    // Like Node, adding a 'data' listener starts the flow, after the caller has added its other listeners.
    if (event === 'data' && !this.flowing) {
      this.flowing = true;
      queueMicrotask(() => void this.flow());
    }
    return this;
  }

  private async flow() {
    try {
      while (!this.ended) await this._read();
    } catch (error) {
      this.emit('error', error);
    }
  }

  private emit(event: string, value?: unknown) {
    for (const listener of this.listeners[event] ?? []) listener(value);
  }
}
