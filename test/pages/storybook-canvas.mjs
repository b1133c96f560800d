// Story canvases of the built Storybook (storybook-static/, Storybook's iframe.html), shared by the
// Storybook test and the visual tests: a canvas is reused from story to story, and a story is shown
// by asking the preview to switch to it, as Storybook's own test runner does, instead of loading the
// preview bundle again for each of 200 stories.
import assert from 'node:assert/strict';
import { collectErrors } from './browser.mjs';

/**
 * A pool of canvases on `session.browser` (from `useBrowser`), one per test running at once:
 * `take()` a canvas (a new one when none is free), `show(canvas, storyId)` a story on it, and
 * `give(canvas)` it back when the test is done. `prepare(page)` runs once on each new canvas page
 * before its first story (for emulation the caller needs).
 */
export function storyCanvases(session, { prepare } = {}) {
  const idle = [];

  async function take() {
    const reused = idle.pop();
    if (reused) return reused;
    const page = await session.browser.newPage();
    const ignore = [];
    const canvas = { page, errors: collectErrors(page, ignore), ignore, loaded: false };
    await prepare?.(page);
    // Notes when each story has finished (after the accessibility addon's checks): the preview
    // reloads the whole page if it is asked to switch while a story is still running them.
    await page.evaluateOnNewDocument(() => {
      window.__storyOutcomes = [];
      const listen = () => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return setTimeout(listen, 10);
        for (const event of ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing']) {
          channel.on(event, (detail) => window.__storyOutcomes.push({ event, storyId: typeof detail === 'string' ? detail : detail?.storyId, detail: JSON.stringify(detail)?.slice(0, 300) }));
        }
      };
      listen();
    });
    return canvas;
  }

  function give(canvas) {
    idle.push(canvas);
  }

  /**
   * Shows one story (or docs page) on a canvas, and waits until Storybook has finished it and its
   * elements have loaded their feeds (or, with `loading`, until the story shows anything). With
   * `remount`, the story already shown is rendered afresh (Storybook does not render a story again
   * when asked to switch to the one it shows). `canvas.storyId` is the story shown.
   */
  async function show(canvas, storyId, { loading = false, viewMode = 'story', remount = false } = {}) {
    canvas.errors.length = 0;
    const { page } = canvas;
    const done = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
    // A canvas's first story loads the whole preview bundle, while the other canvases do the same.
    const timeout = canvas.loaded ? 15000 : 60000;
    if (!canvas.loaded) {
      // The accessibility addon's own axe run after each story is switched to "manual" here: the
      // accessibility suite checks every element and feed, and the addon's run on a whole plan
      // document would double the tests' time. (Designers still get it in the Storybook UI.)
      await page.goto(`${session.url}/iframe.html?id=${storyId}&viewMode=${viewMode}&globals=a11y.manual:!true`, { waitUntil: 'load' });
      canvas.loaded = true;
    } else {
      assert.ok(remount ? canvas.storyId === storyId : canvas.storyId !== storyId || viewMode !== 'story', `${storyId} is ${remount ? '' : 'not '}the story shown`);
      await page.evaluate(
        (id, mode, again) => {
          window.__storyOutcomes = [];
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          if (again) channel.emit('forceRemount', { storyId: id });
          else channel.emit('setCurrentStory', { storyId: id, viewMode: mode });
        },
        storyId,
        viewMode,
        remount,
      );
    }
    canvas.storyId = storyId;
    const outcome = await page.waitForFunction(
      (id, finished) => window.__storyOutcomes?.find((entry) => (entry.event === finished && entry.storyId === id) || !['storyFinished', 'docsRendered'].includes(entry.event)),
      { timeout, polling: 50 },
      storyId,
      done,
    );
    const { event, detail } = await outcome.jsonValue();
    assert.equal(event, done, `Storybook rendered ${storyId}: ${detail}`);
    if (viewMode === 'docs') return;
    await page.waitForFunction(
      loading
        ? () => document.querySelector('#storybook-root *')
        : () => {
            const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('pcp-'));
            return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]'));
          },
      // Polled on a timer: a background page gets no animation frames.
      { timeout: 15000, polling: 100 },
    );
  }

  return { take, give, show };
}
