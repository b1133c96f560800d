/**
 * The loading path every element uses. Elements never fetch themselves: they call `loadPlanFromUrl`,
 * which makes one request per URL however many elements ask, and `planFromText` / `validatePlan` for
 * inline JSON and the `plan` property.
 */
import type { Plan } from '../schema/plan.js';
import { fetchText } from './fetch-text.js';
import { parseJson } from './parse-json.js';
import { validatePlan } from './validate-plan.js';

export interface LoadPlanOptions {
  /** Abort this caller's interest; the request itself stops when every caller has aborted. */
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request fails with a `timeout` error. */
  timeoutMs?: number | undefined;
}

/** Parses and validates feed text. `source` names the feed in messages (a URL or "inline"). */
export function planFromText(text: string, source?: string): Plan {
  return validatePlan(parseJson(text, source), source);
}

interface SharedRequest {
  promise: Promise<Plan>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One entry per absolute URL. Successful loads stay for the page's life; failures are forgotten so a retry refetches. */
const requests = new Map<string, SharedRequest>();

function absoluteUrl(url: string): string {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  return base ? new URL(url, base).href : url;
}

function startRequest(key: string, timeoutMs: number | undefined): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined as never) };
  request.promise = fetchText(key, { signal: controller.signal, timeoutMs })
    .then((text) => planFromText(text, key))
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
 * with a PlanError (network, http, timeout, not-json, schema) or, when `signal` aborts, with its reason.
 */
export function loadPlanFromUrl(url: string, options: LoadPlanOptions = {}): Promise<Plan> {
  const key = absoluteUrl(url);
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const request = requests.get(key) ?? startRequest(key, options.timeoutMs);
  request.waiting += 1;
  if (!signal) {
    // A caller that cannot abort keeps the request alive until it settles.
    return request.promise.finally(() => {
      request.waiting -= 1;
    });
  }

  return new Promise<Plan>((resolve, reject) => {
    const onAbort = () => {
      request.waiting -= 1;
      // Nobody else wants this feed: stop the download and forget it.
      if (request.waiting === 0 && !request.settled) {
        request.controller.abort();
        if (requests.get(key) === request) requests.delete(key);
      }
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (plan) => {
        signal.removeEventListener('abort', onAbort);
        request.waiting -= 1;
        resolve(plan);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        request.waiting -= 1;
        reject(error);
      },
    );
  });
}

/** Forgets loaded feeds, so the next load of `url` (or of every URL) fetches again. */
export function clearPlanCache(url?: string): void {
  if (url === undefined) requests.clear();
  else requests.delete(absoluteUrl(url));
}
