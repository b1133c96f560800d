// The iframe embed (dist/embed.html, dist/embed-host.js) as a council's web team uses it: a host page on
// one origin (http://127.0.0.1:A) frames the embed page on another (http://localhost:B), so the frame is
// cross-origin for real (the host cannot read it; Chromium runs it out of process). The embed page is
// served with a strict CSP header (no inline script or style, Trusted Types with Lit's policy alone).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementStates, launch, serve } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The strict policy a council might serve the embed page with (its own meta policy applies as well). */
const EMBED_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const CUMBRIA = '../demo/feeds/cumbria-2021-2025.json';
const BILINGUAL = '../demo/feeds/cumbria-2021-2025-bilingual.json';
const CUMBRIA_TITLE = 'Police and Crime Plan 2021-2025';

let hostDir;
let hostServer;
let embedServer;
let browser;
/** Origins: the host page's and the embed page's. */
let HOST;
let EMBED;

before(async () => {
  embedServer = await serve(root, { headers: { '/dist/embed.html': { 'content-security-policy': EMBED_CSP } } });
  EMBED = embedServer.url.replace('127.0.0.1', 'localhost');
  hostDir = await mkdtemp(join(tmpdir(), 'pcp-embed-host-'));
  // The README's CSP advice for a host page: the frame and the host script allowed from the embed's origin.
  const hostCsp = `default-src 'self'; script-src 'self' ${EMBED}; frame-src ${EMBED}; style-src 'self'`;
  hostServer = await serve(hostDir, { headers: { '/strict-host.html': { 'content-security-policy': hostCsp } } });
  HOST = hostServer.url;
  assert.notEqual(new URL(HOST).host.split(':')[0], new URL(EMBED).host.split(':')[0], 'the two origins differ in host, not only in port');
  await writeFile(join(hostDir, 'host.css'), 'iframe { border: 0; display: block; } body { font-family: sans-serif; }');
  // Records every message the host page receives, to compare with what it does with them.
  await writeFile(join(hostDir, 'record.js'), 'window.__messages = []; addEventListener("message", (event) => window.__messages.push(event.data));');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hostServer?.close();
  await embedServer?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

let pages = 0;

/** Pages a test opened: closed after it, passed or failed, so a failure leaves no page in front of the next test's. */
const open = new Set();
async function newPage() {
  const page = await browser.newPage();
  open.add(page);
  return page;
}
afterEach(async () => {
  await Promise.all([...open].map((page) => page.close()));
  open.clear();
});

/**
 * Writes a host page with the README's snippet, as written (bare & in src), between two buttons and returns its URL. `hostScript`
 * adds dist/embed-host.js from the embed's origin; `style` keeps the snippet's inline style attribute.
 */
async function hostPage(query, { hostScript = false, style = true, name = `host-${(pages += 1)}.html`, title = 'Police and Crime Plan: objectives' } = {}) {
  const src = `${EMBED}/dist/embed.html?${query}`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host page</title>
<link rel="stylesheet" href="host.css">
<script src="record.js"></script>
${hostScript ? `<script src="${EMBED}/dist/embed-host.js"></script>` : ''}
</head>
<body>
<h1>A council page</h1>
<p><button type="button" id="before">Before the plan</button></p>
<iframe title="${title}" src="${src}" width="100%" height="800" loading="lazy"${style ? ' style="border:0"' : ''}></iframe>
<p><button type="button" id="after">After the plan</button></p>
</body>
</html>`;
  await writeFile(join(hostDir, name), html);
  return `${HOST}/${name}`;
}

/** Run in the frame: the embed has shown its element (every pcp element inside finished loading) or its message. */
function embedSettled() {
  const box = document.getElementById('pcp-embed');
  if (box?.querySelector('.pcp-embed-problem')) return true;
  const shown = box?.firstElementChild;
  if (!shown?.shadowRoot || shown.shadowRoot.childElementCount === 0) return false;
  const done = (node) =>
    [...node.querySelectorAll('*')].every(
      (element) => !element.localName.startsWith('pcp-') || (element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]') && done(element.shadowRoot)),
    );
  return done(box);
}

/**
 * The frame of `page` whose URL `matches`, once `embedSettled` holds in it. Looks the frame up afresh on each
 * try and keeps trying through errors: a cross-origin frame is another renderer process, and on a busy CI
 * machine puppeteer has lost a frame's context mid-wait ("Waiting failed") while the frame itself went on
 * loading. Fails with the last error and what the frame showed when time runs out.
 */
async function settledFrame(page, matches, timeout = 40000) {
  const deadline = Date.now() + timeout;
  let last = 'no frame with that address yet';
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => !candidate.detached && matches(candidate.url()));
    if (frame) {
      try {
        // Bounded, so a frame whose context never comes is looked up again rather than waited on.
        const settled = await Promise.race([
          frame.evaluate(embedSettled),
          new Promise((_resolve, reject) => setTimeout(() => reject(new Error('no answer from the frame within 5 s')), 5000).unref()),
        ]);
        if (settled) return frame;
        last = `not settled: ${await frame.evaluate(() => document.getElementById('pcp-embed')?.innerHTML.slice(0, 200) ?? 'no #pcp-embed')}`;
      } catch (error) {
        last = `${error.message}${error.cause ? ` (${error.cause.message ?? error.cause})` : ''}`;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the frame did not settle within ${timeout} ms: ${last}`);
}

/** A new page with what it logs: `errors` (uncaught exceptions and console errors) and `warnings`. */
async function newWatchedPage() {
  const page = await newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  return { page, errors, warnings };
}

/**
 * Opens a host page and waits for its frame to settle. Returns the page, the frame, and what the page and
 * the frame logged: `errors` (uncaught exceptions and console errors) and `warnings`.
 */
async function openHost(url, { viewport = { width: 1024, height: 900 } } = {}) {
  const { page, errors, warnings } = await newWatchedPage();
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  const frame = await settledFrame(page, (url) => url.startsWith(`${EMBED}/dist/embed.html`), 20000);
  return { page, frame, errors, warnings };
}

/** The frame's height on the host page, and its content's height inside. */
const frameHeight = (page) => page.$eval('iframe', (frame) => frame.getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Run in the frame: the focused control, through shadow roots, named by its root, tag, position and text. */
function focusedInFrame() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body) return null;
  const root = element.getRootNode();
  const index = [...root.querySelectorAll('*')].indexOf(element);
  return `${root.host?.localName ?? 'document'} > ${element.localName}#${index} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
}

/** Run in the frame: the element's visible focusable controls in DOM order, named as focusedInFrame names them. */
function controlsInFrame() {
  const root = document.querySelector('#pcp-embed > *').shadowRoot;
  const all = [...root.querySelectorAll('*')];
  return all
    .filter((element) => element.matches('a[href], button, input, select, textarea, [tabindex]') && element.tabIndex >= 0 && !element.disabled && element.getClientRects().length > 0)
    .map((element) => `${root.host.localName} > ${element.localName}#${all.indexOf(element)} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
}

/**
 * The host page's focused element. The frame is cross-origin, so it runs in another renderer process and
 * focus crosses between the two asynchronously: while it moves, the host's activeElement is briefly
 * <body>. Waits (up to 2 s) for it to land before reading it.
 */
async function focusedOnHost(page) {
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body, { polling: 20, timeout: 2000 }).catch(() => {});
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.localName);
}

async function shiftTab(page) {
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
}

/** Presses Tab (or Shift+Tab) until focus is on the host button `until`; returns the stops met in the frame. */
async function walk(page, frame, { reverse = false, until }) {
  const stops = [];
  for (let step = 0; step < 80; step += 1) {
    await (reverse ? shiftTab(page) : page.keyboard.press('Tab'));
    const onHost = await focusedOnHost(page);
    if (onHost === until) return stops;
    assert.equal(onHost, 'iframe', `Tab from the frame goes to #${until}, not to ${onHost}`);
    stops.push(await frame.evaluate(focusedInFrame));
  }
  assert.fail(`focus never reached #${until}: ${JSON.stringify(stops)}`);
}

async function axeInFrame(frame) {
  // Evaluated through DevTools, not added as a <script>: the frame's policy rightly refuses a script URL without Trusted Types.
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

/** The embed page's own message: its paragraphs with their lang, and the frame's title and language. */
const problemShown = (frame) =>
  frame.evaluate(() => ({
    paragraphs: [...document.querySelectorAll('.pcp-embed-problem p')].map((p) => [p.lang, p.textContent]),
    role: document.querySelector('.pcp-embed-problem')?.getAttribute('role'),
    title: document.title,
    lang: document.documentElement.lang,
    elements: [...document.querySelectorAll('#pcp-embed *')].filter((element) => element.localName.startsWith('pcp-')).length,
  }));

// One test at a time: a page behind another gets no rendering updates (so no ResizeObserver callbacks)
// and no keyboard focus, and these tests need both.
describe('iframe embed: dist/embed.html in a cross-origin frame', () => {
  it('shows the element with the plan, titled with the plan, cross-origin', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}&element=pcp-plan-summary&heading-level=3`));
    assert.equal(new URL(frame.url()).origin, EMBED);
    assert.equal(new URL(page.url()).origin, HOST);
    assert.equal(await page.$eval('iframe', (iframe) => iframe.contentDocument), null, 'the host page cannot reach into the frame');
    const { found, text } = await frame.evaluate(elementStates);
    assert.deepEqual(found.map((state) => [state.tag, state.error, state.empty]), [['pcp-plan-summary', false, false]]);
    assert.match(text, new RegExp(CUMBRIA_TITLE));
    assert.equal(await frame.evaluate(() => document.title), CUMBRIA_TITLE);
    const attributes = await frame.evaluate(() => {
      const element = document.querySelector('pcp-plan-summary');
      return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
    });
    assert.deepEqual(attributes, { 'heading-level': '3', src: `${EMBED}/demo/feeds/cumbria-2021-2025.json` });
    assert.equal(await frame.evaluate(() => document.querySelector('pcp-plan-summary').shadowRoot.querySelector('h3')?.textContent.trim()), CUMBRIA_TITLE);
    // The frame brings its own font and the neutral preset's colours.
    const looks = await frame.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      surface: getComputedStyle(document.documentElement).getPropertyValue('--pcp-color-surface').trim(),
    }));
    assert.match(looks.font, /system-ui/);
    assert.equal(looks.surface, '#ffffff');
    assert.deepEqual(errors, []);
  });

  it('lang=cy: the page, the element and its title are Welsh', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${BILINGUAL}&element=pcp-plan-summary&lang=cy`));
    const shown = await frame.evaluate(() => ({
      html: document.documentElement.lang,
      element: document.querySelector('pcp-plan-summary').getAttribute('lang'),
      title: document.title,
    }));
    assert.deepEqual(shown, { html: 'cy', element: 'cy', title: 'Cynllun Heddlu a Throseddu 2021-2025' });
    const { text } = await frame.evaluate(elementStates);
    assert.match(text, /Cyhoeddwyd gan/);
    assert.doesNotMatch(text, /Published by/);
    assert.deepEqual(errors, []);
  });

  it('with embed-host.js the frame takes its content height, and follows it when a panel opens and closes', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}&element=pcp-objectives&layout=accordion&id=objectives`, { hostScript: true }));
    const fits = async () => {
      const content = await contentHeight(frame);
      await page.waitForFunction((height) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === height, { polling: 100, timeout: 10000 }, content);
      return content;
    };
    await fits();
    // Nothing to scroll inside the frame once it has settled (on a busy machine a late layout can post a second height).
    await frame
      .waitForFunction(() => document.scrollingElement.scrollHeight <= document.scrollingElement.clientHeight, { polling: 100, timeout: 10000 })
      .catch(async () => assert.fail(`the frame scrolls: ${await frame.evaluate(() => [document.scrollingElement.scrollHeight, document.scrollingElement.clientHeight].join(' > '))}`));
    const closed = await fits();
    assert.notEqual(closed, 800, 'not the fixed height of the snippet');
    // What the frame posted: its height, named by the id parameter.
    const messages = await page.evaluate(() => window.__messages.filter((message) => message?.type === 'pcp-embed:height'));
    assert.deepEqual(messages.at(-1), { type: 'pcp-embed:height', height: closed, id: 'objectives' });

    const toggle = await frame.evaluateHandle(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('[part="toggle"][aria-expanded="false"]'));
    await toggle.click();
    await frame.waitForFunction(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('[part="toggle"][aria-expanded="true"]'), { polling: 100 });
    await frame.waitForFunction((before) => Math.ceil(document.documentElement.getBoundingClientRect().height) > before, { polling: 100 }, closed);
    const open = await fits();
    assert.ok(open > closed, `taller with a panel open: ${open} > ${closed}`);

    await toggle.click();
    await frame.waitForFunction((before) => Math.ceil(document.documentElement.getBoundingClientRect().height) < before, { polling: 100 }, open);
    assert.equal(await fits(), closed, 'back to its height with the panel closed');
    assert.deepEqual(errors, []);
  });

  it('embed-host.js sizes each of several frames from its own messages, and ignores one the page posts itself', async () => {
    const frames = [
      ['objectives', `src=${CUMBRIA}&element=pcp-objectives&layout=accordion&id=objectives`],
      ['summary', `src=${CUMBRIA}&element=pcp-plan-summary&id=summary`],
    ];
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two frames</title><link rel="stylesheet" href="host.css">
<script src="record.js"></script><script src="${EMBED}/dist/embed-host.js"></script></head><body>
${frames.map(([name, query]) => `<iframe id="${name}" title="${name}" src="${EMBED}/dist/embed.html?${query.replaceAll('&', '&amp;')}" width="100%" height="800"></iframe>`).join('\n')}
</body></html>`;
    await writeFile(join(hostDir, 'two-frames.html'), html);
    const page = await newPage();
    // Tall enough that both frames are in view: Chromium throttles a cross-origin frame out of view, and
    // on a busy CI machine the second one did not answer for 30 s.
    await page.setViewport({ width: 1024, height: 1800 });
    await page.goto(`${HOST}/two-frames.html`, { waitUntil: 'load' });
    const heights = {};
    for (const [name, query] of frames) {
      // Two cross-origin frames load side by side (two renderer processes): on a busy CI machine, while
      // other page tests run, the second has been seen to take more than 15 s.
      const frame = await settledFrame(page, (url) => url.endsWith(query), 40000);
      heights[name] = await contentHeight(frame);
    }
    assert.ok(Math.abs(heights.objectives - heights.summary) > 50, `two different heights: ${JSON.stringify(heights)}`);
    const sized = () => page.evaluate((names) => Object.fromEntries(names.map((name) => [name, Math.round(document.getElementById(name).getBoundingClientRect().height)])), Object.keys(heights));
    await page.waitForFunction((expected) => Object.entries(expected).every(([name, height]) => Math.round(document.getElementById(name).getBoundingClientRect().height) === height), { polling: 100, timeout: 10000 }, heights);
    // A height message from the page itself (not one of its frames) changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'pcp-embed:height', height: 12, id: 'objectives' }, '*'));
    await page.waitForFunction(() => window.__messages.some((message) => message?.height === 12), { polling: 100 });
    assert.deepEqual(await sized(), heights);
  });

  it('embed-host.js added after the frame has loaded asks it for its height, and sizes it', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}&element=pcp-objectives&layout=accordion`));
    // The frame posted its height before any host script listened: nothing changed.
    await page.waitForFunction(() => window.__messages.some((message) => message?.type === 'pcp-embed:height'), { polling: 100 });
    assert.equal(await frameHeight(page), 800);
    await page.addScriptTag({ url: `${EMBED}/dist/embed-host.js` });
    const content = await contentHeight(frame);
    await page.waitForFunction((height) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === height, { polling: 100, timeout: 10000 }, content);
    assert.deepEqual(errors, []);
  });

  it('without embed-host.js the frame keeps the snippet height and scrolls inside itself', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}`));
    assert.equal(await frame.evaluate(() => document.querySelector('#pcp-embed > *').localName), 'pcp-plan-document', 'the whole plan when no element is named');
    // The frame has told the host page its (taller) height: with no host script, nothing acts on it.
    await page.waitForFunction(() => window.__messages.some((message) => message?.type === 'pcp-embed:height' && message.height > 800), { polling: 100 });
    assert.equal(await frameHeight(page), 800);
    const scrolled = await frame.evaluate(() => {
      const scroller = document.scrollingElement;
      const tall = scroller.scrollHeight > scroller.clientHeight + 800;
      scroller.scrollTop = 600;
      return { tall, top: scroller.scrollTop, viewport: innerHeight };
    });
    assert.deepEqual(scrolled, { tall: true, top: 600, viewport: 800 });
    assert.deepEqual(errors, []);
  });

  it('Tab moves from the host page into the frame, through its controls and out again; Shift+Tab walks back', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}&element=pcp-objectives&layout=accordion`, { hostScript: true }));
    await page.focus('#before');
    const forward = await walk(page, frame, { until: 'after' });
    assert.ok(forward.length >= 8, `the toolbar and the seven objectives' buttons: ${JSON.stringify(forward)}`);
    assert.ok(forward.every((stop) => stop?.startsWith('pcp-objectives > button')), `every stop is a control of the element: ${JSON.stringify(forward)}`);
    assert.deepEqual(forward, await frame.evaluate(controlsInFrame), "the element's controls, each once, in order");
    // The first Tab from the host button lands on the frame's first control, and Shift+Tab goes back out.
    await page.focus('#before');
    await page.keyboard.press('Tab');
    assert.equal(await frame.evaluate(focusedInFrame), forward[0]);
    await shiftTab(page);
    assert.equal(await focusedOnHost(page), 'before');
    // From the host button after the frame, Shift+Tab enters at the frame's last control and walks back.
    await page.focus('#after');
    const backward = await walk(page, frame, { reverse: true, until: 'before' });
    assert.deepEqual(backward, [...forward].reverse());
    assert.deepEqual(errors, []);
  });

  it('axe-core inside the frame: no violations, with a panel open and with the message', async () => {
    {
      const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}&element=pcp-objectives&layout=accordion`));
      await frame.evaluate(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('[part="toggle"]').click());
      await frame.waitForFunction(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('[part="toggle"][aria-expanded="true"]'), { polling: 100 });
      assert.deepEqual(await axeInFrame(frame), []);
      assert.deepEqual(errors, []);
          }
    {
      const { page, frame } = await openHost(await hostPage('element=pcp-nonsense&lang=cy'));
      assert.equal(await frame.evaluate(() => document.querySelectorAll('.pcp-embed-problem').length), 1);
      assert.deepEqual(await axeInFrame(frame), []);
          }
  });

  it('an element it cannot show: a message naming it, in the page, not a blank frame', async () => {
    const { page, frame, errors } = await openHost(await hostPage(`src=${CUMBRIA}&element=pcp-nonsense`));
    const shown = await problemShown(frame);
    assert.equal(shown.role, 'alert');
    assert.equal(shown.title, 'This plan could not be shown');
    assert.equal(shown.elements, 0);
    assert.deepEqual(shown.paragraphs[0], ['', 'This plan could not be shown']);
    assert.match(shown.paragraphs[1][1], /^“pcp-nonsense” is not an element this page can show\. It can show pcp-plan-summary, pcp-objectives, .*pcp-plan-document\.$/);
    assert.ok(errors.some((error) => error.includes('pcp-nonsense')), `the console names it: ${JSON.stringify(errors)}`);
  });

  it('a src that is not http(s), or none, in Welsh: the catalogue words lead, the English detail is marked', async () => {
    {
      const { page, frame } = await openHost(await hostPage(`src=${encodeURIComponent('javascript:alert(1)')}&element=pcp-objectives`));
      const shown = await problemShown(frame);
      assert.deepEqual(shown.paragraphs, [
        ['', 'This plan could not be shown'],
        ['', 'This element has no plan to show.'],
        ['', '“javascript:alert(1)” is not a web address (http or https), so no plan is shown.'],
      ]);
      assert.equal(shown.elements, 0, 'no element is made');
          }
    {
      const { page, frame } = await openHost(await hostPage('element=pcp-objectives&lang=cy'));
      const shown = await problemShown(frame);
      assert.deepEqual(shown.paragraphs, [
        ['', 'Nid oedd modd dangos y cynllun hwn'],
        ['', 'Nid oes gan yr elfen hon gynllun i’w ddangos.'],
        ['en', 'The address of this page does not say which plan to show: it needs src=, the URL of the plan.'],
      ]);
      assert.equal(shown.title, 'Nid oedd modd dangos y cynllun hwn');
      assert.equal(shown.lang, 'cy');
          }
  });

  it("a feed that cannot be loaded: the element's own error, and the frame's title says so", async () => {
    const { page, frame, errors } = await openHost(await hostPage('src=../demo/feeds/missing.json&element=pcp-objectives'));
    await frame.waitForFunction(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('[part~="error"]'), { polling: 100 });
    assert.equal(await frame.evaluate(() => document.title), 'This plan could not be shown');
    assert.match(await frame.evaluate(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('[part~="error"]').textContent), /404/);
    assert.deepEqual(errors, []);
  });

  it('parameters that are not attributes of the element (onclick, style, unknown) are reported in the console, not set', async () => {
    const query = `src=${CUMBRIA}&element=pcp-objectives&layout=accordion&onclick=alert(1)&style=color:red&bogus=1&heading-level=3`;
    const { page, frame, errors, warnings } = await openHost(await hostPage(query));
    const attributes = await frame.evaluate(() => Object.fromEntries([...document.querySelector('pcp-objectives').attributes].map((attribute) => [attribute.name, attribute.value])));
    assert.equal(attributes.layout, 'accordion');
    assert.equal(attributes['heading-level'], '3');
    for (const name of ['onclick', 'style', 'bogus']) assert.equal(attributes[name], undefined, `${name} is not set`);
    assert.equal(await frame.evaluate(() => document.querySelector('pcp-objectives').onclick), null);
    for (const name of ['onclick', 'style', 'bogus']) assert.ok(warnings.some((warning) => warning.includes(`"${name}" is not set`)), `a warning names ${name}: ${JSON.stringify(warnings)}`);
    // The attributes it names are the element's own, as custom-elements.json lists them (src aside: the page sets it).
    const named = warnings.find((warning) => warning.includes('"bogus"')).match(/<pcp-objectives> has no such attribute \(it has: (.*)\)\.$/)?.[1].split(', ');
    const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'pcp-objectives');
    assert.deepEqual(named?.sort(), declared.attributes.map((attribute) => attribute.name).filter((name) => name !== 'src').sort());
    assert.deepEqual(errors, []);
  });

  it("a host page with a strict CSP (frame-src and script-src for the embed's origin) sizes its frame with no violation", async () => {
    await hostPage(`src=${CUMBRIA}&element=pcp-objectives&layout=accordion`, { hostScript: true, style: false, name: 'strict-host.html' });
    const { page, errors } = await newWatchedPage();
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    const response = await page.goto(`${HOST}/strict-host.html`, { waitUntil: 'load' });
    assert.match(response.headers()['content-security-policy'], /frame-src http:\/\/localhost:\d+/);
    const frame = await settledFrame(page, (url) => url.startsWith(`${EMBED}/dist/embed.html`), 20000);
    const content = await contentHeight(frame);
    await page.waitForFunction((height) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === height, { polling: 100, timeout: 10000 }, content);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  });
});

describe('iframe embed: dist/embed.html on its own', () => {
  it('renders under the strict CSP header with Trusted Types and no violation, and posts nothing when not framed', async () => {
    const { page, errors } = await newWatchedPage();
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      window.__messages = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
      window.addEventListener('message', (event) => window.__messages.push(event.data));
    });
    const response = await page.goto(`${EMBED}/dist/embed.html?src=${CUMBRIA}&element=pcp-plan-document`, { waitUntil: 'load' });
    assert.equal(response.headers()['content-security-policy'], EMBED_CSP);
    await page.waitForFunction(embedSettled, { polling: 100, timeout: 15000 });
    const { found } = await page.evaluate(elementStates);
    assert.ok(found.length > 5, 'the document and its parts');
    assert.deepEqual(found.filter((state) => state.error || state.loading || state.empty).map((state) => state.tag), []);
    assert.equal(await page.title(), CUMBRIA_TITLE);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    // The page has no inline script or style to allow: every script and stylesheet is a file.
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
      styles: document.querySelectorAll('style, [style]').length,
    }));
    assert.deepEqual(inline, { scripts: 0, styles: 0 });
    assert.deepEqual(await page.evaluate(() => window.__messages), [], 'not in a frame: no height messages (to itself)');
  });
});
