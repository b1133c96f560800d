// Every demo page, and the two pages of dist/ a site serves (the embed and the editor), passes the W3C
// Nu HTML Checker (vnu.jar, which needs Java: without it this test fails saying what to install), twice:
// as served (the file), and as the reader's browser has it once the elements have rendered: the DOM
// serialized from Chromium, each open shadow root checked as a document of its own (test/node/vnu.mjs
// says why). The second is where the elements' content models, ARIA attributes and SVG are checked as a
// browser builds them. Errors, warnings and information all count; the messages set aside are listed,
// with their reasons, in test/node/vnu.mjs. One run of the checker.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { byKind, isSetAside, setAsideCounts, unusedSetAsides, vnuCheck, withShadowRoots } from '../node/vnu.mjs';
import { openPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  ...(await readdir(`${root}/demo`)).filter((file) => file.endsWith('.html')).map((file) => `demo/${file}`),
  ...(await readdir(`${root}/demo/plans`)).filter((file) => file.endsWith('.html')).map((file) => `demo/plans/${file}`),
  // The pages of the package a site serves itself (built by npm run build): the iframe embed and the editor.
  'dist/embed.html',
  'dist/editor/index.html',
].sort();

/** What a page is opened with, beyond its file: the embed shows the element its address names. */
const QUERY = { 'dist/embed.html': '?src=../demo/feeds/cumbria-2021-2025-bilingual.json&element=pcp-plan-document' };

/** Waits until the plan document `selector` finds has drawn the plan (its title is there). */
const documentDrawn = (page, selector) =>
  page.waitForFunction(
    (selector) => {
      const element = document.querySelector(selector);
      return element?.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]') && element.shadowRoot.querySelector('[part~="title"]');
    },
    { polling: 100, timeout: 20000 },
    selector,
  );

/** Pages that show their elements after a step of the reader's or a script's: taken before the DOM is serialized. */
const PREPARE = {
  // The embed makes its element once its script has read the address.
  'dist/embed.html': (page) => documentDrawn(page, 'pcp-plan-document'),
  // The editor's form and preview are drawn once a plan is open.
  'dist/editor/index.html': async (page) => {
    await page.select('#sample', 'cumbria-2021-2025-bilingual.json');
    await page.click('#sample-form button');
    await page.waitForFunction(() => document.getElementById('announcer')?.textContent.startsWith('Opened the sample'), { polling: 100, timeout: 20000 });
    await documentDrawn(page, '#preview-frame pcp-plan-document');
  },
  // The playground previews a feed once one is chosen.
  'demo/playground.html': async (page) => {
    await page.select('#sample', 'cleveland-2020-21-update');
    await page.waitForFunction(() => document.querySelector('#result [role="status"]'), { polling: 100, timeout: 15000 });
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('#preview *')].filter((element) => element.localName.startsWith('pcp-'));
        return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]'));
      },
      { polling: 100, timeout: 15000 },
    );
  },
};

/**
 * Run in the page: the document as the browser has it, open shadow roots (nested ones too) written as
 * declarative shadow roots, so withShadowRoots can check each as a document of its own.
 */
function serializeWithShadowRoots() {
  const roots = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      roots.push(element.shadowRoot);
      walk(element.shadowRoot);
    }
  };
  walk(document);
  const html = document.documentElement;
  const start = html.cloneNode(false).outerHTML.replace(/<\/html>$/, '');
  return `${document.doctype ? '<!doctype html>' : ''}${start}${html.getHTML({ shadowRoots: roots })}</html>`;
}

const session = useBrowser(root);
let findings = [];
let checked = [];
let seconds = { browser: 0, check: 0 };

describe('demo pages pass the W3C Nu HTML Checker', () => {
  // (In the suite, so that it runs after useBrowser's hook has started the server and browser.)
  before(async () => {
    let started = performance.now();
    const documents = [];
    for (const path of pages) documents.push({ name: `${path} (as served)`, html: await readFile(`${root}/${path}`, 'utf8') });
    // A few pages at a time: the machine's cores are shared with the checker and other tests.
    const queue = [...pages];
    const rendered = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        for (let path = queue.shift(); path; path = queue.shift()) {
          try {
            const { page, errors } = await openPage(session.browser, `${session.url}/${path}${QUERY[path] ?? ''}`);
            await PREPARE[path]?.(page);
            rendered.push({ path, html: await page.evaluate(serializeWithShadowRoots), errors });
            await page.close();
          } catch (error) {
            throw new Error(`${path}: ${error.message}`, { cause: error });
          }
        }
      }),
    );
    for (const { path, html, errors } of rendered) {
      assert.deepEqual(errors, [], `${path} loads without errors`);
      documents.push(...withShadowRoots(`${path} (rendered)`, html, { keepTemplates: false }));
    }
    checked = documents;
    seconds.browser = (performance.now() - started) / 1000;
    started = performance.now();
    findings = await vnuCheck(documents);
    seconds.check = (performance.now() - started) / 1000;
  });

  it('every page, as served and as rendered (each shadow root on its own): no findings outside the reviewed list', (t) => {
    const shadowRoots = checked.filter((document) => document.name.endsWith('(shadow root)'));
    t.diagnostic(`${pages.length} pages, ${shadowRoots.length} shadow roots, ${checked.length} documents: opened in ${seconds.browser.toFixed(1)} s, checked in ${seconds.check.toFixed(1)} s`);
    // Every page's elements were rendered and reached the check (one shadow root or more each).
    for (const path of pages) {
      assert.ok(shadowRoots.some((document) => document.name.startsWith(`${path} (rendered) › pcp-`)), `${path}: its elements' shadow roots are checked`);
    }
    assert.deepEqual(byKind(findings.filter((finding) => !isSetAside(finding))), []);
  });

  it('every message on the reviewed list said to be seen here is still given (else it comes off the list)', (t) => {
    for (const line of setAsideCounts(findings)) t.diagnostic(line);
    assert.deepEqual(unusedSetAsides('pages', findings), []);
  });
});
