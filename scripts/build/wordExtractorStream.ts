import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * word-extractor (the .doc engine, src/data/upload/docText.ts) subclasses Node's stream Readable: in the
 * browser its `stream` is src/data/upload/readableShim.ts. Only word-extractor's own modules are redirected.
 */
export function wordExtractorStream(): Plugin {
  const shim = resolve('src/data/upload/readableShim.ts');
  return {
    name: 'word-extractor-stream',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'stream' && importer && /[\\/]word-extractor[\\/]/.test(importer) ? shim : null;
    },
  };
}
