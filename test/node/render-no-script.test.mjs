// What `pcp render` gives a reader before (or without) script: only what works without it. A control
// that script alone operates (a list box, a drop-down that filters, a button) is announced and reached
// like a working one, so a reader without script meets a control that does nothing. The light-DOM form
// never runs script; the declarative-shadow-DOM form runs it only once the element's script loads.
// (test/hydration.test.ts checks that the script then makes the wheel a working list box.)
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { pcp, root, parsedElements as elements, parsedAttribute as attribute } from './helpers.mjs';

const feed = (name) => join(root, 'demo/feeds', `${name}.json`);
const ALL_FEEDS = (await readdir(join(root, 'demo/feeds'))).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));

/** Roles of widgets that need script to do anything. */
const WIDGET_ROLES = new Set(['button', 'checkbox', 'combobox', 'gridcell', 'link', 'listbox', 'menu', 'menuitem', 'option', 'radio', 'searchbox', 'slider', 'spinbutton', 'switch', 'tab', 'tablist', 'textbox', 'tree', 'treeitem']);
/** States only script changes. */
const WIDGET_STATES = ['aria-selected', 'aria-expanded', 'aria-pressed', 'aria-checked', 'aria-activedescendant'];
const FORM_CONTROLS = new Set(['form', 'button', 'select', 'input', 'textarea']);


/** What in `html` would be a control nobody can operate without script, each as "<tag role=…>". */
function scriptOnlyControls(html) {
  const found = [];
  for (const element of elements(parseFragment(html))) {
    const role = attribute(element, 'role');
    const tabindex = attribute(element, 'tabindex');
    const describe = () => `<${element.tagName}${element.attrs.map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
    if (FORM_CONTROLS.has(element.tagName)) found.push(describe());
    else if (role && WIDGET_ROLES.has(role)) found.push(describe());
    else if (WIDGET_STATES.some((name) => attribute(element, name) !== undefined)) found.push(describe());
    // A tab stop is fine on a table's scroll wrapper (a wide table reached by keyboard), never on anything else.
    else if (tabindex !== undefined && Number(tabindex) >= 0 && role !== 'region' && !attribute(element, 'class')?.split(' ').includes('table-region')) found.push(describe());
  }
  return found;
}

/** The roles of the wheel's rings and segments, in document order, as "role:count" runs. */
function wheelRoles(html) {
  const runs = [];
  for (const element of elements(parseFragment(html))) {
    const role = attribute(element, 'role');
    if (!role || !['list', 'listitem', 'group', 'listbox', 'option'].includes(role)) continue;
    const last = runs.at(-1);
    if (last?.role === role) last.count += 1;
    else runs.push({ role, count: 1 });
  }
  return runs.map(({ role, count }) => `${role}:${count}`);
}

describe('pcp render without script', () => {
  it('the priority wheel is a plain list of its segments, not a list box: every feed, both rings, Welsh, both forms', async () => {
    let checked = 0;
    for (const name of ALL_FEEDS) {
      const plan = JSON.parse(await readFile(feed(name), 'utf8'));
      const objectives = plan.objectives?.length ?? 0;
      for (const rings of ['1', '2']) {
        for (const language of ['en', 'cy']) {
          for (const form of [[], ['--light-dom', '--no-style']]) {
            const { code, stdout, stderr } = await pcp('render', feed(name), '--element', 'pcp-priority-wheel', `rings=${rings}`, `lang=${language}`, ...form);
            assert.equal(code, 0, stderr);
            const where = `${name} rings=${rings} lang=${language} ${form.join(' ') || 'declarative shadow DOM'}`;
            assert.deepEqual(scriptOnlyControls(stdout), [], where);
            if (objectives === 0) continue;
            checked += 1;
            const roles = wheelRoles(stdout);
            // The chart is a group; its objectives one list of one item each.
            assert.deepEqual(roles.slice(0, 3), ['group:1', 'list:1', `listitem:${objectives}`], where);
            if (rings === '2' && roles.length > 3) {
              // The actions: a group of lists, one per objective, each item named by itself.
              assert.equal(roles[3], 'group:1', where);
              assert.deepEqual(new Set(roles.slice(4).map((run) => run.split(':')[0])), new Set(['list', 'listitem']), where);
            }
            for (const element of elements(parseFragment(stdout))) {
              if (attribute(element, 'role') === 'listitem') assert.ok(attribute(element, 'aria-label')?.trim(), `${where}: a segment without a name`);
            }
          }
        }
      }
    }
    assert.ok(checked >= ALL_FEEDS.length * 4, `${checked} wheels checked`);
  });

  it('the light-DOM form of every element keeps no control that needs script (the action plan: no filters)', async () => {
    const { RENDERABLE_ELEMENTS } = await import('../../lib/ssr/render-element.js');
    const problems = [];
    for (const name of ['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'cleveland-2020-21-update', 'barking-and-dagenham-2023-2026']) {
      for (const element of RENDERABLE_ELEMENTS) {
        const { code, stdout, stderr } = await pcp('render', feed(name), '--element', element, '--light-dom', '--no-style');
        assert.equal(code, 0, stderr);
        for (const control of scriptOnlyControls(stdout)) problems.push(`${name} ${element}: ${control}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('the no-script action plan, alone and inside the plan document, has its actions and no filters, in both forms', async () => {
    for (const element of ['pcp-action-plan', 'pcp-plan-document']) {
      for (const form of [[], ['--light-dom', '--no-style']]) {
        const where = `${element} ${form.join(' ') || 'declarative shadow DOM'}`;
        const { stdout } = await pcp('render', feed('west-cumbria-csp-2012-13'), '--element', element, ...form);
        const all = [...elements(parseFragment(stdout))];
        const actionPlan = all.find((node) => node.tagName === 'pcp-action-plan' || attribute(node, 'class')?.split(' ').includes('pcp-action-plan'));
        assert.ok(actionPlan, `${where}: no action plan`);
        const inside = [...elements(actionPlan)];
        assert.ok(inside.filter((node) => node.tagName === 'tr').length > 10, `${where}: the actions are there`);
        const filters = inside.filter((node) => ['form', 'select', 'input', 'label'].includes(node.tagName) || attribute(node, 'role') === 'search');
        assert.deepEqual(filters.map((node) => node.tagName), [], where);
        // Its tables' scroll wrappers stay tab stops: without script nothing can tell whether they scroll.
        const wrappers = inside.filter((node) => attribute(node, 'class')?.split(' ').includes('table-region'));
        assert.ok(wrappers.length > 0, `${where}: the tables have scroll wrappers`);
        assert.deepEqual(wrappers.filter((node) => attribute(node, 'tabindex') !== '0').length, 0, `${where}: every table wrapper is a tab stop`);
      }
    }
  });
});
