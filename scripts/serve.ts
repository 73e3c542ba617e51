/**
 * A minimal static file server for the built site: what `npm start` runs and what the browser
 * tests run against. It mounts a folder under a base path, so a sub-path build is served the
 * way a reader's web server would serve it.
 *
 *   node scripts/serve.ts [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.sh': 'text/plain; charset=utf-8',
  '.ps1': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  // Pagefind's index fragments are opaque binary files.
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE || '/' },
    port: { type: 'string', default: process.env.PORT || '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

async function fileFor(urlPath: string): Promise<string | undefined> {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = join(full, 'index.html');
    if (await stat(index).then((s) => s.isFile()).catch(() => false)) return index;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(url.pathname === '/' ? 302 : 404, url.pathname === '/' ? { location: base } : {});
    res.end();
    return;
  }
  const inside = url.pathname.slice(base.length - 1);
  let file: string | undefined;
  try {
    file = await fileFor(inside);
  } catch {
    file = undefined;
  }
  // Directories are linked with a trailing slash; add it the way static hosts do.
  if (file?.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && !inside.endsWith('index.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const status = file ? 200 : 404;
  file ??= await fileFor('404.html');
  const body = file ? await readFile(file) : Buffer.from('Not found');
  res.writeHead(status, { 'content-type': (file && TYPES[extname(file)]) || 'application/octet-stream' });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host}:${values.port}${base}`);
});
