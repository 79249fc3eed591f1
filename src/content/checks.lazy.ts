/**
 * A per-widget script's document checks and loader (vite.config.ts puts this module in the place of
 * ./provided.ts and ./loader.ts in `--mode widget:<name>`). The script embeds its content already
 * checked at build time, so it needs the checks only when a provider is given `src` or `content`:
 * only then does it fetch dist/widgets/content-checks.js from beside itself, with its integrity
 * (./checks-script.ts). Until they arrive, a `src` document waits for them (its timeout counts
 * from the request), and the `content` property is "loading": prose shows the embedded default,
 * hours show that they are loading. If they cannot arrive (blocked, missing, tampered with), the
 * document cannot be used: one warning, and the hours show "Hours unavailable".
 */
import { cdnBase } from '../core/version.js';
import { CONTENT_CHECKS, type ChecksSlot, type ContentChecks } from './content-checks.js';
import type { LoadResult } from './loader.js';
import type { validateProvided as validateNow } from './provided.js';

export type { LoadFailure, LoadResult } from './loader.js';

/** The integrity of dist/widgets/content-checks.js, which scripts/build/widgets.mjs builds first. */
declare const __PROPEL_CHECKS_INTEGRITY__: string;

/** The checks' address: beside this script (a classic script knows its own element while it runs), else on the CDN. */
const CHECKS_URL = new URL('content-checks.js', (document.currentScript as HTMLScriptElement | null)?.src || `${cdnBase()}widgets/`).href;

const slot = globalThis as ChecksSlot;
let checks = slot[CONTENT_CHECKS];
/** Why the checks could not arrive. */
let failure: string | undefined;
let arriving: Promise<unknown> | undefined;

/** Fetches the checks once per script (unless another script of this version has them); settles when they are here or cannot come. */
function fetchChecks(): Promise<unknown> {
  return (arriving ??= new Promise<ContentChecks>((resolve, reject) => {
    if (slot[CONTENT_CHECKS]) return resolve(slot[CONTENT_CHECKS]);
    const script = document.createElement('script');
    script.onload = () => (slot[CONTENT_CHECKS] ? resolve(slot[CONTENT_CHECKS]) : reject(new Error('registered nothing')));
    script.onerror = () => reject(new Error('did not load (blocked, missing, or not matching its integrity)'));
    script.crossOrigin = 'anonymous';
    script.integrity = __PROPEL_CHECKS_INTEGRITY__;
    script.src = CHECKS_URL;
    (document.head ?? document.documentElement).append(script);
  }).then(
    (found) => (checks = found),
    (error: Error) => (failure = `the content checks (${CHECKS_URL}) ${error.message}`),
  ));
}

export const validateProvided: typeof validateNow = (input, ready) => {
  checks ??= slot[CONTENT_CHECKS];
  if (checks) return checks.validate(input);
  if (failure) return { issues: [{ path: '(root)', message: failure }] };
  if (ready) void fetchChecks().then(ready);
  return undefined;
};

/**
 * Starts the request for `url` once the checks are here (see ./loader.ts), within the same `timeout`
 * (checks that take longer are a timeout too); `release()` before then cancels it.
 */
export function load(url: string, timeout: number): { result: Promise<LoadResult>; release: () => void } {
  let inner: ReturnType<ContentChecks['load']> | undefined;
  let released = false;
  const started = Date.now();
  const late = new Promise<'late'>((resolve) => setTimeout(resolve, timeout, 'late'));
  return {
    result: Promise.race([fetchChecks(), late]).then((arrived): Promise<LoadResult> | LoadResult => {
      if (released) return new Promise<never>(() => undefined);
      if (arrived === 'late')
        return { ok: false, reason: 'timeout', issues: [{ path: '(root)', message: `no answer in time (${CHECKS_URL})` }] };
      if (!checks) return { ok: false, reason: 'network', issues: [{ path: '(root)', message: failure! }] };
      inner = checks.load(url, Math.max(1, timeout - (Date.now() - started)));
      return inner.result;
    }),
    release() {
      released = true;
      inner?.release();
    },
  };
}
