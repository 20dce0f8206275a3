/**
 * tsx scripts/pack.ts --in <dataset dir> --out <file.duckdb>: writes the packed layout (src/data/pack.ts)
 * of a dataset. The build does this itself for large datasets; this is for looking at the file.
 */
import { parseArgs } from 'node:util';
import { packDataset } from '../src/data/pack';

const { values } = parseArgs({ options: { in: { type: 'string', default: 'data' }, out: { type: 'string' } } });
if (!values.out) throw new Error('--out <file.duckdb> is required');
const started = performance.now();
await packDataset(values.in!, values.out);
console.log(`pack: ${values.in} → ${values.out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
