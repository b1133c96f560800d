// `pcp render` output in Chromium: with scripts off it shows the plan; with the element script it
// upgrades in place to the same DOM (no second copy), and then works as the live element does.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { axeViolations, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);
const CUMBRIA_TITLES = [
  'A focus on crime and the causes of crime',
  'A visible and effective police presence',
  'A focus on victims',
  'Preventing offending and reducing reoffending',
];

function render(...args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(root, 'bin/pcp.js'), 'render', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pcp render ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
}

/** Opens `html` as if served at /__generated__/page.html on the test server (so /dist/ resolves). */
async function openHtml(html, { javaScript = true } = {}) {
  const page = await session.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setJavaScriptEnabled(javaScript);
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().endsWith('/__generated__/page.html') ? request.respond({ contentType: 'text/html', body: html }) : request.continue(),
  );
  await page.goto(`${session.url}/__generated__/page.html`, { waitUntil: 'load' });
  return { page, errors };
}

/**
 * The document as the browser built it, shadow roots included, read through DevTools (works with
 * scripts off): elements with their attributes and text, without comments, styles and scripts.
 * Generated download URLs (data: on the server, blob: in the browser) count as equal.
 */
async function domOutline(page) {
  const client = await page.createCDPSession();
  const { root: documentNode } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
  const lines = [];
  const walk = (node, depth) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${'  '.repeat(depth)}"${text}"`);
      return;
    }
    if (node.nodeType === 1) {
      if (['STYLE', 'SCRIPT', 'HEAD'].includes(node.nodeName)) return;
      const attributes = [];
      for (let index = 0; index < (node.attributes ?? []).length; index += 2) {
        const [name, value] = [node.attributes[index], node.attributes[index + 1]];
        if (name === 'defer-hydration') continue;
        // A table region's tab stop is measured in the browser (only while the table scrolls); the server
        // cannot measure and always writes it, so it may differ after the upgrade (test/scroll-regions.test.ts).
        if (name === 'tabindex' && /(^|\s)table-region(\s|$)/.test(node.attributes[node.attributes.indexOf('class') + 1] ?? '')) continue;
        // Instance numbers in generated ids (pcp-budget-1) depend on how many were made before.
        attributes.push(`${name}="${/^(data|blob):/.test(value) ? '(generated)' : value.replace(/\b(pcp-[a-z-]+?-)\d+\b/g, '$1#')}"`);
      }
      lines.push(`${'  '.repeat(depth)}<${node.localName}${attributes.length ? ' ' + attributes.sort().join(' ') : ''}>`);
    }
    for (const shadow of node.shadowRoots ?? []) {
      lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
      walk(shadow, depth + 2);
    }
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(documentNode, 0);
  await client.detach();
  return lines.join('\n');
}

describe('pcp render output in Chromium', () => {
  let cumbriaPage;
  before(async () => {
    cumbriaPage = await render(join(root, 'demo/feeds/cumbria-2021-2025.json'), '--element', 'pcp-objectives', '--page');
  });

  for (const form of ['declarative shadow DOM', 'light DOM']) {
    it(`shows the 7 Cumbria objectives with JavaScript disabled (${form})`, async () => {
      const html = form === 'light DOM' ? await render(join(root, 'demo/feeds/cumbria-2021-2025.json'), '--element', 'pcp-objectives', '--page', '--light-dom') : cumbriaPage;
      const { page, errors } = await openHtml(html, { javaScript: false });
      const tree = await page.accessibility.snapshot();
      const headings = [];
      const collect = (node) => {
        if (node.role === 'heading' && node.level === 2) headings.push(node.name);
        for (const child of node.children ?? []) collect(child);
      };
      collect(tree);
      assert.equal(headings.length, 7, headings.join(' | '));
      for (const title of CUMBRIA_TITLES) assert.ok(headings.some((heading) => heading.includes(title)), `heading "${title}"`);
      // Content below the headings is there too, not only titles.
      assert.match(await domOutline(page), /Continue to recruit and train more police officers/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('passes axe-core as served (no element script), in both forms', async () => {
    for (const html of [cumbriaPage, await render(join(root, 'demo/feeds/cleveland-2020-21-update.json'), '--element', 'pcp-progress', '--page', '--light-dom')]) {
      const { page } = await openHtml(html);
      assert.deepEqual(await axeViolations(page, session.url), []);
      await page.close();
    }
  });

  for (const element of ['pcp-objectives', 'pcp-priority-wheel', 'pcp-budget-table', 'pcp-plan-document']) {
    it(`${element}: the element script upgrades it in place to the same DOM, once`, async () => {
      const html = await render(join(root, 'demo/feeds/cumbria-2021-2025.json'), '--element', element, '--page');
      const { page: before, errors: beforeErrors } = await openHtml(html, { javaScript: false });
      const served = await domOutline(before);
      await before.close();
      const upgraded = html.replace('</head>', '<script type="module" src="/dist/pcp-elements.js"></script></head>');
      const { page, errors } = await openHtml(upgraded);
      await page.waitForFunction((tag) => customElements.get(tag) && document.querySelector(tag).updateComplete, { polling: 50 }, element);
      await page.evaluate((tag) => document.querySelector(tag).updateComplete, element);
      const after = await domOutline(page);
      if (element === 'pcp-priority-wheel') {
        // The wheel then sizes itself to its box and fits its labels with the browser's fonts (the server
        // has neither): its geometry and line breaks (<tspan>s) change, so compare the elements and roles.
        // The server's wheel is a plain list (nothing to operate without script); the script makes it the
        // list box, with its "Show as table" button and keyboard instructions (render-no-script.test.mjs).
        // Which titles go to the key below the chart depends on those widths too, so the key is left out
        // of the comparison (wheel-layout.unit.test.ts and the browser tests check every title is
        // in its segment or in the key).
        const withoutKey = (lines) => {
          const kept = [];
          let keyDepth;
          for (const line of lines) {
            const depth = line.length - line.trimStart().length;
            if (keyDepth !== undefined && depth > keyDepth) continue;
            keyDepth = / part="key"/.test(line) ? depth : undefined;
            if (keyDepth === undefined) kept.push(line);
          }
          return kept;
        };
        const shape = (outline) =>
          withoutKey(outline.split('\n'))
            .filter((line) => line.trimStart().startsWith('<') && !line.includes('<tspan'))
            .map((line) => `${line.match(/^\s*<[a-z-]+/)[0]} ${line.match(/ role="[^"]*"/)?.[0] ?? ''}`)
            .join('\n');
        const live = { list: 'listbox', listitem: 'option' };
        const upgradedShape = (outline) => shape(outline.replace(/ role="(list|listitem)"/g, (_match, role) => ` role="${live[role]}"`));
        const scriptOnly = (outline) => outline.split('\n').filter((line) => /<button|class="instructions"/.test(line)).length;
        assert.equal(scriptOnly(served), 0);
        assert.equal(scriptOnly(after), 2);
        assert.equal(
          shape(after.split('\n').filter((line) => !/<button|class="instructions"/.test(line)).join('\n')),
          upgradedShape(served),
        );
      } else {
        assert.equal(after, served);
      }
      assert.deepEqual([...beforeErrors, ...errors], []);
      await page.close();
    });
  }

  it('keeps the server-rendered content when the CMS stripped the inline feed and the script still loads', async () => {
    const stripped = cumbriaPage
      .replace(/<script type="application\/json">[\s\S]*?<\/script>/, '')
      .replace('</head>', '<script type="module" src="/dist/pcp-elements.js"></script></head>');
    const { page, errors } = await openHtml(stripped);
    await page.waitForFunction(() => customElements.get('pcp-objectives'), { polling: 50 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = await page.evaluate(() => {
      const root = document.querySelector('pcp-objectives').shadowRoot;
      return { objectives: root.querySelectorAll('li.objective').length, error: Boolean(root.querySelector('[part~="error"]')) };
    });
    assert.deepEqual(shown, { objectives: 7, error: false });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('with the feed by address (--src) the element loads it and upgrades in place, keeping the server DOM meanwhile', async () => {
    const html = await render(join(root, 'demo/feeds/cumbria-2021-2025.json'), '--element', 'pcp-objectives', 'layout=accordion', '--src', '/demo/feeds/cumbria-2021-2025.json', '--page', '--script', '/dist/pcp-elements.js');
    assert.doesNotMatch(html, /application\/json/);
    // The feed is held back until the element has been defined, to see what shows while it loads.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const page = await session.browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      if (request.url().endsWith('/__generated__/page.html')) return request.respond({ contentType: 'text/html', body: html });
      if (request.url().endsWith('/demo/feeds/cumbria-2021-2025.json')) await held;
      return request.continue();
    });
    await page.goto(`${session.url}/__generated__/page.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => customElements.get('pcp-objectives'), { polling: 50 });
    const whileLoading = await page.evaluate(() => {
      const root = document.querySelector('pcp-objectives').shadowRoot;
      return { objectives: root.querySelectorAll('li.objective').length, loading: Boolean(root.querySelector('[part~="loading"]')) };
    });
    assert.deepEqual(whileLoading, { objectives: 7, loading: false });
    release();
    await page.waitForFunction(() => document.querySelector('pcp-objectives').loadedPlan !== undefined, { polling: 50 });
    await page.evaluate(() => document.querySelector('pcp-objectives').updateComplete);
    const toggles = await page.evaluate(() => [...document.querySelector('pcp-objectives').shadowRoot.querySelectorAll('button.toggle')].map((b) => b.getAttribute('aria-expanded')));
    assert.deepEqual(toggles, Array(7).fill('false'));
    await page.evaluate(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('button.toggle').click());
    await page.waitForFunction(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('button.toggle').getAttribute('aria-expanded') === 'true', { polling: 50 });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('after the upgrade the element works: the accordion opens from the keyboard', async () => {
    const html = await render(join(root, 'demo/feeds/cumbria-2021-2025.json'), '--element', 'pcp-objectives', 'layout=accordion', '--page', '--script', '/dist/pcp-elements.js');
    const { page, errors } = await openHtml(html);
    await page.waitForFunction(() => customElements.get('pcp-objectives') && document.querySelector('pcp-objectives').shadowRoot.querySelector('button.toggle'), { polling: 50 });
    const state = () => page.evaluate(() => [...document.querySelector('pcp-objectives').shadowRoot.querySelectorAll('button.toggle')].map((b) => b.getAttribute('aria-expanded')));
    assert.equal((await state()).length, 7, 'seven toggles, not fourteen');
    assert.ok((await state()).every((expanded) => expanded === 'false'));
    await page.evaluate(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('button.toggle').focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('pcp-objectives').shadowRoot.querySelector('button.toggle').getAttribute('aria-expanded') === 'true', { polling: 50 });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
