/** The Readable that word-extractor's OLE streams get in the browser, driven as word-extractor drives it. */
import { describe, expect, it } from 'vitest';
import { Readable } from './readableShim';

/** Like word-extractor's StorageStream: each _read pushes one sector later (a promise), then null at once. */
class Sectors extends Readable {
  constructor(private sectors: string[], private failAt = -1) {
    super();
  }
  private index = 0;
  protected _read() {
    if (this.index >= this.sectors.length) return this.push(null);
    if (this.index === this.failAt) return Promise.reject(new Error('bad sector'));
    const sector = this.sectors[this.index++];
    return Promise.resolve().then(() => this.push(sector));
  }
}

/** word-extractor's streamBuffer: listeners added one after the other, the chunks joined at 'end'. */
const drain = (stream: Readable) =>
  new Promise<string>((resolve, reject) => {
    const chunks: unknown[] = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks.join('|')));
  });

describe('readable shim', () => {
  it('gives every sector in order, then ends once', async () => {
    expect(await drain(new Sectors(['a', 'b', 'c']))).toBe('a|b|c');
    expect(await drain(new Sectors([]))).toBe('');
  });

  it('reports a failing read as an error, not a hang', async () => {
    await expect(drain(new Sectors(['a', 'b'], 1))).rejects.toThrow('bad sector');
  });
});
