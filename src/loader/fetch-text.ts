/**
 * Fetches a feed's text with a timeout, turning every failure into a PlanError that says what a
 * web team can check (the address, the server, the network, the feed's website's CORS headers).
 */
import { PlanError } from './plan-error.js';

/** How long a feed may take before the element gives up, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The longest delay setTimeout honours; larger values fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A usable timeout from an author's value: the default for anything not a positive number. */
export function normaliseTimeout(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return DEFAULT_TIMEOUT_MS;
  return Math.min(value, MAX_TIMEOUT_MS);
}

export function timeoutError(url: string, timeoutMs: number, cause?: unknown): PlanError {
  return new PlanError('timeout', `The feed took longer than ${timeoutMs / 1000} seconds to load from ${url}.`, { source: url, cause });
}

export interface FetchTextOptions {
  signal?: AbortSignal | undefined;
  /** Milliseconds before failing with a `timeout` error; `null` for no limit (the caller keeps time). */
  timeoutMs?: number | null | undefined;
  /** More request headers: `pcp validate --origin` sends `Origin`, as a browser on that site would. */
  headers?: Record<string, string> | undefined;
  /** Called with the response (any status) before its body is read: `pcp validate --origin` checks its headers. */
  onResponse?: ((response: Response) => void) | undefined;
}

/** Set as the abort reason when our timer fires, so it can be told apart from a caller's abort. */
class TimeoutSignal extends Error {}

export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs === null ? null : normaliseTimeout(options.timeoutMs);
  const controller = new AbortController();
  const timer = timeoutMs === null ? undefined : setTimeout(() => controller.abort(new TimeoutSignal()), timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) onAbort();
    const response = await globalThis.fetch(url, { signal: controller.signal, headers: { accept: 'application/json', ...options.headers } });
    options.onResponse?.(response);
    if (!response.ok) {
      throw new PlanError('http', `The feed could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`, {
        source: url,
        status: response.status,
      });
    }
    return await response.text();
  } catch (error) {
    if (error instanceof PlanError) throw error;
    // (An aborted fetch rejects with an AbortError, which this leaves alone; the timer or the caller may
    // also abort while it checks.)
    const crossOrigin = await explainCrossOrigin(url, error, controller.signal);
    if (controller.signal.reason instanceof TimeoutSignal) throw timeoutError(url, timeoutMs!, error);
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    throw crossOrigin ?? new PlanError(
      'network',
      `The feed could not be fetched from ${url}: the network request failed (offline, wrong address, or blocked by the site's security settings).`,
      { source: url, cause: error },
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The `cross-origin` error when a browser's fetch failed the way a missing `Access-Control-Allow-Origin`
 * makes it fail (see cross-origin.ts, loaded only now); undefined for any other failure, or when that
 * code cannot be loaded (the `network` error is then shown, as before).
 */
async function explainCrossOrigin(url: string, error: unknown, signal: AbortSignal): Promise<PlanError | undefined> {
  // Outside a browser (the CLI) nothing stops a script reading another origin.
  if (!(error instanceof TypeError) || !globalThis.location) return;
  const message = await import('./cross-origin.js').then((module) => module.explainFailedFetch(url, error, signal)).catch(() => undefined);
  return message ? new PlanError('cross-origin', message, { source: url, cause: error }) : undefined;
}
