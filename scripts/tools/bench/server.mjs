// A small node:http server for the benchmarks: the drop-in and its neighbours from dist/, Grid.js from
// node_modules, and pages the bench registers in memory. Every response is cross-origin isolated
// (COOP + COEP), so performance.now() ticks in 5 µs steps instead of 100 µs.
//
//   /dist/<file>[?delay=ms]   a file from dist/, held back `delay` ms (to let the page paint first)
//   /gridjs/<file>            node_modules/gridjs/dist/<file>
//   /page/<name>              a page set with server.page(name, html) (a stylesheet when the name ends in .css)
// Snippet files (dist/snippets/*.html) name the CDN; `localize()` points those URLs at this server.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The CDN address that dist/snippets/* name for the script and stylesheets. */
export const CDN_DIST = /https:\/\/cdn\.jsdelivr\.net\/npm\/propel-widgets@[^/"'\s]+\/dist\//g;

const ROOTS = { dist: 'dist', gridjs: 'node_modules/gridjs/dist' };

export async function startServer() {
  const pages = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    const [, root, ...rest] = url.pathname.split('/');
    let body;
    let type = TYPES['.html'];
    if (root === 'page' && pages.has(rest.join('/'))) {
      body = pages.get(rest.join('/'));
      type = TYPES[extname(rest.join('/'))] ?? type;
    } else if (ROOTS[root]) {
      const file = normalize(rest.join('/'));
      if (file.startsWith('..')) return res.writeHead(403).end();
      try {
        body = await readFile(join(ROOTS[root], file));
      } catch {
        return res.writeHead(404, headers).end();
      }
      type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (root === 'dist' && file.startsWith('snippets/') && extname(file) === '.html') body = localize(body.toString('utf8'), origin);
    } else {
      return res.writeHead(404, headers).end();
    }
    const delay = Number(url.searchParams.get('delay')) || 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Registers (or replaces) the page served at /page/<name>; returns its URL. */
    page(name, html) {
      pages.set(name, html);
      return `${origin}/page/${name}`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Points a snippet's CDN URLs (script, stylesheets) at this server's /dist/. */
export function localize(markup, origin) {
  return markup.replace(CDN_DIST, `${origin}/dist/`);
}
