// The plan editor (dist/editor/index.html) as a plan author uses it, in Chromium, served with a strict CSP
// header as well as its own policy: a plan from blank to a valid feed with the keyboard, every sample opened,
// edited (a title, a figure, a Welsh text) and downloaded, the outline reordered by dragging, spreadsheet cells
// pasted (a budget, an action plan, a measure's values, a table), a draft recovered after a reload, axe-core on
// the editor, and the editor served from dist/ alone, as the npm package ships it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectErrors, launch, serve } from './browser.mjs';
import { validatePlan } from '../../lib/loader/validate-plan.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const EDITOR = '/dist/editor/index.html';
/** A council serving the editor would send this; the page's own meta policy applies as well. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const schema = JSON.parse(await readFile(join(root, 'schema/plan.schema.json'), 'utf8'));
/** axe-core's source, evaluated in the page as the embed test does: a script tag would need a Trusted Types policy. */
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const samples = (await readdir(join(root, 'demo/feeds'))).filter((name) => name.endsWith('.json')).sort();

let server;
let browser;
let downloads;

before(async () => {
  server = await serve(root, { headers: { [EDITOR]: { 'content-security-policy': CSP } } });
  browser = await launch();
  downloads = await mkdtemp(join(tmpdir(), 'pcp-editor-downloads-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** axe-core's WCAG 2.2 AA violations on the page, as "rule: targets" lines. */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

/**
 * A fresh editor with no draft; `errors` collects uncaught exceptions and console errors (CSP reports among them).
 * `address` is where the editor is (by default the built page in this repository).
 */
async function openEditor({ keepDraft = false, address = `${server.url}${EDITOR}`, prepare } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = collectErrors(page);
  prepare?.(page);
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', { polling: 100, timeout: 15000 });
  if (!keepDraft) {
    await page.evaluate(() => localStorage.clear());
  }
  return { page, errors, context };
}

/** Opens a sample from the Start menu with the keyboard, and waits until the editor says it is open. */
async function openSample(page, name) {
  await page.select('#sample', name);
  await page.focus('#sample-form button');
  await page.keyboard.press('Enter');
  await page.waitForFunction((wanted) => document.getElementById('announcer')?.textContent === `Opened the sample ${wanted}.`, { polling: 50, timeout: 20000 }, name);
}

/** The element with this id (ids hold / and @, so no CSS selector). */
const byId = (id) => `[id="${id.replace(/"/g, '\\"')}"]`;

/** Waits until the focused element's id matches: the editor moves focus on the frame after it draws. */
async function focusMatches(page, pattern) {
  await page
    .waitForFunction((source) => new RegExp(source).test(document.activeElement?.id ?? ''), { polling: 50, timeout: 5000 }, pattern.source)
    .catch(async () => assert.fail(`focus is on #${await page.evaluate(() => document.activeElement?.id ?? '')}, not an id matching ${pattern}`));
}

/** Presses Tab (or Shift+Tab) until the element with this id has focus: it is reachable by keyboard. */
async function tabTo(page, id, { backwards = false, limit = 600 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
    if (backwards) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached #${id}`);
}

/** Types into the focused field, replacing what is there, with the keyboard. */
async function replaceText(page, text) {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** The draft the editor keeps in localStorage: the feed as it stands. */
const draftFeed = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('pcp-editor:draft') ?? 'null')?.feed);

/** Clicks "Download the feed" and resolves to the downloaded file's text. */
async function download(page, name) {
  const folder = await mkdtemp(join(downloads, 'd-'));
  const session = await page.createCDPSession();
  // Each test's page is in a context of its own: downloads are allowed in that context.
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true, browserContextId: page.browserContext().id });
  const done = new Promise((resolve, reject) => {
    session.on('Browser.downloadProgress', (event) => {
      if (event.state === 'completed') resolve();
      if (event.state === 'canceled') reject(new Error(`the download of ${name} was cancelled`));
    });
  });
  await page.focus('#download');
  await page.keyboard.press('Enter');
  await done;
  const files = await readdir(folder);
  assert.deepEqual(files, [name]);
  return readFile(join(folder, name), 'utf8');
}

/** Waits until the problems summary says the feed has no errors. */
const noErrors = (page) => page.waitForFunction(() => document.getElementById('problems-summary')?.textContent.startsWith('No errors'), { polling: 50, timeout: 10000 });

/** The JSON path of the first figure in a feed (a place the schema gives #/$defs/Figure) holding a number or text, or undefined. */
function firstFigure(value, node = schema, path = []) {
  const resolve = (n) => (n?.$ref ? { ref: n.$ref, ...schema.$defs[n.$ref.split('/').pop()] } : n);
  const here = resolve(node);
  if (!here) return undefined;
  if (here.ref === '#/$defs/Figure') return typeof value === 'number' || typeof value === 'string' ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = here.items && firstFigure(item, here.items, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  for (const option of here.anyOf ?? []) {
    const found = firstFigure(value, option, path);
    if (found) return found;
  }
  for (const [key, child] of Object.entries(value)) {
    const childNode = here.properties?.[key] ?? (typeof here.additionalProperties === 'object' ? here.additionalProperties : undefined);
    const found = childNode && firstFigure(child, childNode, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** The first text in Welsh in a feed: the path of a {"cy": …} member. */
function firstWelsh(value, path = []) {
  if (!value || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && typeof value.cy === 'string' && typeof value.en === 'string') return [...path, 'cy'];
  for (const [key, child] of Object.entries(value)) {
    const found = firstWelsh(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

const pointer = (path) => path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
function setAt(value, path, next) {
  let current = value;
  for (const segment of path.slice(0, -1)) current = current[segment];
  current[path.at(-1)] = next;
}

describe('plan editor', () => {
  it('builds a plan from blank to a feed the validator accepts, with the keyboard alone', async () => {
    const { page, errors, context } = await openEditor();
    try {
      await page.keyboard.press('Tab');
      await tabTo(page, 'start-blank');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent === 'You have a blank plan.', { polling: 50 });
      const type = async (id, text) => {
        await tabTo(page, id);
        await replaceText(page, text);
      };
      await type('f/id', 'testshire-2025-2029');
      await type('f/title@en', 'Police and Crime Plan 2025 to 2029');
      await type('f/title@cy', 'Cynllun Heddlu a Throseddu 2025 i 2029');
      await type('f/area@en', 'Testshire');
      await type('f/publisher/name@en', 'Testshire Police and Crime Commissioner');
      await tabTo(page, 'f/publisher/kind');
      // A closed select takes the arrow keys: the first kind is the commissioner.
      await page.keyboard.press('ArrowDown');
      await type('f/period/start', '2025');
      await type('f/period/end', '2029');
      await tabTo(page, 'f/status');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'f/objectives#add');
      await page.keyboard.press('Enter');
      // Focus moves into the new objective.
      await page.waitForFunction(() => document.activeElement?.id?.startsWith('f/objectives/0/'), { polling: 50 });
      await type('f/objectives/0/id', 'safer-streets');
      await type('f/objectives/0/title@en', 'Safer streets');
      await type('f/objectives/0/title@cy', 'Strydoedd mwy diogel');
      await noErrors(page);

      // A second objective, moved above the first with the keyboard.
      await tabTo(page, 'f/objectives#add');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id?.startsWith('f/objectives/1/'), { polling: 50 });
      await type('f/objectives/1/id', 'victims-first');
      await type('f/objectives/1/title@en', 'Victims first');
      await tabTo(page, 'f/objectives/1#up');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'f/objectives/0#up', { polling: 50 });
      await noErrors(page);

      const feed = JSON.parse(await download(page, 'testshire-2025-2029.json'));
      const plan = validatePlan(feed);
      assert.equal(plan.id, 'testshire-2025-2029');
      assert.deepEqual(feed.title, { en: 'Police and Crime Plan 2025 to 2029', cy: 'Cynllun Heddlu a Throseddu 2025 i 2029' });
      assert.deepEqual(
        feed.objectives.map((objective) => objective.id),
        ['victims-first', 'safer-streets'],
      );
      assert.deepEqual(feed.publisher, { name: 'Testshire Police and Crime Commissioner', kind: 'police-and-crime-commissioner' });
      assert.equal(feed.status, 'published');
      // The file's keys are in the schema's order.
      assert.deepEqual(Object.keys(feed), ['$schema', 'schemaVersion', 'id', 'title', 'area', 'publisher', 'period', 'status', 'objectives']);
      // The outline lists the objectives in their new order and goes to each.
      const outline = await page.$$eval('.outline a', (links) => links.map((link) => link.textContent.trim()));
      assert.deepEqual(outline, ['Objective 1: Victims first', 'Objective 2: Safer streets']);
      // The outline reorders too: "Down" on the first objective, and focus follows it.
      await tabTo(page, 'o/objectives/0#down', { backwards: true });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'o/objectives/1#down', { polling: 50 });
      assert.deepEqual((await draftFeed(page)).objectives.map((objective) => objective.id), ['safer-streets', 'victims-first']);
      // A link in the outline moves focus to its objective's first field.
      const [, second] = await page.$$('.outline a');
      await second.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'f/objectives/1/id');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('shows each problem beside its field and in a list whose links move focus to the field', async () => {
    const { page, errors, context } = await openEditor();
    try {
      await page.click('#start-blank');
      await page.waitForFunction(() => document.querySelectorAll('.problem-list a').length > 0, { polling: 50 });
      const problems = await page.$$eval('.problem-list a', (links) => links.map((link) => link.textContent.replace(/\s+/g, ' ').trim()));
      assert.ok(problems.includes('Error: ID is required.'), problems.join('\n'));
      assert.ok(problems.includes('Error: Publisher › Name is required.'), problems.join('\n'));
      // Beside the field, and named by it to assistive technology.
      const described = await page.$eval(byId('f/id'), (input) => ({ invalid: input.getAttribute('aria-invalid'), text: input.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent.replace(/\s+/g, ' ').trim()).join(' | ') }));
      assert.equal(described.invalid, 'true');
      assert.match(described.text, /Error: ID is required\./);
      // The list's link for the publisher's name moves focus to that field.
      const index = await page.$$eval('.problem-list a', (links) => links.findIndex((link) => link.textContent.includes('Publisher › Name')));
      assert.ok(index >= 0);
      const link = (await page.$$('.problem-list a'))[index];
      await link.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'f/publisher/name@en');
      // A warning pcp validate prints is listed too: a stated total that differs from the sum of the lines.
      await openSample(page, 'cumbria-2021-2025.json');
      await noErrors(page);
      const warnings = await page.$$eval('.problem--warning a', (links) => links.map((link) => link.textContent.replace(/\s+/g, ' ').trim()));
      assert.ok(warnings.some((text) => /stated total .* differs from the sum of the lines/.test(text)), warnings.join('\n'));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('opens each sample feed, changes a title, a figure and a Welsh text, and downloads the feed as edited', async (t) => {
    const { page, errors, context } = await openEditor();
    const noFigure = [];
    try {
      for (const name of samples) {
        const original = JSON.parse(await readFile(join(root, 'demo/feeds', name), 'utf8'));
        await openSample(page, name);
        const expected = structuredClone(original);

        // The plan's title, in its main language.
        const titleId = typeof original.title === 'string' || original.title.en ? 'f/title@en' : `f/title@${Object.keys(original.title)[0]}`;
        await page.focus(byId(titleId));
        await replaceText(page, 'Edited title');
        if (typeof original.title === 'string') expected.title = 'Edited title';
        else expected.title.en = 'Edited title';

        // A figure, typed as printed: a number stays a number, and text ("£1.2m") stays as typed.
        const figure = firstFigure(original);
        if (figure) {
          const place = pointer(figure);
          const id = (await page.$(byId(`f${place}`))) ? `f${place}` : `f${place}@en`;
          await page.focus(byId(id));
          await replaceText(page, '1,234,567');
          const inNumberField = (await page.$eval(byId(id), (input) => input.inputMode)) === 'decimal';
          setAt(expected, figure, inNumberField ? 1234567 : '1,234,567');
        } else noFigure.push(name);

        // A Welsh text: one there is, or the title's Welsh beside its English.
        const welsh = firstWelsh(expected) ?? ['title', 'cy'];
        await page.focus(byId(`f${pointer(welsh.slice(0, -1))}@cy`));
        await replaceText(page, 'Testun Cymraeg wedi ei newid');
        if (welsh.length === 2 && welsh[0] === 'title' && typeof expected.title === 'string') expected.title = { en: expected.title, cy: 'Testun Cymraeg wedi ei newid' };
        else setAt(expected, welsh, 'Testun Cymraeg wedi ei newid');

        await page.waitForFunction((title) => document.querySelector('#download')?.textContent.includes(title), { polling: 50 }, `${original.id}.json`);
        const text = await download(page, `${original.id}.json`);
        assert.deepEqual(JSON.parse(text), expected, `${name}: the downloaded feed is the sample with the three edits`);
        assert.match(text, /^\{\n {2}"\$schema"/, `${name}: formatted, in the schema's order`);
        // The edited feed is still one the elements accept (figure and Welsh as typed).
        assert.doesNotThrow(() => validatePlan(JSON.parse(text)), name);
      }
      assert.deepEqual(errors, []);
      // Every sample with a figure had one edited; say which had none, so a loss of coverage shows.
      assert.ok(noFigure.length < samples.length, `no sample had a figure: ${noFigure.join(', ')}`);
      t.diagnostic(`${samples.length - noFigure.length} of ${samples.length} samples had a figure edited; none in ${noFigure.join(', ') || '(none)'}`);
    } finally {
      await context.close();
    }
  });

  it('adds a budget, an action plan, a measure\'s values by quarter and a table pasted from spreadsheet cells', async () => {
    const { page, errors, context } = await openEditor();
    try {
      await openSample(page, 'west-cumbria-csp-2012-13.json');
      await noErrors(page);
      const paste = async (text) => {
        // What a paste of copied cells puts in the box: tab-separated rows.
        await page.$eval('#paste', (box, value) => {
          box.value = value;
          box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        }, text);
        await page.focus('#paste-form button[type=submit]');
        await page.keyboard.press('Enter');
      };
      await paste('Revenue budget 2012-13\n\t2012-13\t2013-14\nCommunity safety grant\t"120,000"\t"96,000"\nPartner contributions\t-20000\t-16000\nTotal\t"100,000"\t"80,000"');
      await page.waitForFunction(() => document.getElementById('paste-result')?.textContent.startsWith('Added the budget'), { polling: 50 });
      const feed = await draftFeed(page);
      const budget = feed.budgets.at(-1);
      assert.equal(budget.title, 'Revenue budget 2012-13');
      assert.deepEqual(budget.lines.map((line) => [line.label, line.kind, line.values]), [
        ['Community safety grant', 'expenditure', { '2012-13': 120000, '2013-14': 96000 }],
        ['Partner contributions', 'income', { '2012-13': -20000, '2013-14': -16000 }],
      ]);
      assert.deepEqual(budget.statedTotals, { '2012-13': 100000, '2013-14': 80000 });
      // Focus goes to the budget added (on the next frame, once it is drawn).
      await focusMatches(page, /^f\/budgets\/\d+\//);

      await paste('Priority\tAims\tBaseline Data\tAgency\tActions\tReview Date\nAnti Social Behaviour\tReduce ASB in hotspots\t120 incidents\tPolice\tTargeted patrols\tMarch 2013\n\t\t\tCouncil\tCCTV review\tJune 2013');
      // The sample has an action plan: the pasted one takes its place, and says so.
      await page.waitForFunction(() => document.getElementById('paste-result')?.textContent.startsWith('Replaced the action plan with 1 row.'), { polling: 50 });
      const withPlan = await draftFeed(page);
      assert.equal(withPlan.actionPlan.rows.length, 1);
      assert.deepEqual(withPlan.actionPlan.rows[0].agencies.map((agency) => agency.actions), [['Targeted patrols'], ['CCTV review']]);
      await noErrors(page);

      // A measure's values by quarter: a new measure, its figures as printed.
      await paste('Calls answered within 10 seconds\nQuarter\tValue\tStatus\tNote\nQ1 2012/13\t64.7%\tGreen\t\nQ2 2012/13\t61.2%\tAmber\tnew phone system');
      await page.waitForFunction(() => document.getElementById('paste-result')?.textContent.startsWith('Added the measure “Calls answered within 10 seconds” with 2 values.'), { polling: 50 });
      assert.deepEqual((await draftFeed(page)).measures.at(-1), {
        id: 'calls-answered-within-10-seconds',
        title: 'Calls answered within 10 seconds',
        values: [
          { period: 'Q1 2012/13', figure: '64.7%', status: 'green' },
          { period: 'Q2 2012/13', figure: '61.2%', status: 'amber', note: 'new phone system' },
        ],
      });
      await focusMatches(page, /^f\/measures\/\d+\//);

      // Any other table, captioned in the title box: cells kept as printed, numbers where a column is all numbers.
      await page.$eval('#paste-title', (box) => (box.value = 'Precept share by council'));
      await paste('Council\tShare\tPages\nAllerdale\t"£1,000"\t3\nCopeland\t"£2,000"\t4');
      await page.waitForFunction(() => document.getElementById('paste-result')?.textContent.startsWith('Added the table “Precept share by council” with 2 rows.'), { polling: 50 });
      assert.deepEqual((await draftFeed(page)).tables.at(-1), {
        id: 'precept-share-by-council',
        caption: 'Precept share by council',
        head: [['Council', 'Share', 'Pages']],
        rows: [
          ['Allerdale', '£1,000', 3],
          ['Copeland', '£2,000', 4],
        ],
        rowHeaders: true,
      });
      await page.$eval('#paste-title', (box) => (box.value = ''));
      await noErrors(page);
      const withAll = await draftFeed(page);

      // Cells that cannot be read say why (a table needs a caption), and nothing changes.
      await paste('Name\tEmail\nAlex\talex@example.org');
      await page.waitForFunction(() => document.getElementById('paste-result')?.textContent.startsWith('The pasted cells could not be read as a table'), { polling: 50 });
      assert.match(await page.$eval('#paste-result', (result) => result.textContent), /needs a caption: give one in the title box/);
      assert.deepEqual(await draftFeed(page), withAll);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('reorders the outline by dragging an item by its handle, with a line where it will go', async () => {
    const { page, errors, context } = await openEditor();
    try {
      const name = 'cumbria-2021-2025.json';
      const original = JSON.parse(await readFile(join(root, 'demo/feeds', name), 'utf8'));
      const ids = original.objectives.map((objective) => objective.id);
      assert.ok(ids.length >= 4);
      await openSample(page, name);
      await noErrors(page);
      await page.$eval(byId('o/objectives/0#drag'), (handle) => handle.scrollIntoView({ block: 'start' }));
      /** The centre of an element, and the top of the line (link and buttons) of an outline item. */
      const box = (id) => page.$eval(byId(id), (element) => {
        const rect = element.getBoundingClientRect();
        const line = element.closest('.outline-row').getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, lineTop: line.top };
      });
      const drops = () => page.$$eval('.outline li.drop-before, .outline li.drop-after', (items) => items.map((item) => `${item.className.trim()}: ${item.querySelector('.drag-handle').id} ${getComputedStyle(item).boxShadow !== 'none'}`));

      // The first objective, dropped just inside the top of the fourth one's line: it goes after the third.
      const handle = await box('o/objectives/0#drag');
      const fourth = await box('o/objectives/3#drag');
      await page.mouse.move(handle.x, handle.y);
      await page.mouse.down();
      await page.mouse.move(handle.x, fourth.lineTop + 2, { steps: 10 });
      assert.deepEqual(await drops(), ['drop-before: o/objectives/3#drag true'], 'a visible line above the fourth objective');
      await page.mouse.up();
      const moved = [ids[1], ids[2], ids[0], ...ids.slice(3)];
      await page.waitForFunction((wanted) => JSON.stringify(JSON.parse(localStorage.getItem('pcp-editor:draft')).feed.objectives.map((objective) => objective.id)) === wanted, { polling: 50 }, JSON.stringify(moved));
      assert.deepEqual(await drops(), [], 'the line goes with the drop');
      await page.waitForFunction((count) => document.getElementById('announcer')?.textContent.endsWith(`moved to position 3 of ${count}.`), { polling: 50 }, ids.length);

      // Escape during a drag puts everything back as it was.
      const last = await box(`o/objectives/${ids.length - 1}#drag`);
      const first = await box('o/objectives/0#drag');
      await page.mouse.move(last.x, last.y);
      await page.mouse.down();
      await page.mouse.move(first.x, first.lineTop + 1, { steps: 10 });
      assert.deepEqual(await drops(), ['drop-before: o/objectives/0#drag true']);
      await page.keyboard.press('Escape');
      assert.deepEqual(await drops(), []);
      await page.mouse.up();

      // The downloaded feed is the sample with its objectives in the new order, and nothing else changed.
      const expected = { ...structuredClone(original), objectives: moved.map((id) => original.objectives.find((objective) => objective.id === id)) };
      assert.deepEqual(JSON.parse(await download(page, `${original.id}.json`)), expected);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('keeps a draft: after a reload the edits are back, and the draft can be discarded', async () => {
    const { page, errors, context } = await openEditor();
    try {
      await openSample(page, 'cumbria-2021-2025-bilingual.json');
      await noErrors(page);
      await page.focus(byId('f/title@cy'));
      await replaceText(page, 'Cynllun drafft');
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('pcp-editor:draft')).feed.title.cy === 'Cynllun drafft', { polling: 50 });
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', { polling: 50 });
      assert.equal(await page.$eval(byId('f/title@cy'), (box) => box.value), 'Cynllun drafft');
      assert.match(await page.$eval('#draft-heading', (heading) => heading.parentElement.textContent), /started from the sample cumbria-2021-2025-bilingual\.json/);
      await page.focus('#discard-draft');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.getElementById('draft-heading') && document.getElementById('f/id')?.value === '', { polling: 50 });
      assert.equal((await draftFeed(page)).title, undefined);
      // One step back: the plan the blank one replaced.
      await page.focus('#go-back');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('f/title@cy')?.value === 'Cynllun drafft', { polling: 50 });
      assert.equal((await draftFeed(page)).title.cy, 'Cynllun drafft');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('previews any element, at phone and desktop widths, in both presets, and gives the embed snippets', async () => {
    const { page, errors, context } = await openEditor();
    try {
      await openSample(page, 'cumbria-2021-2025.json');
      await noErrors(page);
      await page.waitForFunction(() => document.querySelector('#preview-frame pcp-plan-document')?.shadowRoot?.textContent.includes('Police and Crime Plan 2021-2025'), { polling: 50, timeout: 15000 });
      await page.select('#preview-element', 'pcp-budget-table');
      await page.waitForFunction(() => document.querySelector('#preview-frame pcp-budget-table')?.shadowRoot?.querySelector('table'), { polling: 50, timeout: 15000 });
      const desktop = await page.$eval('#preview-frame', (frame) => frame.getBoundingClientRect().width);
      await page.click('#preview-width-phone');
      await page.click('#preview-preset-govuk');
      const phone = await page.$eval('#preview-frame', (frame) => ({ width: frame.getBoundingClientRect().width, radius: getComputedStyle(frame).getPropertyValue('--pcp-radius').trim() }));
      assert.ok(phone.width < desktop && phone.width <= 400, `phone ${phone.width} px, desktop ${desktop} px`);
      assert.equal(phone.radius, '0', 'the GOV.UK preset applies in the preview');
      assert.equal(await page.$eval('body', (body) => getComputedStyle(body).getPropertyValue('--pcp-radius').trim()), '', 'and only there');
      // An edit shows in the preview as it is typed.
      await page.focus(byId('f/budgets/0/title@en'));
      await replaceText(page, 'Revenue budget as edited');
      await page.waitForFunction(() => document.querySelector('#preview-frame pcp-budget-table')?.shadowRoot?.textContent.includes('Revenue budget as edited'), { polling: 50 });
      const snippets = await page.$$eval('.snippet pre', (blocks) => blocks.map((block) => block.textContent));
      assert.deepEqual(snippets.slice(0, 2), [
        '<script type="module" src="https://unpkg.com/pcp-elements/dist/autoloader.js"></script>\n<pcp-budget-table src="/feeds/cumbria-2021-2025.json"></pcp-budget-table>',
        '[pcp element="budget-table" src="/feeds/cumbria-2021-2025.json"]',
      ]);
      assert.match(snippets[2], /^<iframe title="Police and Crime Plan 2021-2025: Budget table"\n {2}src="https:\/\/www\.example\.gov\.uk\/pcp\/embed\.html\?src=\/feeds\/cumbria-2021-2025\.json&amp;element=pcp-budget-table"/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('axe-core finds no WCAG 2.2 AA violation on the editor, blank and with a bilingual plan', async () => {
    const { page, errors, context } = await openEditor();
    try {
      await page.click('#start-blank');
      await page.waitForFunction(() => document.querySelectorAll('.problem-list a').length > 0, { polling: 50 });
      assert.deepEqual(await axeViolations(page), [], 'blank plan');
      await openSample(page, 'cumbria-2021-2025-bilingual.json');
      await noErrors(page);
      await page.waitForFunction(() => document.querySelector('#preview-frame pcp-plan-document')?.shadowRoot?.textContent.length > 100, { polling: 50, timeout: 15000 });
      assert.deepEqual(await axeViolations(page), [], 'bilingual sample');
      // Reflow (WCAG 1.4.10): at 320 CSS px the editor scrolls only up and down.
      await page.setViewport({ width: 320, height: 800 });
      await page.waitForFunction(() => document.documentElement.clientWidth === 320, { polling: 50 });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('works from dist/ alone, as the npm package ships it: every sample is beside the page', async () => {
    // Only dist/ is served (no demo/, no schema/), with the same strict policy.
    const distServer = await serve(join(root, 'dist'), { headers: { '/editor/index.html': { 'content-security-policy': CSP } } });
    const requests = [];
    const failures = [];
    const { page, errors, context } = await openEditor({
      address: `${distServer.url}/editor/index.html`,
      prepare: (page) => {
        page.on('request', (request) => requests.push(request.url()));
        page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
        page.on('response', (response) => response.status() >= 400 && failures.push(`${response.url()}: ${response.status()}`));
      },
    });
    try {
      const menu = await page.$$eval('#sample option', (options) => options.map((option) => option.value).filter(Boolean));
      assert.deepEqual(menu, samples, 'the menu lists every sample feed');
      for (const name of samples) {
        // The copy in dist/editor/samples/ is the sample feed itself, only without its indentation.
        assert.deepEqual(JSON.parse(await readFile(join(root, 'dist/editor/samples', name), 'utf8')), JSON.parse(await readFile(join(root, 'demo/feeds', name), 'utf8')), name);
      }
      for (const name of ['cumbria-2021-2025-bilingual.json', 'west-cumbria-csp-2012-13.json']) {
        await openSample(page, name);
        await noErrors(page);
        const original = JSON.parse(await readFile(join(root, 'demo/feeds', name), 'utf8'));
        assert.deepEqual(await draftFeed(page), original, name);
      }
      await page.waitForFunction(() => document.querySelector('#preview-frame pcp-plan-document')?.shadowRoot?.textContent.length > 100, { polling: 50, timeout: 15000 });
      assert.deepEqual(failures, []);
      assert.deepEqual(requests.filter((url) => !url.startsWith(`${distServer.url}/editor/`) && !/^(data|blob):/.test(url)), [], 'everything the editor loads is in dist/editor/');
      assert.ok(requests.some((url) => url.endsWith('/editor/samples/west-cumbria-csp-2012-13.json')));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await distServer.close();
    }
  });
});
