// The visual tests' machinery (test/pages/visual.test.mjs): a page made to draw the same pixels on
// any machine with Debian's Chromium, and the comparison of a screenshot with its committed baseline.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const BASELINES = join(projectRoot, 'test/visual/baselines');
export const OUTPUT = join(projectRoot, 'test/visual/output');
export const UPDATE_COMMAND = 'npm run test:visual:update';

/**
 * pixelmatch's per-pixel colour distance (0 to 1): 0.1 is its default, and lets through the faint
 * differences of anti-aliased edges and gradients between CPUs while any change of colour a reader
 * could see (a token, a border, a status colour) is well above it.
 */
export const THRESHOLD = 0.1;

/**
 * Differing pixels allowed per image (with anti-aliased pixels already left out). On one machine the
 * count is 0 (when baselines are written every shot is taken twice and must match exactly); the
 * allowance is for another CPU's rasteriser putting the odd pixel differently. It is half of the
 * smallest change worth seeing: one digit changed in a figure (£97,139,153 to £97,139,150) differs by
 * 16 pixels, and test/pages/visual.test.mjs checks that such a change is caught; a 1px shift of a
 * line of text differs by hundreds.
 */
export const ALLOWED_PIXELS = 8;

/**
 * The most of a shot kept, in CSS px from its top (one and a half laptop screens). Dense text costs
 * about 0.1 byte a pixel even compressed, so the full length of every story (a whole plan document is
 * up to 22,000 px) would come to 50 MB of baselines, and the demo pages to 45 MB more. What lies
 * below is in other shots: each element has its own stories on every sample feed.
 */
export const MAX_SHOT_HEIGHT = 1200;

/** Pinned font rendering for Chromium (FONTCONFIG_FILE): see the file. */
export const FONTCONFIG_FILE = join(projectRoot, 'test/visual/fonts.conf');

/** The web font every text is drawn in: Noto Sans (from @fontsource/noto-sans), served at this path. */
export const FONT_PATH = '/__visual_fonts__/';
const require = createRequire(import.meta.url);
export const FONT_FILES = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');

/**
 * The font faces to load: regular, semibold and bold, upright and italic, in the Latin and Latin
 * Extended subsets (English and Welsh: ŵ, ŷ). Read from Fontsource's own CSS for their unicode ranges.
 */
export async function fontFaces() {
  const faces = [];
  for (const file of ['400.css', '600.css', '700.css', '400-italic.css', '600-italic.css', '700-italic.css']) {
    const css = await readFile(join(dirname(FONT_FILES), file), 'utf8');
    for (const block of css.split('@font-face').slice(1)) {
      const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      if (!woff2 || !/-latin-(ext-)?\d+-/.test(woff2)) continue;
      faces.push({
        url: `${FONT_PATH}${woff2}`,
        weight: /font-weight: (\d+)/.exec(block)[1],
        style: /font-style: (\w+)/.exec(block)[1],
        unicodeRange: /unicode-range: ([^;]+);/.exec(block)[1],
      });
    }
  }
  return faces;
}

/**
 * Emulation set on a page before it loads anything: a fixed viewport at device scale 1, reduced
 * motion (no transitions or entry animations mid-way), a light colour scheme, and focus emulated so a
 * focus ring a story sets is drawn whether or not the page is the browser's focused one.
 */
export async function steadyPage(page, { width, height }) {
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
}

/**
 * Run in the page once it has rendered: Noto Sans for all text (an `!important` rule in the document
 * and in every shadow root, as the elements inherit the page's font and pages differ from machine to
 * machine in the fonts they have), no text caret, every web font and image loaded, and every
 * element's update finished. The test server's address, whose port changes from run to run, is
 * written as `http://127.0.0.1:PORT` where a message shows it. Resolves to the characters of the
 * page's text the font does not cover (they are drawn in a fallback font of the machine's).
 */
export async function settlePage(faces) {
  const FAMILY = 'PCP Visual Noto Sans';
  if (!window.__visualSheet) {
    window.__visualFaces = faces.map((face) => new FontFace(FAMILY, `url(${face.url}) format('woff2')`, { weight: face.weight, style: face.style, unicodeRange: face.unicodeRange }));
    for (const face of window.__visualFaces) document.fonts.add(face);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`*, *::before, *::after, *::marker, *::placeholder { font-family: '${FAMILY}' !important; caret-color: transparent !important; }`);
    window.__visualSheet = sheet;
  }
  const sheet = window.__visualSheet;
  const roots = [];
  const walk = (root) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(document);
  for (const root of roots) if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.includes(location.origin)) node.data = node.data.replaceAll(location.origin, 'http://127.0.0.1:PORT');
  }
  // Every face loaded before anything is measured, not only those the first layout asks for.
  await Promise.all(window.__visualFaces.map((face) => face.load()));
  await document.fonts.ready;
  // Lay the whole page out again from scratch in the loaded font: a form control laid out while its
  // font was loading can keep the old font's metrics (a <select>'s text sat 1px off in one run of two).
  const html = document.documentElement;
  const display = html.style.display;
  html.style.display = 'none';
  void html.offsetHeight;
  html.style.display = display;
  void html.offsetHeight;
  const images = roots.flatMap((root) => [...root.querySelectorAll('img')]);
  const loaded = (image) =>
    new Promise((resolve) => {
      image.addEventListener('load', resolve);
      image.addEventListener('error', resolve);
    });
  await Promise.all(images.filter((image) => !image.complete).map(loaded));
  await Promise.all(images.map((image) => image.decode?.().catch(() => undefined)));
  const elements = roots.flatMap((root) => [...root.querySelectorAll('*')]).filter((element) => element.localName.startsWith('pcp-'));
  await Promise.all(elements.map((element) => element.updateComplete));
  // The text reflowed in the new font: let resize observers and the updates they cause run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(elements.map((element) => element.updateComplete));
  await document.fonts.ready;
  const ranges = faces.flatMap((face) =>
    face.unicodeRange.split(',').map((range) => {
      const [from, to = from] = range.trim().slice(2).split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  );
  const text = roots.map((root) => (root === document ? document.body?.innerText ?? '' : root.textContent)).join('');
  return [...new Set(text)].filter((char) => char.trim() && !ranges.some(([from, to]) => char.codePointAt(0) >= from && char.codePointAt(0) <= to)).join('');
}

/**
 * A PNG in its smallest lossless form here: RGB (screenshots are opaque), deflate level 9 with zlib's
 * default strategy and no row filter, which for screenshots of text comes out 40% smaller than
 * pngjs's defaults (run-length strategy, adaptive filters).
 */
export function encodePng(png) {
  return PNG.sync.write(png, { deflateLevel: 9, deflateStrategy: 0, filterType: 0, colorType: 2, inputHasAlpha: true });
}

/** Whether two decoded PNGs have the same size and exactly the same pixels. */
export function samePixels(a, b) {
  return a.width === b.width && a.height === b.height && a.data.equals(b.data);
}

/** `png` grown to width × height, the new area filled with opaque magenta (so it shows in the diff). */
function padded(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const out = new PNG({ width, height });
  for (let index = 0; index < out.data.length; index += 4) out.data.set([255, 0, 255, 255], index);
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out;
}

/** Counts the pixels that differ between two decoded PNGs (padding the smaller); returns { count, diff }. */
export function difference(expected, actual) {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const diff = new PNG({ width, height });
  const count = pixelmatch(padded(expected, width, height).data, padded(actual, width, height).data, diff.data, width, height, { threshold: THRESHOLD, includeAA: false });
  return { count, diff };
}

const shown = (path) => relative(projectRoot, path);

/**
 * Compares a screenshot (PNG buffer or decoded PNG) with the baseline `name` (a path under the
 * baselines folder without ".png", as "stories/elements-pcp-foreword--cumbria"). Resolves to
 * { ok, message, count, files }: on a failure, the expected, actual and diff images are written under
 * `output` and the message names them. With `update`, a missing or differing baseline is written
 * instead (resolves with `written`: "new" or "changed"); a baseline within the allowance is kept as it is.
 */
export async function compareWithBaseline(name, screenshot, { label = name, baselines = BASELINES, output = OUTPUT, update = false } = {}) {
  const actual = Buffer.isBuffer(screenshot) ? PNG.sync.read(screenshot) : screenshot;
  const baselineFile = join(baselines, `${name}.png`);
  const files = { expected: join(output, `${name}.expected.png`), actual: join(output, `${name}.actual.png`), diff: join(output, `${name}.diff.png`) };
  await Promise.all(Object.values(files).map((file) => rm(file, { force: true })));
  const write = async (file, png) => {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, encodePng(png));
  };
  if (!existsSync(baselineFile)) {
    if (update) {
      await write(baselineFile, actual);
      return { ok: true, written: 'new', count: 0, files: {} };
    }
    await write(files.actual, actual);
    return {
      ok: false,
      count: undefined,
      files: { actual: files.actual },
      message: `${label} has no baseline (${shown(baselineFile)}). Its screenshot is in ${shown(files.actual)}; if it is right, write the baseline with \`${UPDATE_COMMAND}\` and commit it (baselines are never written by the check, so a new story fails in CI until its baseline is committed).`,
    };
  }
  const expected = PNG.sync.read(await readFile(baselineFile));
  const sizeChanged = expected.width !== actual.width || expected.height !== actual.height;
  const { count, diff } = difference(expected, actual);
  if (!sizeChanged && count <= ALLOWED_PIXELS) return { ok: true, count, files: {} };
  if (update) {
    await write(baselineFile, actual);
    return { ok: true, written: 'changed', count, sizeChanged, files: {} };
  }
  await Promise.all([write(files.expected, expected), write(files.actual, actual), write(files.diff, diff)]);
  const where = `\n  expected: ${shown(files.expected)}\n  actual:   ${shown(files.actual)}\n  diff:     ${shown(files.diff)}\nIf the change is intended, update the baselines with \`${UPDATE_COMMAND}\` and commit them.`;
  const message = sizeChanged
    ? `${label} changed size: ${actual.width}×${actual.height} px, its baseline ${expected.width}×${expected.height} px (${count} pixels differ; the diff marks the area one of them lacks in magenta).${where}`
    : `${label} looks different from its baseline: ${count} pixels differ (${ALLOWED_PIXELS} allowed).${where}`;
  return { ok: false, count, sizeChanged, files, message };
}

/** Every baseline file under `baselines`, as names (relative paths without ".png"). */
export async function baselineNames(baselines = BASELINES) {
  if (!existsSync(baselines)) return [];
  const entries = await readdir(baselines, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.png'))
    .map((entry) => relative(baselines, join(entry.parentPath ?? entry.path, entry.name)).replace(/\.png$/, ''))
    .sort();
}
