// A small HTTP server for the safety checks: real responses with real headers (a CSP header, not a
// meta tag), never file:// or setContent. It serves the built drop-in from /dist/, other built
// copies from mounted directories, and pages and scripts that the checks register at run time.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Starts the server on a free port of 127.0.0.1. `mounts` maps a URL prefix (e.g. '/dist/') to a
 * directory. Returns `{ origin, page(path, body, headers), mount(prefix, dir), close() }`; `page` registers a generated
 * response (HTML, JS or CSS by the path's extension; a path without one is HTML).
 */
export async function startServer(mounts = {}) {
  const generated = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, body, type, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    // The browser asks for a favicon on its own; answering keeps a 404 out of the console.
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    const entry = generated.get(path);
    if (entry) return send(200, entry.body, TYPES[extname(path)] ?? TYPES['.html'], entry.headers);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const root = resolve(dir);
      const file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) break;
      try {
        return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
      } catch {
        break;
      }
    }
    send(404, 'not found', 'text/plain');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Registers a generated response; returns its absolute URL. */
    page(path, body, headers = {}) {
      generated.set(path, { body, headers });
      return origin + path;
    },
    /** Serves `dir` under `prefix` from now on. */
    mount(prefix, dir) {
      mounts[prefix] = dir;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}
