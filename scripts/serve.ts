/**
 * npm run serve [-- --port 4173]: serves dist/ the way GitHub Pages does, under BASE_PATH (default: the base
 * dist/ was built for), with byte ranges, and 404 for anything outside the base. Used by the browser tests
 * and benchmarks.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.duckdb': 'application/octet-stream',
};

/** One answered request, for benchmarks that count what a page fetched. */
export interface Served {
  method: string;
  path: string;
  range: string | undefined;
  status: number;
  bytes: number;
}

/**
 * The base path a built site was made for (vite's `base`, from BASE_PATH at build time), read from the
 * address of its script: serving it under another base gives a page whose scripts are all 404.
 */
export function builtBase(root = 'dist'): string {
  const m = /<script[^>]*\ssrc="([^"]*\/)assets\//.exec(readFileSync(join(root, 'index.html'), 'utf8'));
  if (!m) throw new Error(`${root}/index.html loads no script from assets/: not a site this project built`);
  return m[1];
}

export function serveDist(opts: { root?: string; base?: string; port?: number; onServed?: (r: Served) => void; onData?: (path: string, bytes: number) => void } = {}): Promise<Server> {
  const root = resolve(opts.root ?? 'dist');
  const base = opts.base ?? process.env.BASE_PATH ?? '/';
  const server = createServer((req, res) => {
    if (opts.onServed) {
      res.on('finish', () => opts.onServed!({
        method: req.method ?? '', path: (req.url ?? '').split('?')[0], range: req.headers.range, status: res.statusCode,
        bytes: req.method === 'HEAD' ? 0 : Number(res.getHeader('Content-Length') ?? 0),
      }));
    }
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!url.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = normalize(join(root, url.slice(base.length)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    const size = statSync(path).size;
    const send = (stream: ReturnType<typeof createReadStream>) => {
      if (opts.onData) stream.on('data', (chunk) => opts.onData!(url, chunk.length));
      stream.pipe(res);
    };
    const headers: Record<string, string | number> = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes' };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : size - Number(range[2]);
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.setHeader('Content-Length', end - start + 1);
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}` });
      if (req.method === 'HEAD') res.end();
      else send(createReadStream(path, { start, end }));
      return;
    }
    res.setHeader('Content-Length', size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else send(createReadStream(path));
  });
  return new Promise((done) => server.listen(opts.port ?? 4173, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
  const base = process.env.BASE_PATH ?? builtBase();
  await serveDist({ port: Number(values.port), base });
  console.log(`serving dist/ at http://127.0.0.1:${values.port}${base}`);
}
