// Sectioning elements that assistive technology lists (articles, regions) each have a name of their
// own in what `pcp render` prints, so a reader moving by landmark or article can tell them apart.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { pcp, root, parsedElements as elements, parsedAttribute as attribute } from './helpers.mjs';

const feed = (name) => join(root, 'demo/feeds', `${name}.json`);

const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join('')).replace(/\s+/g, ' ').trim();

describe('pcp render names its articles', () => {
  for (const element of ['pcp-foreword', 'pcp-plan-document']) {
    for (const form of [[], ['--light-dom', '--no-style']]) {
      it(`each foreword of <${element}> is an article named by its heading (${form.join(' ') || 'declarative shadow DOM'})`, async () => {
        // Cumbria's plan has two forewords (the commissioner's and the chief constable's).
        const { code, stdout, stderr } = await pcp('render', feed('cumbria-2021-2025'), '--element', element, ...form);
        assert.equal(code, 0, stderr);
        const all = [...elements(parseFragment(stdout))];
        const articles = all.filter((node) => node.tagName === 'article');
        assert.ok(articles.length >= 2, `${articles.length} articles`);
        const names = articles.map((article) => {
          const ids = attribute(article, 'aria-labelledby')?.split(/\s+/) ?? [];
          assert.equal(ids.length, 1, 'named by one element');
          const [label, ...more] = all.filter((node) => attribute(node, 'id') === ids[0]);
          assert.equal(more.length, 0, `the id ${ids[0]} is unique`);
          assert.match(label.tagName, /^h[1-6]$/, 'by its heading');
          assert.ok([...elements(article)].includes(label), 'its own heading');
          return textOf(label);
        });
        assert.ok(names.every(Boolean), names.join(' | '));
        assert.equal(new Set(names).size, names.length, names.join(' | '));
      });
    }
  }
});
