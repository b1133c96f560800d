// What the iframe embed page reads from its address: the element, the plan's URL, the language, the
// frame's name, and which other parameters become attributes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ELEMENTS } from '../elements.js';
import { DEFAULT_ELEMENT, EMBEDDABLE_TAGS, pickAttributes, readEmbedAddress } from './embed-address.js';

const PAGE = 'https://plans.example.org/pcp/dist/embed.html';
const read = (search: string) => readEmbedAddress(search, PAGE);

/** <pcp-objectives>'s observed attributes, as its class lists them. */
const OBJECTIVES = ['layout', 'objective', 'reading', 'src', 'timeout', 'heading-level'];

describe('readEmbedAddress', () => {
  test('the issue example: element, feed relative to the site, language, and an attribute', () => {
    const address = read('?src=/feeds/plan.json&element=pcp-objectives&layout=accordion&lang=cy');
    assert.deepEqual(address.element, { tag: 'pcp-objectives', folder: 'objectives' });
    assert.equal(address.src, 'https://plans.example.org/feeds/plan.json');
    assert.equal(address.lang, 'cy');
    assert.equal(address.id, undefined);
    assert.deepEqual(address.parameters, [['layout', 'accordion']]);
    assert.deepEqual(address.problems, []);
    assert.deepEqual(address.warnings, []);
  });

  test('a src relative to the embed page, and an absolute http one, resolve to absolute URLs', () => {
    assert.equal(read('?src=../feeds/plan.json').src, 'https://plans.example.org/pcp/feeds/plan.json');
    assert.equal(read('?src=plan.json').src, 'https://plans.example.org/pcp/dist/plan.json');
    assert.equal(read('?src=http%3A%2F%2Flocalhost%3A8080%2Fplan.json').src, 'http://localhost:8080/plan.json');
    assert.equal(read('?src=//cdn.example.net/plan.json').src, 'https://cdn.example.net/plan.json');
  });

  test('a src that is not http or https is refused, naming it', () => {
    for (const src of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:application/json,{}', 'blob:https://x/y', 'file:///etc/passwd', 'http://[bad']) {
      const address = read(`?src=${encodeURIComponent(src)}&element=pcp-objectives`);
      assert.equal(address.src, undefined, src);
      assert.deepEqual(address.problems, [{ kind: 'bad-src', value: src }], src);
    }
  });

  test('no src, or an empty one, is a problem', () => {
    assert.deepEqual(read('?element=pcp-objectives').problems, [{ kind: 'no-src' }]);
    assert.deepEqual(read('?src=%20&element=pcp-objectives').problems, [{ kind: 'no-src' }]);
  });

  test('the element by tag or folder name, in any case; the whole plan document when none is named', () => {
    assert.equal(read('?src=a.json&element=objectives').element?.tag, 'pcp-objectives');
    assert.equal(read('?src=a.json&element=PCP-Budget-Table').element?.tag, 'pcp-budget-table');
    assert.equal(read('?src=a.json').element?.tag, DEFAULT_ELEMENT);
    assert.equal(read('?src=a.json&element=').element?.tag, DEFAULT_ELEMENT);
  });

  test('an element the page cannot show (not in the registry, or the <pcp-plan> provider) is a problem', () => {
    for (const name of ['pcp-nonsense', 'script', 'pcp-plan', 'plan']) {
      const address = read(`?src=a.json&element=${name}`);
      assert.equal(address.element, undefined, name);
      assert.deepEqual(address.problems, [{ kind: 'unknown-element', value: name }]);
    }
  });

  test('every element that shows part of a plan can be embedded, and only those', () => {
    assert.deepEqual(EMBEDDABLE_TAGS, ELEMENTS.filter((element) => element.part).map((element) => element.tag));
    for (const tag of EMBEDDABLE_TAGS) assert.equal(read(`?src=a.json&element=${tag}`).element?.tag, tag);
  });

  test('both problems at once are both reported', () => {
    assert.deepEqual(read('?element=pcp-nope').problems, [{ kind: 'unknown-element', value: 'pcp-nope' }, { kind: 'no-src' }]);
  });

  test('a language that is not a language tag is ignored with a warning', () => {
    assert.equal(read('?src=a.json&lang=en-GB').lang, 'en-GB');
    const address = read('?src=a.json&lang=%22%3E%3Cscript%3E');
    assert.equal(address.lang, undefined);
    assert.match(address.warnings.join('\n'), /is not a language tag/);
  });

  test('id names the frame and is not an attribute', () => {
    const address = read('?src=a.json&id=plan-objectives');
    assert.equal(address.id, 'plan-objectives');
    assert.deepEqual(address.parameters, []);
  });

  test('other parameters keep their order, names in lower case; a repeat is ignored with a warning', () => {
    const address = read('?src=a.json&Layout=accordion&heading-level=3&layout=cards&change');
    assert.deepEqual(address.parameters, [
      ['layout', 'accordion'],
      ['heading-level', '3'],
      ['change', ''],
    ]);
    assert.match(address.warnings.join('\n'), /"layout" is given more than once/);
  });

  test('a reserved parameter given twice uses the first; one in capitals is not read', () => {
    const twice = read('?src=a.json&src=b.json');
    assert.equal(twice.src, 'https://plans.example.org/pcp/dist/a.json');
    assert.match(twice.warnings.join('\n'), /"src" is given 2 times/);
    const capitals = read('?src=a.json&SRC=javascript:alert(1)');
    assert.equal(capitals.src, 'https://plans.example.org/pcp/dist/a.json');
    assert.deepEqual(capitals.parameters, [], 'never an attribute');
    assert.match(capitals.warnings.join('\n'), /"SRC" is not read/);
  });
});

describe('pickAttributes', () => {
  test('sets only attributes the element observes', () => {
    const { parameters } = read('?src=a.json&layout=accordion&heading-level=3&bogus=1&href=https://x');
    const picked = pickAttributes(parameters, OBJECTIVES);
    assert.deepEqual(picked.set, [
      ['layout', 'accordion'],
      ['heading-level', '3'],
    ]);
    assert.deepEqual(picked.refused, [
      { name: 'bogus', reason: 'unknown' },
      { name: 'href', reason: 'unknown' },
    ]);
  });

  test('never an event handler or style, even if an element were to observe them', () => {
    const { parameters } = read('?src=a.json&onclick=alert(1)&ONLOAD=alert(2)&style=color:red&onpcp-load=x');
    const picked = pickAttributes(parameters, [...OBJECTIVES, 'onclick', 'onload', 'style', 'onpcp-load']);
    assert.deepEqual(picked.set, []);
    assert.deepEqual(picked.refused, [
      { name: 'onclick', reason: 'event-handler' },
      { name: 'onload', reason: 'event-handler' },
      { name: 'style', reason: 'style' },
      { name: 'onpcp-load', reason: 'event-handler' },
    ]);
  });

  test('src is never set from the other parameters (the page checks it itself)', () => {
    assert.deepEqual(pickAttributes([['src', 'javascript:alert(1)']], OBJECTIVES), { set: [], refused: [{ name: 'src', reason: 'unknown' }] });
  });

  test('a boolean attribute given with no value is set, empty', () => {
    const { parameters } = read('?src=a.json&change');
    assert.deepEqual(pickAttributes(parameters, ['change']).set, [['change', '']]);
  });
});
