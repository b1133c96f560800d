// The demo pages' own markup: a tab stop on something that is not a control (a code sample that scrolls
// sideways, reached by keyboard to scroll it) is a named region, so a screen reader says what it has
// reached. (The elements' own tab stops are tested with the elements.)
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { root, parsedElements as elements, parsedAttribute as attribute } from './helpers.mjs';

const CONTROLS = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary']);

describe('demo pages', () => {
  it('every tab stop that is not a control is a region with a name', async () => {
    const pages = [
      ...(await readdir(join(root, 'demo'))).filter((name) => name.endsWith('.html')),
      ...(await readdir(join(root, 'demo/plans'))).filter((name) => name.endsWith('.html')).map((name) => `plans/${name}`),
    ];
    const problems = [];
    let regions = 0;
    for (const page of pages) {
      const all = [...elements(parse(await readFile(join(root, 'demo', page), 'utf8')))];
      for (const element of all) {
        if (attribute(element, 'tabindex') !== '0' || CONTROLS.has(element.tagName) || element.tagName.includes('-')) continue;
        const label = attribute(element, 'aria-label')?.trim();
        const labelledBy = all.find((other) => attribute(other, 'id') === attribute(element, 'aria-labelledby'));
        if (attribute(element, 'role') !== 'region' || !(label || labelledBy)) problems.push(`${page}: <${element.tagName}> has tabindex="0" and no role="region" with a name`);
        else regions += 1;
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(regions >= pages.length - 5, `${regions} named regions on ${pages.length} pages`);
  });
});
