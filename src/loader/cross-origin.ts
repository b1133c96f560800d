/**
 * Telling a feed that another website will not share apart from a network failure. A browser gives a
 * script the same bare TypeError for both ("Failed to fetch"), so the loader asks three things: is the
 * browser online, is the feed on another origin than the page, and does that website answer a request
 * that needs no permission (a `no-cors` fetch, whose answer a script cannot read but can see arrive)?
 * If all three, the feed's website most likely sends no `Access-Control-Allow-Origin` for this page.
 *
 * Loaded only when a fetch has failed (see fetch-text.ts), so pages whose feed loads never download it. It
 * imports nothing (fetch-text.ts makes the PlanError), so bundlers split no shared code out of the
 * single-file build for it.
 */

/** What the loader knows about the page a failed fetch ran on. */
export interface PageContext {
  /** The page's origin (`location.origin`); undefined outside a browser (the CLI), "null" for file: pages. */
  origin: string | undefined;
  /** `navigator.onLine`: false means the browser knows it is offline. */
  online: boolean;
}

/** The page the code runs on, as far as the browser says. */
export function currentPage(): PageContext {
  return { origin: globalThis.location?.origin, online: globalThis.navigator?.onLine !== false };
}

/**
 * True when a fetch of `url` that rejected with `error` failed the way a missing
 * `Access-Control-Allow-Origin` makes it fail: a TypeError (a network error), the browser online, and the
 * feed on another http(s) origin than the page. Same-origin failures, offline ones, pages with no real
 * origin (file:, sandboxed frames, Node) and an https page asking for an http feed (blocked as mixed
 * content, whatever the headers) stay network errors.
 */
export function mayBeCrossOriginFailure(error: unknown, url: string, page: PageContext): boolean {
  if (!(error instanceof TypeError) || !page.online) return false;
  if (page.origin === undefined || page.origin === 'null') return false;
  let feed: URL;
  let pageUrl: URL;
  try {
    feed = new URL(url);
    pageUrl = new URL(page.origin);
  } catch {
    return false;
  }
  if (feed.protocol !== 'http:' && feed.protocol !== 'https:') return false;
  if (pageUrl.protocol === 'https:' && feed.protocol === 'http:') return false;
  return feed.origin !== pageUrl.origin;
}

/** What the `cross-origin` error says about a feed at `url` that a page on `pageOrigin` may not read. */
export function crossOriginMessage(url: string, pageOrigin: string): string {
  const feedOrigin = new URL(url).origin;
  return (
    `The feed at ${url} could not be read from this page: the website at ${feedOrigin} answered, but most likely ` +
    `does not let other websites read it. Its owner must serve the feed with the header ` +
    `"Access-Control-Allow-Origin: ${pageOrigin}" (or "*"). Alternatively, show the plan with the iframe embed ` +
    `(embed.html) copied to ${feedOrigin}, which reads the feed from its own website and needs no such header.`
  );
}

/**
 * True when the server at `url` answers at all: a `no-cors` request needs no permission from it, so it
 * succeeds (with a response the script cannot read) whenever the server is up and reachable, and fails
 * as the first request did when it is down, refused, or blocked by this page's own policy (CSP, mixed
 * content). Never stored, so it cannot stand in for the real feed in the HTTP cache.
 */
export async function serverAnswers(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    await globalThis.fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal });
    return true;
  } catch {
    return false;
  }
}

/**
 * The message of the `cross-origin` error for a fetch of `url` that rejected with `error`, or undefined when
 * it failed for another reason (see `mayBeCrossOriginFailure` and `serverAnswers`).
 */
export async function explainFailedFetch(url: string, error: unknown, signal: AbortSignal, page = currentPage()): Promise<string | undefined> {
  if (!mayBeCrossOriginFailure(error, url, page)) return undefined;
  if (!(await serverAnswers(url, signal))) return undefined;
  return crossOriginMessage(url, page.origin!);
}
