// The accessibility suite: every element × every sample feed × every layout or variant × both preset
// themes (test/pages/accessibility-cases.mjs), on the built bundle in Chromium. One page is reused and
// the element under test is swapped in. For each case:
// - axe-core, WCAG 2.0/2.1/2.2 A and AA rules: no violation, in normal colours and in forced colours;
// - IBM's Equal Access engine, its WCAG 2.2 policy (test/pages/ace.mjs): nothing outside the rules set
//   aside there, in normal colours at the wide width (once per case: it takes as long as axe);
// - keyboard only: Tab meets every focusable thing in DOM order (shadow DOM included), each with a
//   visible focus indicator (3:1 against the page), Shift+Tab walks back, nothing traps focus;
// - chart marks (wheel segments, funding slices, progress bars and meters): 3:1 against the page
//   (WCAG 1.4.11), and still painted in a colour unlike the page's under forced colours;
// - prefers-reduced-motion: no animation or transition that takes time;
// - 320 CSS px wide: no page-level horizontal scroll; a region that scrolls sideways is a named,
//   focusable region (the WCAG 1.4.10 exception for tables);
// - 200% text (the root font size doubled, at a 640px viewport, i.e. 1280px zoomed 200%): the text
//   doubles, no page-level horizontal scroll, no text cut off by a box that hides its overflow.
// In the neutral preset the controls are also used from the keyboard: disclosure buttons, toggles,
// wheel segments, the search box, the skip control and the "Download CSV" links (Enter saves a CSV
// file) do what they say.
// The cases are dealt round-robin to accessibility-1.test.mjs and accessibility-2.test.mjs, two processes
// with a browser each, which `npm test` runs side by side.
// Run alone: npm run test:a11y (builds dist/ first), or node --test test/pages/accessibility-*.test.mjs.
// (Chromium's text scaling is not emulated; doubling the root font size is what a text-size setting does.)
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { aceFindings } from './ace.mjs';
import { cases } from './accessibility-cases.mjs';
import { collectErrors, openAccessibilityPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);
const WIDE = { width: 1024, height: 768 };
const ZOOM = { width: 640, height: 720 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** CSS colours that mean "nothing painted". */
const UNPAINTED = new Set(['none', 'transparent', 'rgba(0, 0, 0, 0)']);

// The contrast helper the browser tests use (TypeScript), compiled for Node.
const helper = await transform(await readFile(new URL('../helpers/contrast.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' });
const { contrast } = await import(`data:text/javascript,${encodeURIComponent(helper.code)}`);

let page;
let viewport;
let downloads; // { client, dir }: Chromium saves downloads there and reports them
let pageErrors = [];
const run = (name, ...args) => page.evaluate((fn, ...rest) => window.__a11y[fn](...rest), name, ...args);

async function axe() {
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, TAGS);
}

/**
 * Tabs from the control before the element to the one after it (or back, with Shift), and checks
 * the order and each stop's focus indicator against the same element unfocused.
 */
async function keyboardWalk({ reverse = false, forced = false } = {}) {
  const stops = await run('tabStops');
  await page.focus(reverse ? '#after' : '#before');
  const order = [];
  const focusedStyles = [];
  for (let step = 0; step <= stops.length; step += 1) {
    await (reverse ? shiftTab() : page.keyboard.press('Tab'));
    const { where, indicator } = await run('step');
    if (where === (reverse ? 'before' : 'after')) break;
    order.push(where);
    if (indicator) focusedStyles[where] = indicator;
  }
  const expected = stops.map((_, index) => index);
  const keys = reverse ? 'Shift+Tab' : 'Tab';
  assert.deepEqual(order, reverse ? expected.reverse() : expected, `${keys} meets every stop in DOM order: ${JSON.stringify(stops)}`);
  assert.equal(await run('focused'), reverse ? 'before' : 'after', 'focus leaves the element');
  if (reverse) return;
  const background = await run('pageBackground');
  const unfocusedStyles = await run('indicators'); // the focus is now on #after
  for (const [index, focused] of focusedStyles.entries()) {
    const unfocused = unfocusedStyles[index];
    const name = `focus indicator of ${stops[index]}`;
    const outline = focused.outline !== 'none' && focused.outlineWidth >= 2 && focused.outline !== unfocused.outline;
    const shadow = focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow;
    assert.ok(focused.ring || outline || shadow, `${name} is visible: ${JSON.stringify({ focused, unfocused })}`);
    const colour = focused.ring ?? (outline ? focused.outlineColor : undefined);
    if (colour && forced) assert.notEqual(colour, background, `${name} differs from the page under forced colours`);
    else if (colour) {
      const ratio = contrast(colour, background);
      assert.ok(ratio >= 3, `${name}: ${colour} on ${background} is ${ratio.toFixed(2)}:1`);
    }
  }
}

async function shiftTab() {
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
}

async function checkMarks(forced) {
  const background = await run('pageBackground');
  for (const mark of await run('marks')) {
    const painted = [mark.fill, mark.edge].filter((colour) => colour && !UNPAINTED.has(colour));
    if (forced) {
      const visible = painted.some((colour) => colour !== background);
      assert.ok(visible, `${mark.mark} is visible under forced colours: ${JSON.stringify(mark)} on ${background}`);
    } else {
      // The grey "not broken down" remainder is the absence of a share, marked by its edge and text.
      const best = Math.max(0, ...painted.map((colour) => contrast(colour, background)));
      assert.ok(best >= 3, `${mark.mark}: ${JSON.stringify(mark)} is ${best.toFixed(2)}:1 against ${background}`);
    }
  }
}

/** Resizes the page only when it changes (each resize makes the elements lay out again). */
async function resize(size) {
  if (viewport?.width === size.width && viewport?.height === size.height) return;
  await page.setViewport(size);
  viewport = size;
  await run('settle');
}

async function press(key) {
  await page.keyboard.press(key);
  await run('settle');
}

/** Uses each kind of control from the keyboard, the first of its kind in the element; returns the kinds used. */
async function checkControls(testCase) {
  const used = [];
  for (const attribute of ['aria-expanded', 'aria-pressed']) {
    const control = await run('control', `button[${attribute}]`);
    if (!control) continue;
    await page.evaluate(() => window.__control.focus());
    const start = await run('controlState', attribute);
    // A toggle keeps the focus, or takes it to the table it shows (the wheel's "Show as table"), which is
    // then announced by its caption; the next key is pressed on the toggle again.
    const keepsOrShowsTable = async (key) => {
      if (await run('controlFocused')) return;
      assert.ok(await run('focusOnCaptionedTable'), `${control} keeps the focus, or moves it to the table it shows, after ${key}`);
      await page.evaluate(() => window.__control.focus());
    };
    await press('Enter');
    assert.notEqual(await run('controlState', attribute), start, `Enter changes ${attribute} of ${control}`);
    await keepsOrShowsTable('Enter');
    await press(' ');
    assert.equal(await run('controlState', attribute), start, `Space changes ${attribute} of ${control} back`);
    await keepsOrShowsTable('Space');
    used.push(attribute);
  }
  if (await run('control', '[role="option"][tabindex="0"]')) {
    await page.evaluate(() => window.__control.focus());
    const first = await run('activeOption');
    await press('End');
    const last = await run('activeOption');
    await press('Home');
    assert.deepEqual((await run('activeOption')).key, first.key, 'Home goes back to the first segment');
    if (last.key !== first.key) {
      await press('ArrowRight');
      assert.notEqual((await run('activeOption')).key, first.key, 'ArrowRight moves to the next segment');
    }
    await press('Enter');
    assert.equal((await run('activeOption')).selected, 'true', 'Enter selects the focused segment');
    used.push('option');
  }
  if (await run('control', 'button.skip')) {
    await page.evaluate(() => window.__control.focus());
    await press('Enter');
    assert.ok(await run('focusPassedContents'), 'Enter on "Skip the contents" moves the focus past the contents list');
    used.push('skip');
  }
  if (await run('control', 'a[download]')) {
    assert.match(await run('controlText'), /^Download CSV/, 'the link says what it gives');
    await page.evaluate(() => window.__control.focus());
    const { name, text } = await download(() => page.keyboard.press('Enter'));
    assert.match(name, /\.csv$/, 'Enter downloads a .csv file');
    const lines = text.trim().split(/\r?\n/);
    assert.ok(lines.length >= 2 && lines[0].includes(','), `the CSV has a header and rows: ${JSON.stringify(lines.slice(0, 2))}`);
    used.push('download');
  }
  if (await run('control', 'input[type="search"]')) {
    const before = await run('countText');
    await page.evaluate(() => window.__control.focus());
    await page.keyboard.type('zzqx');
    await page.waitForFunction(() => /^Showing 0 of/.test(window.__a11y.countText() ?? ''), { polling: 50, timeout: 10000 });
    assert.notEqual(before, await run('countText'), 'typing in the search box filters');
    used.push('search');
  }
  return used;
}

/** Runs `action` and resolves to the file Chromium downloads because of it. */
async function download(action) {
  const { client, dir } = downloads;
  let name;
  const begun = (event) => (name = event.suggestedFilename);
  let settle;
  const finished = new Promise((resolve, reject) => {
    settle = (event) => {
      if (event.state === 'completed') resolve(event.guid);
      if (event.state === 'canceled') reject(new Error('the download was cancelled'));
    };
    // A bound, so a download that never starts fails this case instead of hanging the suite.
    setTimeout(() => reject(new Error('no download within 15 s')), 15000).unref();
  });
  finished.catch(() => {}); // (awaited below; this only keeps an early failure from going unhandled)
  client.on('Browser.downloadWillBegin', begun);
  client.on('Browser.downloadProgress', settle);
  try {
    await action();
    const guid = await finished;
    return { name, text: await readFile(join(dir, guid), 'utf8') };
  } finally {
    client.off('Browser.downloadWillBegin', begun);
    client.off('Browser.downloadProgress', settle);
  }
}

async function prepare(testCase) {
  if (!testCase.prepare) return;
  await page.evaluate((what) => {
    const shadow = document.querySelector('#stage > *').shadowRoot;
    if (what === 'open-all') for (const toggle of shadow.querySelectorAll('[part="toggle"][aria-expanded="false"]')) toggle.click();
    if (what === 'select') shadow.querySelector('[role="option"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }, testCase.prepare);
  await run('settle');
}

/** Declares the suite for the cases of one shard: the `shard`th (from 1) of every `of` cases. */
export function accessibilitySuite({ shard = 1, of = 1 } = {}) {
  describe(`accessibility: every element × sample feed × variant × preset${of > 1 ? ` (part ${shard} of ${of})` : ''}`, () => {
    // (Inside the describe, so it runs after useBrowser's hooks have launched the browser.)
    before(async () => {
      page = await openAccessibilityPage(session.browser, session.url);
      pageErrors = collectErrors(page);
      await page.setViewport(WIDE);
      viewport = WIDE;
      const dir = await mkdtemp(join(tmpdir(), 'pcp-a11y-downloads-'));
      const client = await page.createCDPSession();
      await client.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
      downloads = { client, dir };
    });
    after(() => downloads && rm(downloads.dir, { recursive: true, force: true }));

    for (const testCase of cases().filter((_, index) => index % of === shard - 1)) {
      it(testCase.id, async () => {
        pageErrors.length = 0;
        // The three widths in whichever order starts from the page's current one (each resize costs a layout).
        const phases = viewport === WIDE ? [wideChecks, narrowChecks, zoomChecks] : [zoomChecks, narrowChecks, wideChecks];
        const state = await run('mount', testCase.html, testCase.preset);
        assert.deepEqual(state.errors, [], 'the feed loads');
        assert.equal(state.empty, testCase.empty, testCase.empty ? 'shows its empty state' : 'shows content, not its empty state');
        assert.ok(state.text > 0, 'shows some text');
        await prepare(testCase);
        for (const phase of phases) await phase(testCase);

        // Last, as using the controls changes what is shown.
        if (testCase.preset === 'neutral') {
          const used = await checkControls(testCase);
          for (const kind of testCase.controls) {
            assert.ok(used.includes(kind), `has a ${kind} control that works from the keyboard (used: ${used.join(', ')})`);
          }
        }
        assert.deepEqual(pageErrors, [], 'no errors in the page');
      });
    }
  });
}

/** At 1024px: axe-core, IBM's engine, chart marks, keyboard walks, reduced motion, and all of it again in forced colours. */
async function wideChecks(testCase) {
  await resize(WIDE);
  assert.deepEqual(await axe(), [], 'axe-core: no WCAG 2.2 AA violation');
  assert.deepEqual(await aceFindings(page, { scripted: true, within: '#stage' }), [], "IBM's Equal Access engine: nothing outside the rules set aside");
  await checkMarks(false);
  await keyboardWalk();
  if (testCase.preset === 'neutral') await keyboardWalk({ reverse: true });

  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  assert.deepEqual(await run('motion'), [], 'no motion under prefers-reduced-motion: reduce');
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }, { name: 'forced-colors', value: 'active' }]);
  try {
    assert.deepEqual(await axe(), [], 'axe-core under forced colours');
    await checkMarks(true);
    await keyboardWalk({ forced: true });
  } finally {
    await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  }
}

/** At 320px: no page-level sideways scroll; what scrolls sideways inside is a named, focusable region. */
async function narrowChecks() {
  await resize({ width: 320, height: 640 });
  const narrow = await run('reflow');
  assert.ok(narrow.scrollWidth <= 320, `no horizontal scroll at 320px: the page is ${narrow.scrollWidth}px wide`);
  for (const region of narrow.regions) {
    const reachable = region.tabbable && ['region', 'group'].includes(region.role) && region.name;
    assert.ok(reachable, `a sideways-scrolling part is a named region the keyboard reaches: ${JSON.stringify(region)}`);
  }
}

/** 200% text at 640px: the text doubles, no page-level sideways scroll, nothing cut off. */
async function zoomChecks() {
  await resize(ZOOM);
  const normalSize = await run('textSize');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  try {
    await run('settle');
    const doubled = await run('textSize');
    assert.ok(doubled >= normalSize * 1.9, `the text doubles with the root font size: ${normalSize}px became ${doubled}px`);
    const zoomed = await run('reflow');
    assert.ok(zoomed.scrollWidth <= 640, `no horizontal scroll at 200% text: the page is ${zoomed.scrollWidth}px wide`);
    assert.deepEqual(await run('clipped'), [], 'no text cut off at 200% text');
  } finally {
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await run('settle');
  }
}
