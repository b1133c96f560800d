// Shared by the page tests: a static file server on loopback and headless Chromium (puppeteer-core,
// with the browser scripts/find-chrome.mjs finds; nothing is downloaded).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json' };

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ACE = require.resolve('accessibility-checker-engine/ace.js');
/** Files served beside the project's own, at the same origin (so pages under a strict CSP can load them). */
const TOOLS = { '/__axe__.js': AXE, '/__ace__.js': ACE };

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. Also serves axe-core at
 * /__axe__.js and IBM's Equal Access engine at /__ace__.js (same origin, so pages under a strict CSP
 * can load them) and an empty favicon.
 * `headers` adds response headers per path: { '/demo/strict.html': { 'content-security-policy': '…' } }.
 * `mounts` serves other folders under a path prefix: { '/__fonts__/': '/abs/path/to/fonts' }.
 */
export async function serve(root, { headers = {}, mounts = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    let file = TOOLS[path] ?? (mount ? join(mounts[mount], path.slice(mount.length)) : join(root, path));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      for (const [name, value] of Object.entries(headers[path] ?? {})) response.setHeader(name, value);
      createReadStream(file).pipe(response);
    } catch {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Launches headless Chromium; `env` adds to the browser's environment (as FONTCONFIG_FILE). */
export async function launch({ env } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome or Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')), ...(env ? { env: { ...process.env, ...env } } : {}) });
}

/**
 * Opens `url` in a new page and collects its errors: uncaught exceptions and console errors. Waits
 * until every pcp element on it has finished loading its feed (or `ready` says the page is ready).
 * `prepare(page)` runs before the page loads (viewport, emulated media).
 */
export async function openPage(browser, url, { ignore = [], ready, prepare } = {}) {
  const page = await browser.newPage();
  const errors = collectErrors(page, ignore);
  await prepare?.(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    ready ??
      (() =>
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('pcp-'))
          // Rendered (a Welsh page renders nothing until its words arrive), and not loading.
          .every((element) => element.shadowRoot?.childNodes.length > 0 && !element.shadowRoot.querySelector('[part="loading"]'))),
    // Polled on a timer: several pages load at once and a background page gets no animation frames.
    { timeout: 15000, polling: 100 },
  );
  return { page, errors };
}

/**
 * The page's errors from now on, as they come: uncaught exceptions and console errors, except console
 * errors matching one of `ignore` (read at each error, so a caller may change its contents).
 */
export function collectErrors(page, ignore = []) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!ignore.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
  });
  return errors;
}

/**
 * A new page on the accessibility suite's host page (test/pages/accessibility.html, served by the
 * session at `baseUrl`), once its probe and the elements are ready to mount a case.
 */
export async function openAccessibilityPage(browser, baseUrl) {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/test/pages/accessibility.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__a11yReady && customElements.get('pcp-plan-document'), { polling: 50 });
  return page;
}

/** axe-core's WCAG 2.2 AA violations on the page, as "rule: targets" lines. */
export async function axeViolations(page, baseUrl) {
  await page.addScriptTag({ url: `${baseUrl}/__axe__.js` });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/**
 * Serves `root` and launches Chromium for the tests of this file: `session.url` and `session.browser`
 * are set before the first test and closed after the last.
 */
export function useBrowser(root, options) {
  const session = { url: '', browser: undefined };
  let server;
  before(async () => {
    server = await serve(root, options);
    session.url = server.url;
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}

/**
 * Run in the page: every pcp element, through shadow roots, with its state, and all their text.
 * Elements inside [data-expect-error] are meant to fail.
 */
export function elementStates() {
  const found = [];
  let text = '';
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('pcp-') && element.shadowRoot) {
        found.push({
          tag: element.localName,
          expectError: Boolean(element.closest('[data-expect-error]')),
          error: Boolean(element.shadowRoot.querySelector('[part~="error"]')),
          loading: Boolean(element.shadowRoot.querySelector('[part~="loading"]')),
          empty: element.localName !== 'pcp-plan' && !element.shadowRoot.textContent.trim(),
          // The element's "this plan has no …" message.
          emptyState: Boolean(element.shadowRoot.querySelector('[part~="empty"]')),
        });
        text += element.shadowRoot.textContent;
        walk(element.shadowRoot);
      }
    }
  };
  walk(document);
  return { found, text: text.replace(/\s+/g, ' ') };
}
