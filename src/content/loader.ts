/**
 * Fetches remote content documents for `<propel-provider src>` and checks them (./validate.ts; a
 * per-widget script fetches this module with the checks, ./checks.lazy.ts): CORS without
 * credentials or referrer, a timeout, one request per URL however many
 * providers ask (the answer, good or bad, is kept for the page's life: no
 * retry storms), aborted when the last provider waiting for it goes away.
 */
import type { ProvidedEntries } from './fallback.js';
import type { ContentIssue } from './issues.js';
import { validateContent } from './validate.js';

export type LoadFailure = 'network' | 'status' | 'parse' | 'shape' | 'timeout';

export type LoadResult =
  { ok: true; content: ProvidedEntries; issues: ContentIssue[] } | { ok: false; reason: LoadFailure; issues: ContentIssue[] };

interface Request {
  result: Promise<LoadResult>;
  controller: AbortController;
  waiting: number;
  settled?: boolean;
}

/** Documents larger than this are refused unread (a runaway or hostile server). */
const MAX_BYTES = 2 ** 21;
const requests = new Map<string, Request>();

const fail = (reason: LoadFailure, message: string): LoadResult => ({ ok: false, reason, issues: [{ path: '(root)', message }] });

async function fetchDocument(url: string, signal: AbortSignal): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
    if (!response.ok) return fail('status', `HTTP ${response.status}`);
    if (+(response.headers.get('content-length') ?? 0) > MAX_BYTES) return fail('parse', 'larger than 2 MB');
    text = await response.text();
  } catch (error) {
    // The timeout aborts the request: while connecting or while reading the body.
    return signal.aborted ? fail('timeout', 'no answer in time') : fail('network', String((error as Error)?.message ?? error));
  }
  if (text.length > MAX_BYTES) return fail('parse', 'larger than 2 MB');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('parse', `not JSON (${(error as Error).message})`);
  }
  const { content, issues } = validateContent(json);
  return content ? { ok: true, content, issues } : { ok: false, reason: 'shape', issues };
}

/**
 * Starts (or joins) the request for `url`. `release()` says the caller no
 * longer waits; the last release of a pending request aborts it.
 */
export function load(url: string, timeout: number): { result: Promise<LoadResult>; release: () => void } {
  let request = requests.get(url);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    const pending: Request = {
      controller,
      waiting: 0,
      result: fetchDocument(url, controller.signal).finally(() => {
        clearTimeout(timer);
        pending.settled = true;
      }),
    };
    requests.set(url, (request = pending));
  }
  const joined = request;
  joined.waiting++;
  let released = false;
  return {
    result: joined.result,
    release() {
      if (released) return;
      released = true;
      if (--joined.waiting > 0 || joined.settled) return;
      joined.controller.abort();
      // An aborted request is forgotten, so a provider that comes back asks again.
      if (requests.get(url) === joined) requests.delete(url);
    },
  };
}

/** Forgets every request (for tests). */
export const forgetRequests = (): void => requests.clear();
