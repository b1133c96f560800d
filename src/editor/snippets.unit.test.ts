/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planOutline } from './outline.js';
import { scopePreset } from './preset.js';
import { embedSnippets } from './snippets.js';

describe('embedSnippets', () => {
  const snippets = embedSnippets({ tag: 'pcp-objectives', feedUrl: '/feeds/plan.json', distUrl: 'https://www.example.gov.uk/pcp', planTitle: 'Plan "A" & B', partName: 'Objectives' });
  test('script and tag, as the README writes them', () => {
    assert.equal(snippets.script, '<script type="module" src="https://unpkg.com/pcp-elements/dist/autoloader.js"></script>\n<pcp-objectives src="/feeds/plan.json"></pcp-objectives>');
  });
  test('the WordPress plugin\'s shortcode: element without pcp-', () => {
    assert.equal(snippets.shortcode, '[pcp element="objectives" src="/feeds/plan.json"]');
  });
  test('the iframe page, titled for screen readers, with the title escaped', () => {
    assert.match(snippets.iframe, /^<iframe title="Plan &quot;A&quot; &amp; B: Objectives"\n {2}src="https:\/\/www\.example\.gov\.uk\/pcp\/embed\.html\?src=\/feeds\/plan\.json&amp;element=pcp-objectives"/);
    assert.match(snippets.iframe, /<script src="https:\/\/www\.example\.gov\.uk\/pcp\/embed-host\.js"><\/script>$/);
  });
});

describe('planOutline', () => {
  test('objectives and the levels below them, named by the plan\'s own levels', () => {
    const outline = planOutline({
      levels: [{ singular: 'Pillar' }, { singular: { en: 'Priority', cy: 'Blaenoriaeth' } }],
      objectives: [{ number: 'A', title: 'Safer', children: [{ title: { en: 'Roads', cy: 'Ffyrdd' } }] }, { title: 'Fairer' }],
    });
    assert.deepEqual(
      outline.map((item) => [item.label, item.path, item.children.map((child) => [child.label, child.path])]),
      [
        ['Pillar A: Safer', ['objectives', 0], [['Priority 1: Roads', ['objectives', 0, 'children', 0]]]],
        ['Pillar 2: Fairer', ['objectives', 1], []],
      ],
    );
    assert.deepEqual(planOutline({}), []);
    assert.equal(planOutline({ objectives: [{}] })[0]?.label, 'Objective 1');
  });
});

describe('scopePreset', () => {
  test('the preset\'s :root rules apply inside the preview only, media queries included', () => {
    assert.equal(scopePreset(':root { --a: 1; }\n@media (min-width: 40em) { :root { --a: 2; } }', '.preset-govuk'), '.preset-govuk { --a: 1; }\n@media (min-width: 40em) { .preset-govuk { --a: 2; } }');
  });
});
