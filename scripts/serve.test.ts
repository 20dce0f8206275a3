import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBase } from './serve';

const site = (html: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'built-base-'));
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
};

describe('builtBase: the base a built site was made for', () => {
  it('reads it from the address of the site’s script, as vite writes it', () => {
    expect(builtBase(site('<head><script type="module" crossorigin src="/gov-info-disclosure-reports/assets/index-BtwcfyMd.js"></script>'))).toBe('/gov-info-disclosure-reports/');
    expect(builtBase(site('<script type="module" crossorigin src="/assets/index-a1.js"></script>'))).toBe('/');
  });

  it('says so when the page loads no script from assets/', () => {
    const dir = site('<html><body>hello</body></html>');
    expect(() => builtBase(dir)).toThrow(`${dir}/index.html loads no script from assets/: not a site this project built`);
  });
});
