/**
 * The loading path every element uses. Elements never fetch themselves: they call `loadPlanFromUrl`,
 * which makes one request per URL however many elements ask, and `validatePlanSoon` for inline JSON
 * (read as `planFromText` does, with the JSON syntax scanner loaded only on failure) and the `plan` property.
 */
import type { PlanFeed } from '../schema/plan.js';
import { fetchText, normaliseTimeout, timeoutError } from './fetch-text.js';
import { PlanError } from './plan-error.js';
import { parseJson } from './parse-json.js';
import { validatePlanSoon } from './check-plan.js';
import { explainJson, readJson } from './read-json.js';
import { validatePlan } from './validate-plan.js';

export interface LoadPlanOptions {
  /** Abort this caller's interest; the request itself stops when every caller has aborted. */
  signal?: AbortSignal | undefined;
  /** Milliseconds before this caller gets a `timeout` error (default 15000). Other callers keep their own. */
  timeoutMs?: number | undefined;
}

/** Parses and validates feed text. `source` names the feed in messages (a URL or "inline"). */
export function planFromText(text: string, source?: string): PlanFeed {
  return validatePlan(parseJson(text, source), source);
}

/**
 * `planFromText` without the JSON syntax scanner until the text turns out not to be JSON (see read-json.ts),
 * nor the format-1 upgrade until the feed is in format 1 (see check-plan.ts).
 */
async function planFromFetchedText(text: string, source: string): Promise<PlanFeed> {
  const read = readJson(text, source);
  if ('value' in read) return validatePlanSoon(read.value, source);
  throw await explainJson(read.text, read.error, source);
}

interface SharedRequest {
  promise: Promise<PlanFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One entry per absolute URL. Successful loads stay for the page's life; failures are forgotten so a retry refetches. */
const requests = new Map<string, SharedRequest>();

/** The absolute form of `url`, so "feed.json" and "/demo/feed.json" share one request. Throws a PlanError when it is not a URL. */
function absoluteUrl(url: string): string {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  try {
    return base ? new URL(url, base).href : new URL(url).href;
  } catch (cause) {
    throw new PlanError('network', `The feed address "${url}" is not a valid URL.`, { source: url, cause });
  }
}

function startRequest(key: string): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined as never) };
  // No timer on the shared request: each caller keeps its own time, and the request stops when all have gone.
  request.promise = fetchText(key, { signal: controller.signal, timeoutMs: null })
    .then((text) => planFromFetchedText(text, key))
    .finally(() => {
      request.settled = true;
    });
  request.promise.catch(() => {
    if (requests.get(key) === request) requests.delete(key);
  });
  requests.set(key, request);
  return request;
}

/** Rejects with the signal's reason (an AbortError DOMException unless the caller gave another). */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The load was aborted.', 'AbortError');
}

/**
 * Loads, parses and validates the feed at `url`. Ten elements on one URL make one request. Rejects
 * with a PlanError (network, cross-origin, http, timeout, not-json, schema) or, when `signal` aborts, with its reason.
 */
export function loadPlanFromUrl(url: string, options: LoadPlanOptions = {}): Promise<PlanFeed> {
  let key: string;
  try {
    key = absoluteUrl(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const request = requests.get(key) ?? startRequest(key);
  if (request.settled) return request.promise;
  const timeoutMs = normaliseTimeout(options.timeoutMs);

  request.waiting += 1;
  return new Promise<PlanFeed>((resolve, reject) => {
    let done = false;
    /** Ends this caller's wait once; false if it had already ended. */
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      request.waiting -= 1;
      return true;
    };
    /** This caller gives up: when nobody else waits, stop the download and forget it. */
    const leave = (reason: unknown) => {
      if (!finish()) return;
      if (request.waiting === 0 && !request.settled) {
        request.controller.abort();
        if (requests.get(key) === request) requests.delete(key);
      }
      reject(reason);
    };
    const onAbort = () => leave(abortReason(signal!));
    const timer = setTimeout(() => leave(timeoutError(key, timeoutMs)), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (plan) => finish() && resolve(plan),
      (error: unknown) => finish() && reject(error),
    );
  });
}

/** Forgets loaded feeds, so the next load of `url` (or of every URL) fetches again. */
export function clearPlanCache(url?: string): void {
  if (url === undefined) requests.clear();
  else {
    try {
      requests.delete(absoluteUrl(url));
    } catch {
      // not a URL: nothing cached under it
    }
  }
}
