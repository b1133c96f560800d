// dist/autoloader.js (src/autoloader/): a page that shows some elements loads only their modules, and
// one copy of Lit and the loader between them; tags present at load, added later, nested in other
// elements and inside an element's shadow root are all found; elements with one `src` make one request.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectErrors, useBrowser } from './browser.mjs';
import { ELEMENTS } from '../../lib/elements.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);

/** Opens the autoloader's fixture page, recording every script and feed it requests. */
async function openFixture() {
  const page = await session.browser.newPage();
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${session.url}/test/pages/fixtures/autoloader.html`, { waitUntil: 'load' });
  const modules = () => requests.filter((path) => path.startsWith('/dist/') && path.endsWith('.js')).map((path) => path.slice('/dist/'.length));
  const feeds = () => requests.filter((path) => path.endsWith('.json'));
  return { page, errors, modules, feeds };
}

/** Waits until every pcp element on the page (through shadow roots; but tags in `ignore`) has drawn its plan. */
const drawn = (page, tags, ignore = []) =>
  page.waitForFunction(
    (wanted, ignored) => {
      const all = [];
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.localName.startsWith('pcp-') && !ignored.includes(element.localName)) all.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return wanted.every((tag) => all.some((element) => element.localName === tag)) &&
        all.every(
          (element) =>
            customElements.get(element.localName) &&
            element.shadowRoot &&
            !element.shadowRoot.querySelector('[part~="loading"]') &&
            // The provider draws only a slot; the others, the plan.
            (element.localName === 'pcp-plan' || element.shadowRoot.textContent.trim()),
        );
    },
    { timeout: 15000, polling: 100 },
    tags,
    ignore,
  );

/** The element modules requested (dist/<folder>.js), without the shared chunks and the autoloader. */
const elementModules = (modules) => modules.filter((file) => !file.startsWith('chunks/') && file !== 'autoloader.js').sort();

describe('dist/autoloader.js', () => {
  it('loads only the modules of the tags on the page, with one copy of Lit, and one request per feed', async () => {
    const { page, errors, modules, feeds } = await openFixture();
    await drawn(page, ['pcp-objectives', 'pcp-plan', 'pcp-plan-summary']);
    assert.deepEqual(elementModules(modules()), ['objectives.js', 'plan-summary.js', 'plan.js'].sort());
    // Every module shares the one core chunk (Lit, the loader, the schema): requested once, run once.
    assert.equal(modules().filter((file) => /^chunks\/core-/.test(file)).length, 1, modules().join(' '));
    assert.equal(await page.evaluate(() => window.litElementVersions?.length), 1, 'one copy of LitElement on the page');
    // The objectives and the provider point at one feed: one request.
    assert.deepEqual(feeds(), ['/demo/feeds/cumbria-2021-2025.json']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('finds tags added later, nested in other markup, and inside an element’s shadow root', async () => {
    const { page, errors, modules, feeds } = await openFixture();
    await drawn(page, ['pcp-objectives', 'pcp-plan-summary']);
    // Added later, deep inside plain markup.
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML = '<div><pcp-contact src="../../../demo/feeds/cumbria-2021-2025.json" heading-level="2"></pcp-contact></div>';
      document.querySelector('main').append(section);
    });
    await drawn(page, ['pcp-contact']);
    // Inside the shadow root an element draws: the autoloader watches the roots of the elements it loads.
    await page.evaluate(() => {
      const wheel = document.createElement('pcp-priority-wheel');
      wheel.setAttribute('src', '../../../demo/feeds/cumbria-2021-2025.json');
      document.querySelector('pcp-objectives').shadowRoot.append(wheel);
    });
    await drawn(page, ['pcp-priority-wheel']);
    assert.deepEqual(elementModules(modules()), ['contact.js', 'objectives.js', 'plan-summary.js', 'plan.js', 'priority-wheel.js'].sort());
    assert.ok(!elementModules(modules()).includes('pcp-elements.js'), 'never the whole bundle');
    // Still one feed request: every element asked for the same URL.
    assert.deepEqual(feeds(), ['/demo/feeds/cumbria-2021-2025.json']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('exports discover() for the shadow roots of a page’s own components', async () => {
    const { page, errors, modules } = await openFixture();
    await drawn(page, ['pcp-objectives']);
    await page.evaluate(async () => {
      const { discover } = await import('/dist/autoloader.js');
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<pcp-grants src="../../../demo/feeds/cumbria-2021-2025.json"></pcp-grants>';
      document.body.append(host);
      discover(shadow);
    });
    await drawn(page, ['pcp-grants']);
    assert.ok(elementModules(modules()).includes('grants.js'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads nothing for a tag that is not one of the elements', async () => {
    const { page, errors, modules } = await openFixture();
    await drawn(page, ['pcp-objectives']);
    const before = modules().length;
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<pcp-not-an-element></pcp-not-an-element><pcp-objectives src="../../../demo/feeds/cumbria-2021-2025.json"></pcp-objectives>');
    });
    await drawn(page, ['pcp-objectives'], ['pcp-not-an-element']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(modules().length, before, `no new request: ${modules().slice(before).join(' ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

// Each element module brings its own English (src/i18n/english.ts): one that read another element's words
// without importing them would work in the whole bundle and fail here, on a page with that module alone.
describe('each element module alone', () => {
  const feeds = readdirSync(`${root}demo/feeds`).filter((file) => file.endsWith('.json')).sort();
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  /** `name:value` for each value of each attribute the manifest gives as a list of words ('grid' | 'list'). */
  const variantsOf = (tag) => {
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((entry) => entry.tagName === tag);
    return (declaration?.attributes ?? []).flatMap((attribute) => {
      const words = [...(attribute.type?.text ?? '').matchAll(/'([\w-]+)'/g)].map((match) => match[1]);
      return words.length > 1 ? words.map((word) => `${attribute.name}:${word}`) : [];
    });
  };

  for (const element of ELEMENTS.filter((entry) => entry.part)) {
    it(`${element.folder}.js draws every sample feed, and each variant, in its own words`, async () => {
      const page = await session.browser.newPage();
      const errors = collectErrors(page);
      const query = new URLSearchParams([['folder', element.folder], ...feeds.map((feed) => ['feed', `../../../demo/feeds/${feed}`]), ...variantsOf(element.tag).map((variant) => ['variant', variant])]);
      await page.goto(`${session.url}/test/pages/fixtures/element-alone.html?${query}`, { waitUntil: 'load' });
      await drawn(page, [element.tag]);
      const shown = await page.evaluate((tag) => {
        const elements = [...document.querySelectorAll(tag)];
        return { count: elements.length, failed: elements.filter((each) => each.shadowRoot.querySelector('[part~="error"]')).length };
      }, element.tag);
      assert.equal(shown.count, feeds.length + variantsOf(element.tag).length);
      assert.equal(shown.failed, 0, 'no element shows its error state');
      assert.equal(await page.evaluate(() => typeof customElements.get('pcp-plan-document')), element.tag === 'pcp-plan-document' ? 'function' : 'undefined', 'only its own module was loaded');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
