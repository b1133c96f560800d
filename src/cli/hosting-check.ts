/**
 * `pcp validate <URL> --origin <origin>`: whether a page on that origin may read the feed, judged from
 * the headers the feed's server sent to a request carrying that `Origin`, as a browser would judge them;
 * and the hosting headers that decide how soon an updated plan shows (docs/hosting.md).
 *
 * The elements fetch feeds without cookies or other credentials, so `Access-Control-Allow-Origin: *` is
 * enough and `Access-Control-Allow-Credentials` plays no part.
 */

/** The response headers the check reads (a fetch `Headers` object fits). */
export interface HeaderSource {
  get(name: string): string | null;
}

export interface HostingReport {
  /** True when a page on the origin may read the feed. */
  readable: boolean;
  /** What the browser would do, one sentence: why it may read it, or why not and what to add. */
  verdict: string;
  /** Hosting problems that do not stop the page reading the feed. */
  warnings: string[];
}

/** Longest `max-age` (seconds) that still lets an updated plan show promptly; beyond it, a warning. */
const PROMPT_MAX_AGE = 3600;

/**
 * The origin in `value` ("https://csp.example.org", a trailing slash allowed), or undefined when it is not
 * an http(s) origin (has a path, query, fragment or credentials, or is not a URL).
 */
export function parseOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password || value.endsWith('?') || value.endsWith('#')) return undefined;
  return url.origin;
}

function corsVerdict(origin: string, headers: HeaderSource): { readable: boolean; verdict: string } {
  const cannot = `A page on ${origin} cannot read this feed`;
  const fix = `Add \`Access-Control-Allow-Origin: ${origin}\` (or \`*\`)`;
  const allowed = headers.get('access-control-allow-origin');
  if (allowed === null) return { readable: false, verdict: `${cannot}: its server sends no Access-Control-Allow-Origin header. ${fix}.` };
  const value = allowed.trim();
  if (value === '*' || value === origin) return { readable: true, verdict: `a page on ${origin} may read it (Access-Control-Allow-Origin: ${value})` };
  // Fetch's Headers joins repeated headers with ", "; browsers accept exactly one value.
  if (value.includes(',')) {
    return {
      readable: false,
      verdict: `${cannot}: its server sends more than one Access-Control-Allow-Origin (${value}), and browsers accept only one. Send \`Access-Control-Allow-Origin: ${origin}\` to this site (the asking page's Origin, echoed, with \`Vary: Origin\`), or \`*\` to every site.`,
    };
  }
  if (parseOrigin(value) === origin) {
    return {
      readable: false,
      verdict: `${cannot}: its server sends \`Access-Control-Allow-Origin: ${value}\`, and browsers compare it with the page's origin exactly. Send \`Access-Control-Allow-Origin: ${origin}\` (or \`*\`).`,
    };
  }
  return {
    readable: false,
    verdict: `${cannot}: its server sends \`Access-Control-Allow-Origin: ${value}\`, which lets only that site read it. ${fix}.`,
  };
}

/** True for application/json and the JSON-based types (application/feed+json…). */
function isJsonType(contentType: string): boolean {
  return /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType.trim());
}

function cachingWarnings(headers: HeaderSource): string[] {
  const warnings: string[] = [];
  if (headers.get('etag') === null && headers.get('last-modified') === null) {
    warnings.push(
      'no ETag or Last-Modified header, so browsers cannot ask whether the feed has changed: they download it in full each time, or keep showing a stored copy after the plan changes. Most servers send them for static files; see docs/hosting.md',
    );
  }
  const cacheControl = (headers.get('cache-control') ?? '').toLowerCase();
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(cacheControl);
  const revalidates = /(?:^|[,\s])(no-cache|no-store)(?:$|[,\s=])/.test(cacheControl);
  if (!revalidates && maxAge && Number(maxAge[1]) > PROMPT_MAX_AGE) {
    warnings.push(
      `Cache-Control: ${headers.get('cache-control')!.trim()} lets browsers show a stored copy for up to ${describeSeconds(Number(maxAge[1]))} after the plan changes; send \`Cache-Control: no-cache\` (with an ETag) or a max-age of a few minutes`,
    );
  }
  return warnings;
}

function describeSeconds(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hours`;
  return `${seconds} seconds`;
}

/**
 * Judges the response to a request for `feedUrl` sent with `Origin: origin`. `finalUrl` is where it was
 * answered from, if the request was redirected: a browser needs the header on every step of a redirect,
 * and this check sees only the last.
 */
export function checkHosting(origin: string, feedUrl: string, headers: HeaderSource, finalUrl?: string): HostingReport {
  const { readable, verdict } = corsVerdict(origin, headers);
  const warnings: string[] = [];
  if (finalUrl !== undefined && finalUrl !== feedUrl) {
    warnings.push(
      `the address redirects to ${finalUrl}, which was checked; a browser needs Access-Control-Allow-Origin on the redirect too, so give pages the final address`,
    );
  }
  const contentType = headers.get('content-type');
  if (contentType === null) warnings.push('no Content-Type header: send `Content-Type: application/json`');
  else if (!isJsonType(contentType)) warnings.push(`Content-Type is ${contentType.trim()}, not application/json: send \`Content-Type: application/json\``);
  warnings.push(...cachingWarnings(headers));
  return { readable, verdict, warnings };
}
