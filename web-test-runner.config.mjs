import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome, INSTALL_HINT } from './scripts/lib/browsers.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);

const chrome = (env) =>
  chromeLauncher({
    launchOptions: { executablePath, headless: true, args: chromeArgs(), ...(env ? { env: { ...process.env, ...env } } : {}) },
  });

/**
 * `executeServerCommand('a11y-tree')`: Chromium's full accessibility tree
 * (puppeteer's snapshot with interestingOnly off, so tables and rows stay in).
 */
const a11yTree = {
  name: 'propel-a11y-tree',
  async executeCommand({ command, session }) {
    if (command !== 'a11y-tree') return undefined;
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * Test endpoints for remote content (`<propel-provider src>`):
 * - `/__propel/echo?status=N&type=T&body=B`: answers B (default empty) with status N (default 200);
 * - `/__propel/hang`: never answers (closed only when the client aborts).
 * Each answer allows any origin (CORS), like a clinic's content host would.
 */
/**
 * Built files (`/dist/…`) as they are on disk, as a CDN serves them: not through the esbuild
 * transform (which would rewrite the drop-in and break its SRI hash). JSON files stay modules for
 * `import`, unless asked for with `?raw`.
 */
async function rawDist(ctx, next) {
  if (!ctx.path.startsWith('/dist/') || ctx.path.includes('..')) return next();
  if (ctx.path.endsWith('.json') && !('raw' in ctx.query)) return next();
  const file = join(process.cwd(), decodeURIComponent(ctx.path));
  if (!existsSync(file)) return next();
  ctx.type = extname(file);
  ctx.body = readFileSync(file);
}

async function testServer(ctx, next) {
  if (!ctx.path.startsWith('/__propel/')) return next();
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/__propel/hang') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  ctx.status = Number(ctx.query.status ?? 200);
  ctx.type = String(ctx.query.type ?? 'application/json');
  ctx.body = String(ctx.query.body ?? '');
}

export default {
  // The *.tz.test.ts files need the browser in another time zone: they run in their own group.
  files: ['tests/**/*.test.ts', '!tests/**/*.tz.test.ts'],
  // Test what ships: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [rawDist, testServer],
  plugins: [a11yTree, esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chrome()],
  // `wtr` runs the default group and every group below; `wtr --group tokyo` runs only this one.
  groups: [{ name: 'tokyo', files: 'tests/**/*.tz.test.ts', browsers: [chrome({ TZ: 'Asia/Tokyo' })] }],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
