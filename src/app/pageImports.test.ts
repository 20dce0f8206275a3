/**
 * The page loads only what every visit needs: the extractor's readers (layouts, tables, metadata, OCR) run
 * in the extraction worker, which the Add view starts when someone adds a report. A static import of them
 * from the page's own modules would put the whole extractor into the first download (it happened once,
 * through a helper imported from extractReport), so this walks the page's static imports from main.tsx.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every project module the page reaches through static value imports (type-only imports vanish in the build). */
function pageModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolve(file, m[1]);
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe('the page’s first download', () => {
  const modules = pageModules(join(ROOT, 'src', 'app', 'main.tsx'));

  it('reaches the views and the data layer', () => {
    // The walk itself works: without these the assertion below would hold vacuously.
    expect(modules).toContain('src/views/overview/Overview.tsx');
    expect(modules).toContain('src/data/local/editMetadata.ts');
    expect(modules).toContain('src/extract/finishReport.ts');
  });

  it('holds none of the extractor’s readers', () => {
    // ocr/scanLimits.ts is the page limit and the messages the Add view names, without the pipeline.
    const readers = [...modules].filter((f) => /^src\/extract\/(extractReport|extractInput|metadata|narrative)\.ts$|^src\/extract\/(layout|tables|ocr)\//.test(f) && f !== 'src/extract/ocr/scanLimits.ts');
    expect(readers).toEqual([]);
  });
});
