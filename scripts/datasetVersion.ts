/** The dataset's version, cited by the site and written in datapackage.json: the start of facts.csv's SHA-256. */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

export function datasetVersion(factsCsv: string): string {
  if (!existsSync(factsCsv)) return 'none';
  const hash = createHash('sha256');
  // In pieces: a synthetic facts.csv can be larger than a Buffer.
  const buffer = Buffer.alloc(16 << 20);
  const fd = openSync(factsCsv, 'r');
  for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
  closeSync(fd);
  return hash.digest('hex').slice(0, 12);
}
