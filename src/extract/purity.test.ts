/**
 * The extractor runs in the browser too: its sources (not tests, not fixtures) use no Node-only or DOM-only
 * imports or globals. It reads the source text, so the mutation runs leave it out (Stryker's instrumented
 * copies consult `process`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('extractor core purity', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sources(path);
      return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
    });

  it('has no Node-only or DOM-only imports or globals, so the browser can run it', () => {
    for (const file of sources('src/extract')) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/from ['"](node:[^'"]+|fs|path|os|crypto|child_process|url)['"/]/);
      expect(text, file).not.toMatch(/\b(process|Buffer|__dirname|require)\b[.(]/);
      expect(text, file).not.toMatch(/\b(window|document|localStorage|navigator)\./);
    }
  });
});
