// Visual regression tests: a screenshot of every Storybook story (storybook-static/, from
// `npm run build-storybook`) and of every demo page (the built dist/, from `npm run build`), each
// compared with its committed baseline under test/visual/baselines/, so a layout change is seen
// before it ships. How the pixels are kept the same from machine to machine, and the threshold, are
// in visual.mjs; test/visual/README.md says how to update the baselines.
//
// `npm run test:visual:update` (scripts/visual-update.mjs) runs this file with PCP_VISUAL_UPDATE=1:
// every shot is then taken twice and must match itself exactly, missing or changed baselines are
// written, and baselines of stories and pages that are gone are removed. The check never writes one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { elementStates, launch, openPage, serve } from './browser.mjs';
import { storyCanvases } from './storybook-canvas.mjs';
import {
  ALLOWED_PIXELS,
  BASELINES,
  FONTCONFIG_FILE,
  FONT_FILES,
  FONT_PATH,
  MAX_SHOT_HEIGHT,
  OUTPUT,
  UPDATE_COMMAND,
  baselineNames,
  compareWithBaseline,
  fontFaces,
  samePixels,
  settlePage,
  steadyPage,
} from './visual.mjs';

const UPDATE = process.env.PCP_VISUAL_UPDATE === '1';
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';
if (UPDATE && IN_CI) throw new Error('Baselines are written only on a developer machine, never in CI: commit them from `npm run test:visual:update`.');

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const storybookRoot = join(projectRoot, 'storybook-static');
const index = JSON.parse(await readFile(join(storybookRoot, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// Every demo page, read from demo/ and demo/plans/ (so a new page is shot without a change here),
// served from the project root with the built dist/, as demo.test.mjs serves them.
const demoPages = [
  ...(await readdir(join(projectRoot, 'demo'))).filter((file) => file.endsWith('.html')).map((file) => `demo/${file}`),
  ...(await readdir(join(projectRoot, 'demo/plans'))).filter((file) => file.endsWith('.html')).map((file) => `demo/plans/${file}`),
].sort();

/** A story's baseline name, and a demo page's. */
const storyName = (story) => `stories/${story.id}`;
const pageName = (path) => path.replace(/\.html$/, '');
const storyLabel = (story) => `Story "${story.title} / ${story.name}" (${story.id})`;

/** The canvas for a story without a viewport of its own: Storybook's "laptop" preset. */
const WIDE = { width: 1280, height: 800 };
/**
 * Demo pages: the first screen at the laptop preset's size, what a reader sees when the page opens
 * (the page's header, its own styles, the first elements: how the elements sit in a page). Not the
 * full page: see MAX_SHOT_HEIGHT; each element's full content is in its stories.
 */
const DEMO_VIEWPORT = { width: 1280, height: 800 };

// Error stories show a missing feed, and the browser logs its 404 itself; the Storybook test checks
// the stories' errors, this file only their pixels.
const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;

/** A shot that hangs fails on its own, named, instead of stopping the whole run. */
const SHOT_TIMEOUT = 120_000;

const session = { url: '', demoUrl: '', browser: undefined, faces: [], version: '', baselineVersion: undefined };
/** The browser the baselines were drawn with: another version may draw text a pixel differently. */
const BROWSER_FILE = join(BASELINES, 'browser.txt');
const servers = [];
const mounts = { [FONT_PATH]: FONT_FILES };
before(async () => {
  const [storybook, demo] = await Promise.all([serve(storybookRoot, { mounts }), serve(projectRoot, { mounts })]);
  servers.push(storybook, demo);
  session.url = storybook.url;
  session.demoUrl = demo.url;
  session.browser = await launch({ env: { FONTCONFIG_FILE } });
  session.faces = await fontFaces();
  session.version = await session.browser.version();
  if (UPDATE) {
    await mkdir(BASELINES, { recursive: true });
    await writeFile(BROWSER_FILE, `${session.version}\n`);
  } else session.baselineVersion = existsSync(BROWSER_FILE) ? (await readFile(BROWSER_FILE, 'utf8')).trim() : undefined;
});

/** What the update run did, printed by scripts/visual-update.mjs. */
const updates = { new: [], changed: [], unchanged: 0, removed: [], fallbackGlyphs: {} };
after(async () => {
  await session.browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  if (!UPDATE) return;
  const expected = new Set([...stories.map(storyName), ...demoPages.map(pageName)]);
  for (const name of await baselineNames()) {
    if (expected.has(name)) continue;
    await rm(join(BASELINES, `${name}.png`));
    updates.removed.push(name);
  }
  await mkdir(OUTPUT, { recursive: true });
  await writeFile(join(OUTPUT, 'update-report.json'), JSON.stringify(updates, null, 2));
});

const canvases = storyCanvases(session, { prepare: (page) => steadyPage(page, WIDE) });

let screenshotQueue = Promise.resolve();

/**
 * A screenshot of `page`, one page at a time, the page brought to the front first: Chromium draws
 * no frame for a page in the background, and a screenshot of one would wait for ever.
 */
function screenshot(page, options) {
  const shot = screenshotQueue.then(async () => {
    await page.bringToFront();
    return page.screenshot({ ...options, captureBeyondViewport: true });
  });
  screenshotQueue = shot.catch(() => undefined);
  return shot;
}

/** The viewport a story asks for (its `viewport` global, from the presets in .storybook/preview.ts). */
async function storyViewport(page, storyId) {
  return page.evaluate(async (id, wide) => {
    const preview = window.__STORYBOOK_PREVIEW__;
    const story = await preview.storyStoreValue.loadStory({ storyId: id });
    const preset = story.parameters.viewport?.options?.[story.storyGlobals?.viewport?.value];
    if (!preset) return wide;
    return { width: parseInt(preset.styles.width, 10), height: parseInt(preset.styles.height, 10) };
  }, storyId, WIDE);
}

/**
 * Shows `story` on `canvas` at its viewport, settles it and takes its screenshot, clipped to the
 * story root's box. `alter(page)` runs in Node before the shot (the comparison's own tests use it).
 */
async function shootStory(canvas, story, { alter, again = false } = {}) {
  const { page } = canvas;
  const loading = story.tags?.includes('loading-state');
  canvas.ignore.splice(0, canvas.ignore.length, NOT_FOUND);
  // The preview must be running to read the story's viewport: a new canvas first shows the story at the wide viewport.
  if (!canvas.loaded) await canvases.show(canvas, story.id, { loading });
  const viewport = await storyViewport(page, story.id);
  const current = page.viewport();
  const resized = current.width !== viewport.width || current.height !== viewport.height;
  if (resized) await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  // A story already shown is rendered afresh when asked to (a second shot), at a new viewport, or after a change made to it.
  if (canvas.storyId !== story.id) await canvases.show(canvas, story.id, { loading });
  else if (again || resized || canvas.altered) await canvases.show(canvas, story.id, { loading, remount: true });
  canvas.altered = Boolean(alter);
  const fallback = await page.evaluate(settlePage, session.faces);
  if (fallback) updates.fallbackGlyphs[story.id] = fallback;
  if (!loading) assert.deepEqual((await page.evaluate(elementStates)).found.filter((state) => state.loading).map((state) => state.tag), [], 'every element has loaded');
  await alter?.(page);
  const clip = await page.evaluate((maxHeight) => {
    window.scrollTo(0, 0);
    const box = document.querySelector('#storybook-root').getBoundingClientRect();
    return { x: Math.floor(box.left), y: Math.floor(box.top), width: Math.ceil(box.width), height: Math.min(Math.ceil(box.height), maxHeight) };
  }, MAX_SHOT_HEIGHT);
  return PNG.sync.read(await screenshot(page, { clip }));
}

/** Opens a demo page at its viewport, settles it and takes a screenshot of the viewport. */
async function shootDemoPage(path) {
  const { page } = await openPage(session.browser, `${session.demoUrl}/${path}`, { prepare: (fresh) => steadyPage(fresh, DEMO_VIEWPORT) });
  try {
    const fallback = await page.evaluate(settlePage, session.faces);
    if (fallback) updates.fallbackGlyphs[path] = fallback;
    assert.deepEqual((await page.evaluate(elementStates)).found.filter((state) => state.loading).map((state) => state.tag), [], 'every element has loaded');
    await page.evaluate(() => window.scrollTo(0, 0));
    return PNG.sync.read(await screenshot(page, {}));
  } finally {
    await page.close();
  }
}

/**
 * Checks one shot against its baseline, or in an update run takes it a second time (it must match
 * itself exactly) and writes the baseline when it is new or has changed.
 */
async function check(name, label, shoot) {
  const shot = await shoot(false);
  if (UPDATE) {
    const second = await shoot(true);
    assert.ok(samePixels(shot, second), `${label} is not steady: two shots in a row differ, so it cannot have a baseline until it draws the same pixels each time.`);
  }
  const result = await compareWithBaseline(name, shot, { label, update: UPDATE });
  if (result.written === 'new') updates.new.push(name);
  else if (result.written === 'changed') updates.changed.push(`${name} (${result.sizeChanged ? 'size changed, ' : ''}${result.count} pixels)`);
  else if (result.ok) updates.unchanged += 1;
  const otherBrowser = result.count !== undefined && session.baselineVersion && session.baselineVersion !== session.version ? `\n(The baselines were drawn with ${session.baselineVersion}, this run uses ${session.version}.)` : '';
  assert.ok(result.ok, `${result.message}${otherBrowser}`);
}

describe('visual: every story looks as its baseline', { concurrency: 2 }, () => {
  for (const story of stories) {
    it(`${story.title} / ${story.name}`, { timeout: SHOT_TIMEOUT }, async () => {
      const canvas = await canvases.take();
      try {
        await check(storyName(story), storyLabel(story), (again) => shootStory(canvas, story, { again }));
      } finally {
        canvases.give(canvas);
      }
    });
  }
});

describe('visual: every demo page looks as its baseline', { concurrency: 2 }, () => {
  for (const path of demoPages) {
    it(`${path} (first screen)`, { timeout: SHOT_TIMEOUT }, async () => {
      await check(pageName(path), `Demo page ${path}`, () => shootDemoPage(path));
    });
  }
});

describe('visual: the comparison itself', () => {
  const scratch = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'pcp-visual-'));
    return { baselines: join(folder, 'baselines'), output: join(folder, 'output'), remove: () => rm(folder, { recursive: true, force: true }) };
  };
  const findStory = (prefix) => {
    const story = stories.find((entry) => entry.id.startsWith(prefix) && !entry.tags?.some((tag) => tag.endsWith('-state')));
    assert.ok(story, `a story ${prefix}…`);
    return story;
  };

  /** The story's shot, then the same story changed by `alter`, compared with the first as its baseline. */
  async function compareAltered(story, alter) {
    const folders = await scratch();
    const canvas = await canvases.take();
    try {
      const clean = await shootStory(canvas, story);
      const name = storyName(story);
      const written = await compareWithBaseline(name, clean, { ...folders, update: true });
      assert.equal(written.written, 'new');
      const same = await compareWithBaseline(name, clean, { ...folders, label: storyLabel(story) });
      assert.ok(same.ok && same.count === 0, 'the same shot matches its baseline');
      const altered = await shootStory(canvas, story, { alter });
      const result = await compareWithBaseline(name, altered, { ...folders, label: storyLabel(story) });
      return { result, clean, folders };
    } catch (error) {
      await folders.remove();
      throw error;
    } finally {
      // The next story shown on this canvas renders afresh, without the change.
      canvases.give(canvas);
    }
  }

  it('reports a story whose padding changed, with the count and the expected, actual and diff images', async () => {
    const story = findStory('elements-pcp-plan-summary--');
    const { result, clean, folders } = await compareAltered(story, (page) =>
      page.evaluate(() => {
        document.querySelector('#storybook-root [data-preset] > [src]').style.paddingTop = '3px';
      }),
    );
    try {
      assert.equal(result.ok, false);
      assert.ok(result.count > ALLOWED_PIXELS, `${result.count} pixels differ`);
      assert.match(result.message, new RegExp(`${story.id}.*(${result.count} pixels differ|changed size)`, 's'));
      assert.ok(result.message.includes(UPDATE_COMMAND), 'the message gives the update command');
      for (const kind of ['expected', 'actual', 'diff']) {
        assert.ok(existsSync(result.files[kind]), `the ${kind} image is written`);
        assert.ok(result.message.includes(kind), `the message names the ${kind} image`);
      }
      const diff = PNG.sync.read(await readFile(result.files.diff));
      assert.ok(diff.width >= clean.width && diff.height >= clean.height, 'the diff covers the whole shot');
    } finally {
      await folders.remove();
    }
  });

  it('catches one changed digit in a figure', async () => {
    const story = findStory('elements-pcp-budget-table--');
    const { result, folders } = await compareAltered(story, (page) =>
      page.evaluate(() => {
        // The first amount in the table: its last digit, changed.
        const find = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) {
              const found = find(element.shadowRoot);
              if (found) return found;
            }
          }
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/£[\d,]*\d/.test(node.data) && node.parentElement?.closest('td')) return node;
          return undefined;
        };
        const node = find(document.querySelector('#storybook-root'));
        node.data = node.data.replace(/(£[\d,]*)(\d)/, (_, head, digit) => `${head}${digit === '0' ? '8' : '0'}`);
      }),
    );
    try {
      assert.equal(result.ok, false, `a changed digit differs by more than ${ALLOWED_PIXELS} pixels (${result.count})`);
      assert.equal(result.sizeChanged, false);
    } finally {
      await folders.remove();
    }
  });

  it('fails a shot whose size changed with its own message', async () => {
    const folders = await scratch();
    try {
      const image = new PNG({ width: 40, height: 30 });
      image.data.fill(255);
      await compareWithBaseline('stories/example', image, { ...folders, update: true });
      const taller = new PNG({ width: 40, height: 32 });
      taller.data.fill(255);
      const result = await compareWithBaseline('stories/example', taller, { ...folders, label: 'Story "Example"' });
      assert.equal(result.ok, false);
      assert.match(result.message, /Story "Example" changed size: 40×32 px, its baseline 40×30 px/);
      assert.ok(existsSync(result.files.diff));
    } finally {
      await folders.remove();
    }
  });

  it('fails a story with no baseline, names it and writes no baseline', async () => {
    const folders = await scratch();
    try {
      const story = findStory('elements-pcp-foreword--');
      const canvas = await canvases.take();
      let shot;
      try {
        shot = await shootStory(canvas, story);
      } finally {
        canvases.give(canvas);
      }
      const result = await compareWithBaseline(storyName(story), shot, { ...folders, label: storyLabel(story) });
      assert.equal(result.ok, false);
      assert.match(result.message, new RegExp(`${story.id}.*has no baseline`));
      assert.ok(result.message.includes(UPDATE_COMMAND));
      assert.equal(existsSync(join(folders.baselines, `${storyName(story)}.png`)), false, 'the check never writes a baseline');
      assert.ok(existsSync(result.files.actual), 'the shot is kept to look at');
    } finally {
      await folders.remove();
    }
  });

  it('the update command refuses to write baselines in CI', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/visual-update.mjs')], { env: { ...process.env, CI: 'true' }, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /never in CI/);
  });

  it('has a story or demo page for every committed baseline', { skip: UPDATE && 'the update run removes them' }, async () => {
    const expected = new Set([...stories.map(storyName), ...demoPages.map(pageName)]);
    const stale = (await baselineNames()).filter((name) => !expected.has(name));
    assert.deepEqual(stale, [], `baselines of stories or pages that are gone: remove them with \`${UPDATE_COMMAND}\``);
  });
});
