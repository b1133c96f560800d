// Every form `pcp render` prints passes the W3C Nu HTML Checker (vnu.jar, which needs Java: without it
// this test fails saying what to install). The same renders as render-valid.test.mjs (html-validate):
// every element × variant × form on three feeds, one of them in Welsh; and every other sample feed as a
// whole light-DOM page, for what depends on the feed's data (addresses, dates, telephone numbers). Each
// declarative shadow root is checked as a document of its own as well (test/node/vnu.mjs says why).
// Errors, warnings and information all count; the messages set aside are listed, with their reasons, in
// vnu.mjs. One run of the checker for everything: the JVM starts once.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { RENDER_CASES, RENDER_FORMS, inPage, renderCount, renderEveryForm, root } from './helpers.mjs';
import { byKind, isSetAside, setAsideCounts, unusedSetAsides, vnuCheck, withShadowRoots } from './vnu.mjs';

/** Every other sample feed (and the bilingual one in English), as a whole page in light DOM. */
const otherFeeds = (await readdir(`${root}/demo/feeds`))
  .map((file) => file.replace(/\.json$/, ''))
  .filter((feed) => !RENDER_CASES.some(([name, options]) => name === feed && !options.length))
  .map((feed) => [feed, []]);
const LIGHT_PAGE = { 'page, light DOM': RENDER_FORMS['page, light DOM'] };

/** Documents with known problems, checked in the same run: the check must report them. */
const CANARIES = [
  {
    // Inside a declarative shadow root, where the checker does not look unless the root is checked on its own.
    name: 'canary: shadow root',
    html: inPage('<x-host><template shadowrootmode="open"><ul><div>not a list item</div></ul><p aria-hidden="maybe">x</p></template></x-host>', 'x-host', 'en'),
  },
  {
    // A message set aside in a shadow root is not set aside in a page.
    name: 'canary: page',
    html: inPage('<section><p>a section with no heading</p></section>', 'x', 'en'),
  },
];

let findings = [];
let documents = 0;
let rendered = 0;
let seconds = { render: 0, check: 0 };

before(async () => {
  let started = performance.now();
  const checked = CANARIES.flatMap(({ name, html }) => withShadowRoots(name, html));
  for (const [cases, forms] of [
    [RENDER_CASES, RENDER_FORMS],
    [otherFeeds, LIGHT_PAGE],
  ]) {
    for await (const { html, label } of renderEveryForm(cases, forms)) {
      rendered += 1;
      checked.push(...withShadowRoots(label, html));
    }
  }
  documents = checked.length;
  seconds.render = (performance.now() - started) / 1000;
  started = performance.now();
  findings = await vnuCheck(checked);
  seconds.check = (performance.now() - started) / 1000;
});

describe('pcp render prints HTML the W3C Nu HTML Checker passes', () => {
  it('the check reports problems inside declarative shadow roots, and sets aside only where its list says', () => {
    const inShadowRoot = findings.filter((finding) => finding.document === 'canary: shadow root › x-host (shadow root)').map((finding) => finding.message);
    assert.ok(inShadowRoot.some((message) => /^Element “div” not allowed as child of element “ul”/.test(message)), inShadowRoot.join('\n'));
    assert.ok(inShadowRoot.some((message) => /^Bad value “maybe” for attribute “aria-hidden”/.test(message)), inShadowRoot.join('\n'));
    const inPageFindings = findings.filter((finding) => finding.document === 'canary: page');
    assert.ok(inPageFindings.some((finding) => /^Section lacks heading/.test(finding.message) && !isSetAside(finding)), inPageFindings.map((f) => f.message).join('\n'));
  });

  it('every element, form, variant and language, and every sample feed: no findings outside the reviewed list', async (t) => {
    assert.equal(rendered, (await renderCount()) + (await renderCount(otherFeeds, LIGHT_PAGE)));
    t.diagnostic(`${rendered} renders, ${documents} documents with their shadow roots: rendered in ${seconds.render.toFixed(1)} s, checked in ${seconds.check.toFixed(1)} s`);
    const problems = findings.filter((finding) => !finding.document.startsWith('canary:') && !isSetAside(finding));
    assert.deepEqual(byKind(problems), []);
  });

  it('every message on the reviewed list said to be seen here is still given (else it comes off the list)', (t) => {
    for (const line of setAsideCounts(findings.filter((finding) => !finding.document.startsWith('canary:')))) t.diagnostic(line);
    assert.deepEqual(unusedSetAsides('renders', findings.filter((finding) => !finding.document.startsWith('canary:'))), []);
  });
});
