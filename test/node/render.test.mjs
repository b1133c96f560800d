// `pcp render`: server-rendered HTML for pages that must show the plan without JavaScript. The output
// is checked as HTML (html-validate's standard and document rules) and for what a reader gets;
// test/pages/render.test.mjs opens it in Chromium, with scripts off and on.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pcp, root, useTempDir, parsedElements as elements } from './helpers.mjs';
import { HtmlValidate } from 'html-validate';
import { parseFragment } from 'parse5';

const feed = (name) => join(root, 'demo/feeds', `${name}.json`);
const FEEDS = ['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'cambridgeshire-2016-framework', 'cambridgeshire-peterborough-2021-2024', 'cleveland-2020-21-update'];
// html-validate's rules for valid, well-formed documents. (Its SRI rule is about where a page loads
// scripts from, which is the page author's decision, not the rendered HTML's.)
const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'], rules: { 'require-sri': 'off' } });


async function htmlProblems(html) {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} at ${message.line}:${message.column}: ${message.message}`));
}

const classOf = (element) => element.attrs.find((attribute) => attribute.name === 'class')?.value ?? '';

const temp = useTempDir('pcp-render-');

describe('pcp render', () => {
  it('prints <pcp-objectives> with its shadow DOM declared in HTML and the feed inline, in comments', async () => {
    const { code, stdout, stderr } = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', 'heading-level=3');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<pcp-objectives [^>]*heading-level="3"/);
    const tree = parseFragment(stdout);
    const all = [...elements(tree)];
    assert.equal(all.filter((element) => element.tagName === 'template' && element.attrs.some((a) => a.name === 'shadowrootmode' && a.value === 'open')).length, 1);
    const objectives = all.filter((element) => element.tagName === 'li' && classOf(element) === 'objective');
    assert.equal(objectives.length, 7);
    assert.equal(all.filter((element) => element.tagName === 'h3').length, 7);
    // The inline feed is the plan itself, inside a comment: the element reads it when the script arrives.
    const script = all.find((element) => element.tagName === 'script');
    assert.equal(script.attrs.find((a) => a.name === 'type').value, 'application/json');
    const [, json] = /^<!--([\s\S]*)-->$/.exec(script.childNodes[0].value);
    assert.deepEqual(JSON.parse(json), JSON.parse(await readFile(feed('cumbria-2021-2025'), 'utf8')));
    // So is the stylesheet: CSS skips `<!--` and `-->`, and a CMS that strips the tags leaves a comment.
    const style = all.find((element) => element.tagName === 'style');
    assert.match(style.childNodes[0].value, /^<!--:host\{[\s\S]*\}-->$/);
    assert.ok(!stdout.includes('<?>'), 'Lit markers are written as valid comments');
    assert.equal(stdout.trimEnd().includes('\n'), false, 'one line');
  });

  it('prints a whole page that is valid HTML, with the element script when asked', async () => {
    const { code, stdout } = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--page', '--script', '/dist/pcp-elements.js');
    assert.equal(code, 0);
    assert.match(stdout, /^<!doctype html>/);
    assert.match(stdout, /<h1>Police and Crime Plan 2021-2025<\/h1>/);
    assert.match(stdout, /<script type="module" src="\/dist\/pcp-elements.js"><\/script>/);
    assert.deepEqual(await htmlProblems(stdout), []);
  });

  it('renders every element on every sample feed as valid HTML, in both forms', async () => {
    // In this process (the CLI around it is tested above): 15 elements × 5 feeds × 2 forms.
    const { RENDERABLE_ELEMENTS, renderElement, styleElement, compactHtml } = await import('../../lib/ssr/render-element.js');
    const { toLightDom } = await import('../../lib/ssr/light-dom.js');
    const { planFromText } = await import('../../lib/loader/load-plan.js');
    // The page's <h1>, except around the whole-plan document, whose title is the <h1>.
    const page = (body, element) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${element === 'pcp-plan-document' ? '' : '<h1>t</h1>'}${body}</main></body></html>`;
    const problems = [];
    let rendered = 0;
    for (const name of FEEDS) {
      const plan = planFromText(await readFile(feed(name), 'utf8'));
      for (const element of RENDERABLE_ELEMENTS) {
        const html = await renderElement(element, plan, {});
        const light = toLightDom(html, 'abc123');
        for (const [form, body] of [['shadow', html], ['light', compactHtml(`${styleElement(light.css)}${light.html}`)]]) {
          rendered += 1;
          for (const problem of await htmlProblems(page(body, element))) problems.push(`${name} ${element} ${form}: ${problem}`);
          if (/class="pcp-error"/.test(body)) problems.push(`${name} ${element} ${form}: shows an error`);
        }
        if (!html.includes('shadowrootmode="open"')) problems.push(`${name} ${element}: no declarative shadow root`);
      }
    }
    assert.equal(rendered, FEEDS.length * RENDERABLE_ELEMENTS.length * 2);
    assert.deepEqual(problems, []);
  });

  it('can render every element that has a module (all but the <pcp-plan> provider)', async () => {
    const { RENDERABLE_ELEMENTS } = await import('../../lib/ssr/render-element.js');
    const { readdir, stat } = await import('node:fs/promises');
    const folders = [];
    for (const folder of await readdir(join(root, 'src'))) {
      if (await stat(join(root, 'src', folder, 'define.ts')).catch(() => false)) folders.push(`pcp-${folder}`);
    }
    assert.deepEqual([...RENDERABLE_ELEMENTS].sort(), folders.filter((tag) => tag !== 'pcp-plan').sort());
  });

  it('renders in the language of the element\'s lang attribute, from a bilingual feed', async () => {
    const { code, stdout } = await pcp('render', feed('cumbria-2021-2025-bilingual'), '--element', 'pcp-plan-summary', 'lang=cy', '--page');
    assert.equal(code, 0);
    assert.match(stdout, /<html lang="cy">/);
    assert.match(stdout, /<h1>Cynllun Heddlu a Throseddu 2021-2025<\/h1>/);
    const shown = stdout.replace(/<!--[^>]*-->/g, '');
    assert.match(shown, /<dt>Cyhoeddwyd gan<\/dt>/);
    assert.match(shown, /<dd>7 amcan<\/dd>/);
    assert.deepEqual(await htmlProblems(stdout), []);
  });

  it('renders the whole-plan document in Welsh, the elements inside it included', async () => {
    const { code, stdout } = await pcp('render', feed('cumbria-2021-2025-bilingual'), '--element', 'pcp-plan-document', 'lang=cy');
    assert.equal(code, 0);
    const shown = stdout.replace(/<style>[^<]*<\/style>|<!--[^>]*-->/g, '');
    assert.match(shown, /Lawrlwytho CSV/);
    assert.match(shown, /Cyfanswm/);
    assert.doesNotMatch(shown, />\s*Download CSV\s*</);
  });

  it('warns when the element shows its empty state (the feed has no such part)', async () => {
    const { code, stderr } = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-progress');
    assert.equal(code, 0);
    assert.match(stderr, /warning: <pcp-progress> shows its empty state: "This plan reports no progress yet\."/);
  });

  it('--light-dom keeps the feed\'s own links and ids, and a scrolling table reachable by keyboard', async () => {
    const plan = JSON.parse(await readFile(feed('cumbria-2021-2025'), 'utf8'));
    plan.links = [{ label: 'The plan as a PDF', url: 'https://example.gov.uk/pcp-plan-2021.pdf' }];
    const file = join(temp.path, 'links.json');
    await writeFile(file, JSON.stringify(plan));
    const document = await pcp('render', file, '--element', 'pcp-plan-document', '--light-dom', '--no-style');
    assert.match(document.stdout, /href="https:\/\/example\.gov\.uk\/pcp-plan-2021\.pdf"/);
    assert.match(document.stdout, /id="crime-and-the-causes-of-crime"/);
    const budget = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-budget-table', '--light-dom', '--no-style');
    assert.match(budget.stdout, /<div[^>]*role="region"[^>]*tabindex="0"|<div[^>]*tabindex="0"[^>]*role="region"/);
    assert.doesNotMatch(budget.stdout, /tabindex="-1"/);
  });

  it('--light-dom prints plain HTML with its stylesheet: no template, script, button, comment or handler', async () => {
    const { code, stdout } = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--light-dom', 'layout=accordion');
    assert.equal(code, 0);
    // The <style> in a comment, in a <div> of its own (see render-kses.test.mjs for why).
    assert.match(stdout, /^<div class="pcp-stylesheet"><style><!--\.pcp-objectives\{/);
    const body = stdout.slice(stdout.indexOf('</style></div>') + '</style></div>'.length);
    assert.doesNotMatch(body, /<template|<script|<button|<!--|<style|\son[a-z]+=/i);
    const all = [...elements(parseFragment(body))];
    const root = all[0];
    assert.equal(root.tagName, 'div');
    assert.equal(classOf(root), 'pcp-static pcp-objectives');
    assert.equal(root.attrs.find((a) => a.name === 'data-layout').value, 'accordion');
    // Accordion panels are open: nothing is hidden from a reader without script.
    assert.ok(all.every((element) => !element.attrs.some((a) => a.name === 'hidden')));
    assert.equal(all.filter((element) => classOf(element) === 'objective').length, 7);
  });

  it('--light-dom gives the ids it generates a suffix, so two renders on one page do not clash', async () => {
    const first = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-budget-table', '--light-dom', '--no-style');
    const second = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-budget-table', '--light-dom', '--no-style', 'heading-level=3');
    const ids = (html) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(ids(first.stdout).length > 0);
    assert.ok(ids(first.stdout).every((id) => /^pcp-budget-\d+-.*[0-9a-f]{6}/.test(id) || !id.startsWith('pcp-')), ids(first.stdout).join(' '));
    assert.deepEqual(ids(first.stdout).filter((id) => ids(second.stdout).includes(id)), []);
    assert.doesNotMatch(first.stdout, /<style>/);
    // Every reference points at an id in the same output.
    for (const [, reference] of first.stdout.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)) {
      for (const id of reference.split(' ')) assert.ok(ids(first.stdout).includes(id), `${id} is referenced but missing`);
    }
  });

  it('--style-only prints just the scoped CSS', async () => {
    const { code, stdout } = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-progress', '--light-dom', '--style-only');
    assert.equal(code, 0);
    assert.match(stdout, /^@keyframes pcp-progress-grow\{.*\}\.pcp-progress\{&\{/);
    assert.match(stdout, /animation: pcp-progress-grow /, 'the animation uses the renamed keyframes');
    assert.doesNotMatch(stdout, /:host|<|>\s*</);
  });

  it('references the feed by address (--src, src=, or the URL it was given); --inline-feed puts it inline', async () => {
    const text = await readFile(feed('cumbria-2021-2025'), 'utf8');
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(text);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/feeds/plan.json`;
    try {
      const cases = [
        [[feed('cumbria-2021-2025'), '--src', '/feeds/plan.json'], '/feeds/plan.json'],
        [[feed('cumbria-2021-2025'), 'src=/feeds/plan.json'], '/feeds/plan.json'],
        [[feed('cumbria-2021-2025')], undefined],
        [[url], url],
        [[url, '--src', 'https://example.gov.uk/plan.json?a=1&b=2'], 'https://example.gov.uk/plan.json?a=1&b=2'],
        [[url, '--inline-feed'], undefined],
      ];
      const shadows = new Set();
      for (const [args, src] of cases) {
        const { code, stdout, stderr } = await pcp('render', ...args, '--element', 'pcp-objectives');
        assert.equal(code, 0, stderr);
        const host = parseFragment(stdout).childNodes[0];
        assert.equal(host.attrs.find((a) => a.name === 'src')?.value, src, args.join(' '));
        assert.equal(stdout.includes('<script type="application/json">'), src === undefined, args.join(' '));
        shadows.add(stdout.slice(stdout.indexOf('<template'), stdout.indexOf('</template>')));
      }
      assert.equal(shadows.size, 1, 'the same server render, wherever the feed is');
    } finally {
      server.close();
    }
  });

  it('--light-dom --stylesheet links the stylesheet instead; with --page, in the head', async () => {
    const fragment = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--light-dom', '--stylesheet', '/css/pcp "objectives".css');
    assert.equal(fragment.code, 0, fragment.stderr);
    assert.match(fragment.stdout, /^<link rel="stylesheet" href="\/css\/pcp &quot;objectives&quot;\.css"><div class="pcp-static pcp-objectives"/);
    assert.doesNotMatch(fragment.stdout, /<style/);
    const page = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--light-dom', '--stylesheet', '/css/pcp.css', '--page');
    assert.match(page.stdout, /<head>.*<link rel="stylesheet" href="\/css\/pcp\.css">.*<\/head>/);
    assert.deepEqual(await htmlProblems(page.stdout), []);
  });

  it('--light-dom leaves out what a sanitiser would break or show twice; a figure and its spoken copy stay apart', async () => {
    // CSV downloads are data: links, which WordPress's kses turns into broken relative links.
    const actions = await pcp('render', feed('west-cumbria-csp-2012-13'), '--element', 'pcp-action-plan', '--light-dom', '--no-style');
    assert.doesNotMatch(actions.stdout, /data:|download|<form|<select|<input|<option/);
    const wheel = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-priority-wheel', '--light-dom', '--no-style');
    assert.doesNotMatch(wheel.stdout, /data:|class="controls"|aria-live/);
    // Unstyled (kses removes the <style>), "−£5,260,984minus £5,260,984" would run together.
    const budget = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-budget-table', '--light-dom', '--no-style');
    assert.match(budget.stdout, /<span aria-hidden="true">−£5,260,984<\/span> <span class="visually-hidden spoken">minus £5,260,984<\/span>/);
    // A section named by a hidden copy of its element's own heading is named with aria-label: unstyled, the name would show twice.
    const document = await pcp('render', feed('cumbria-2021-2025'), '--element', 'pcp-plan-document', '--light-dom', '--no-style');
    assert.match(document.stdout, /<section class="doc-section own-heading"[^>]* aria-label="Monitoring the plan"><div class="pcp-monitoring"/);
    assert.equal(document.stdout.match(/>Monitoring the plan</g).length, 2, 'in the contents and as the section heading');
    for (const [, reference] of document.stdout.matchAll(/aria-labelledby="([^"]+)"/g)) assert.match(document.stdout, new RegExp(`id="${reference}"`));
  });

  it('keeps hostile feed text inert: escaped in the HTML and unable to end the inline script', async () => {
    const plan = JSON.parse(await readFile(feed('cumbria-2021-2025'), 'utf8'));
    const payload = '</script><script>alert(1)</script><!-- --> <img src=x onerror=alert(2)>';
    plan.title = payload;
    plan.objectives[0].title = payload;
    const file = join(temp.path, 'hostile.json');
    await writeFile(file, JSON.stringify(plan));
    for (const form of [[], ['--light-dom']]) {
      const { code, stdout } = await pcp('render', file, '--element', 'pcp-objectives', '--page', ...form);
      assert.equal(code, 0);
      const all = [...elements(parseFragment(stdout))];
      assert.equal(all.filter((element) => element.tagName === 'img').length, 0, 'no <img> element');
      const scripts = all.filter((element) => element.tagName === 'script');
      assert.ok(scripts.every((script) => script.attrs.some((a) => a.name === 'type' && a.value === 'application/json')), 'no executable script');
      assert.equal(scripts.length, form.length ? 0 : 1);
      assert.ok(stdout.includes('&lt;/script&gt;&lt;script&gt;alert(1)'), 'the payload shows as text');
      assert.deepEqual(await htmlProblems(stdout), []);
    }
  });

  it('says what is wrong, with exit 1 for an invalid feed and 2 for a usage mistake', async () => {
    const plan = JSON.parse(await readFile(feed('cumbria-2021-2025'), 'utf8'));
    plan.objectives[2].actions[0].status = 'done';
    const file = join(temp.path, 'invalid.json');
    await writeFile(file, JSON.stringify(plan));
    const invalid = await pcp('render', file, '--element', 'pcp-objectives');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /invalid\.json: \/objectives\/2\/actions\/0\/status: expected one of/);
    assert.equal(invalid.stdout, '');

    const cases = [
      [['render', feed('cumbria-2021-2025')], /name the element with --element/],
      [['render', '--element', 'pcp-objectives'], /name the feed/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-nope'], /"pcp-nope" is not an element it can render\. One of: pcp-action-plan/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--src', '/x.json', '--inline-feed'], /--src and --inline-feed are alternatives/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--src', '/x.json', '--light-dom'], /go without --light-dom/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--stylesheet', '/x.css'], /go with --light-dom/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--light-dom', '--stylesheet', '/x.css', '--no-style'], /--stylesheet and --no-style are alternatives/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--src'], /--src needs a value/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', 'onclick=alert(1)'], /the "onclick" attribute cannot be rendered/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', 'Bad"Name=1'], /is not an attribute name/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--script', '/x.js'], /--script goes with --page/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--no-style'], /go with --light-dom/],
      [['render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--frobnicate'], /unknown option --frobnicate/],
    ];
    for (const [args, message] of cases) {
      const result = await pcp(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
    }
    const missing = await pcp('render', join(temp.path, 'missing.json'), '--element', 'pcp-objectives');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /missing\.json: no such file/);
  });
});
