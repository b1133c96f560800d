/**
 * Issue 18's checklist, row by row, for every chart element on every sample feed that has data for it
 * (demo/feeds): keyboard to every mark, arrows/Home/End/Enter/Escape, `pcp-select`, a summary before
 * the chart (kind and count; the title from the heading or the summary), each mark named with its
 * value and its place ("2 of 5" from aria-posinset/aria-setsize), the visible label at the start of
 * the name, the same content as a table or list and as CSV, the selection announced once (then
 * cleared), Welsh, and server-rendered HTML with no dead controls.
 *
 * Rows with a harness of their own are tested where that harness is:
 * - forced colours (outlines and patterns): funding.browser.test.ts ("keeps every slice and its key
 *   swatch distinct in forced colours"), progress.browser.test.ts ("… in forced colours"),
 *   priority-wheel.browser.test.ts ("keeps segment edges and text visible in forced-colors mode");
 * - a pattern with every colour, none shared: the same three files (six patterns, statuses apart);
 * - contrast 3:1 marks and 4.5:1 text in both presets: test/pages/accessibility-1.test.mjs and
 *   accessibility-2.test.mjs (axe on every element and preset), priority-wheel.browser.test.ts ("meets contrast");
 * - reduced motion: priority-wheel.browser.test.ts, and progress-styles.ts animates only under
 *   `prefers-reduced-motion: no-preference`;
 * - strict CSP and Trusted Types: test/pages/demo.test.mjs ("every element runs under a strict CSP
 *   header with Trusted Types enforced").
 *
 * The server rows need `lib/` (the `pcp render` route runs bin/pcp.js): `npm run build:lib` first.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import { figureNumber } from '../format/figure.js';
import { validatePlan } from '../loader/validate-plan.js';
import type { Plan } from '../schema/plan.js';
import { inLanguage } from '../../test/helpers/languages.js';
import { recordAnnouncements, text } from '../../test/helpers/dom.js';
import { LiveRegionController } from './live-region.js';

type Chart = HTMLElement & { plan?: Plan; updateComplete: Promise<unknown> };

interface ChartCase {
  tag: 'pcp-priority-wheel' | 'pcp-funding' | 'pcp-progress';
  /** The chart, when the element draws more than one kind (progress: its bars, and each measure's columns). */
  chart?: 'series';
  /** The chart's list boxes (every list box in the element, unless it draws more than one kind). */
  listboxes?(root: ShadowRoot): Element[];
  /** The plan has marks for this chart. */
  has(plan: Plan): boolean;
  /** What the summary says the chart is, in English and in Welsh. */
  kind: RegExp;
  kindCy: RegExp;
  /** The mark's value is in its name. */
  value(name: string): boolean;
  /** The text the mark shows, which its name must begin with. */
  visible(option: Element, root: ShadowRoot): string;
  /** The table or list that gives the same content, after "Show as table" where there is one. */
  textVersion(element: Chart): Promise<Element[]>;
}

const CHARTS: ChartCase[] = [
  {
    tag: 'pcp-priority-wheel',
    has: (plan) => plan.objectives.length > 0,
    kind: /^Priority wheel of /,
    kindCy: /^Olwyn flaenoriaethau /,
    // An objective's value is its number of actions, when it has any; its title is always there.
    value: (name) => name.length > 0,
    visible: (option) => (option.querySelector('text') ? text(option.querySelector('text')!) : ''),
    async textVersion(element) {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
      await element.updateComplete;
      return [...element.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')];
    },
  },
  {
    tag: 'pcp-funding',
    has: (plan) => (plan.fundingShares ?? []).some((set) => set.shares.some((share) => figureNumber(share.percent) !== undefined)),
    kind: /^A donut chart of /,
    kindCy: /^Siart toesen o /,
    // Its figure as printed: a percentage or an amount; the rest the plan does not break down says so.
    value: (name) => /\d/.test(name) || /\brest\b/.test(name),
    // Named by its line in the list beside the donut (aria-labelledby): that line is what it shows.
    visible: (option, root) => text(root.getElementById(option.getAttribute('aria-labelledby')!)!),
    textVersion: async (element) => [...element.shadowRoot!.querySelectorAll('[part="list"] li')],
  },
  {
    tag: 'pcp-progress',
    has: (plan) => plan.objectives.some((objective) => objective.actions?.some((action) => action.status)),
    kind: /^A bar chart of /,
    kindCy: /^Siart bar o /,
    value: (name) => /\d+ of \d+ /.test(name),
    visible: (option) => text(option.querySelector('.name')!),
    textVersion: async (element) => [...element.shadowRoot!.querySelectorAll('[part="counts"]')],
    listboxes: (root) => [...root.querySelectorAll('ol.rows[role="listbox"]')],
  },
  {
    // A measure's values by period: a column chart for two or more numbers, none below zero.
    tag: 'pcp-progress',
    chart: 'series',
    has: (plan) => (plan.measures ?? []).some((measure) => seriesCharted(measure.values ?? [])),
    kind: /^A column chart of the values by period: \d+ periods, from /,
    kindCy: /^Siart colofn o’r gwerthoedd fesul cyfnod: /,
    // The period, then the figure as printed (the table's cell), then its status if it has one.
    value: (name) => name.split(', ').length >= 2,
    visible: (option) => text(option.querySelector('.period')!),
    async textVersion(element) {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="series-controls"] button')!.click();
      await element.updateComplete;
      return [...element.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')];
    },
    listboxes: (root) => [...root.querySelectorAll('[part="series"][role="listbox"]')],
  },
];

/** As progress-view.ts decides: two or more numbers, none below zero, one above. */
function seriesCharted(values: NonNullable<Plan['measures']>[number]['values'] & object): boolean {
  const numbers = values.map((point) => figureNumber(point.figure)).filter((number): number is number => number !== undefined);
  return numbers.length > 1 && Math.min(...numbers) >= 0 && Math.max(...numbers) > 0;
}

const listboxesOf = (chart: ChartCase, root: ShadowRoot) => (chart.listboxes ? chart.listboxes(root) : [...root.querySelectorAll('[role="listbox"]')]);
const caseName = (chart: ChartCase) => `<${chart.tag}>${chart.chart ? ` ${chart.chart}` : ''}`;

/** The accessible name as the element gives it: aria-label, or the text of what aria-labelledby names. */
function nameOf(node: Element, root: ShadowRoot): string {
  const ids = node.getAttribute('aria-labelledby');
  if (ids) return ids.split(' ').map((id) => text(root.getElementById(id)!)).join(' ');
  return node.getAttribute('aria-label') ?? '';
}

/** True when the node is hidden from screen readers: it or an ancestor (in its shadow root) is aria-hidden. */
const hiddenFromReaders = (node: Element) => node.closest('[aria-hidden="true"]') !== null;

async function render(tag: string, plan: Plan): Promise<Chart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const element = document.createElement(tag) as Chart;
  element.plan = plan;
  wrapper.append(element);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('[role="listbox"] [role="option"]'), `${tag} drew its marks`);
  await element.updateComplete;
  return element;
}

const activeIn = (element: Chart) => element.shadowRoot!.activeElement;
const options = (listbox: Element) => [...listbox.querySelectorAll('[role="option"]')];
const press = async (element: Chart, key: string) => {
  await sendKeys({ press: key });
  await element.updateComplete;
};

const feedNames: string[] = await (await fetch('/__test__/sample-feeds')).json();
const feeds = new Map<string, Plan>();
for (const name of feedNames) {
  const raw = await (await fetch(`/demo/feeds/${name}.json`)).json();
  feeds.set(name, validatePlan(raw, `${name}.json`) as Plan);
}

describe('chart checklist (issue 18)', () => {
  const clearAfter = LiveRegionController.clearAfter;
  before(() => {
    // Short, so the test can see the announcement cleared after it has been made.
    LiveRegionController.clearAfter = 100;
  });
  after(() => {
    LiveRegionController.clearAfter = clearAfter;
  });

  it('walks every sample feed, and each chart has some feed to walk', () => {
    expect(feedNames.length).to.be.at.least(5);
    for (const chart of CHARTS) expect([...feeds.values()].some(chart.has), chart.tag).to.equal(true);
  });

  for (const chart of CHARTS) {
    describe(caseName(chart), () => {
      // Every sample feed that has data for this chart (the first test checks there is one).
      const withData = feedNames.filter((name) => chart.has(feeds.get(name)!));
      for (const name of withData) {
        it(`${name}: keyboard, names, summary, select, announcement, table and CSV`, async () => {
          const plan = feeds.get(name)!;
          const element = await render(chart.tag, plan);
          const root = element.shadowRoot!;
          const listboxes = listboxesOf(chart, root);
          expect(listboxes.length, 'a list box of marks').to.be.at.least(1);

          // Keyboard reaches the marks: Tab lands on the first list box's one tab stop (after the
          // element's other charts and controls, when it has them).
          const before = document.createElement('button');
          element.before(before);
          before.focus();
          await press(element, 'Tab');
          for (let step = 0; step < 40 && !listboxes[0]!.contains(activeIn(element)); step += 1) await press(element, 'Tab');
          expect(activeIn(element)?.getAttribute('role'), 'Tab reaches a mark').to.equal('option');
          expect(listboxes[0]!.contains(activeIn(element))).to.equal(true);

          for (const listbox of listboxes) {
            const marks = options(listbox);
            const count = marks.length;
            expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0'), 'one tab stop per list box').to.have.length(1);
            expect(marks.every((mark) => mark.getAttribute('tabindex') !== null)).to.equal(true);

            // The summary before the chart: it names the chart (kind and count) and comes before its marks.
            const named = listbox.closest('[aria-labelledby]')!;
            const summaryNode = root.getElementById(named.getAttribute('aria-labelledby')!)!;
            const summary = text(summaryNode);
            expect(summary, 'summary: the kind of chart').to.match(chart.kind);
            expect(summary, 'summary: how many').to.contain(String(count));
            expect(summaryNode.compareDocumentPosition(marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING, 'summary before the marks').to.not.equal(0);
            // Read once: as the name, not again in the flow.
            expect(hiddenFromReaders(summaryNode), 'summary read once').to.equal(true);
            if (chart.tag !== 'pcp-priority-wheel') {
              // The title is the heading just before (the summary does not repeat it).
              const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
                (heading) => heading.compareDocumentPosition(listbox) & Node.DOCUMENT_POSITION_FOLLOWING && !listbox.contains(heading),
              );
              expect(headings.length, 'a heading before the chart').to.be.at.least(1);
              expect(summary).to.not.contain(text(headings.at(-1)!));
            }

            // Each mark: named, its visible label first, its value, its place.
            for (const [index, mark] of marks.entries()) {
              const markName = nameOf(mark, root);
              const visible = chart.visible(mark, root);
              expect(markName, `mark ${index + 1} has a name`).to.not.equal('');
              expect(markName.startsWith(visible), `"${markName}" begins with "${visible}"`).to.equal(true);
              expect(chart.value(markName), `"${markName}" has its value`).to.equal(true);
              expect([mark.getAttribute('aria-posinset'), mark.getAttribute('aria-setsize')]).to.deep.equal([String(index + 1), String(count)]);
              // The position is said once, by aria-posinset: not also in the name.
              expect(markName).to.not.contain(`${index + 1} of ${count}`);
              // The text a name is taken from is not read a second time.
              const source = mark.getAttribute('aria-labelledby');
              if (source) expect(hiddenFromReaders(root.getElementById(source)!), `"${markName}" read once`).to.equal(true);
            }

            // Arrows move through every mark and round; Home and End jump.
            (marks.find((mark) => mark.getAttribute('tabindex') === '0') as HTMLElement).focus();
            await press(element, 'Home');
            expect(activeIn(element)).to.equal(marks[0]);
            const seen = new Set<Element>();
            for (let step = 0; step < count; step += 1) {
              seen.add(activeIn(element)!);
              await press(element, step % 2 ? 'ArrowDown' : 'ArrowRight');
            }
            expect(seen.size, 'arrows reach every mark').to.equal(count);
            expect(activeIn(element), 'and come round to the first').to.equal(marks[0]);
            await press(element, 'End');
            expect(activeIn(element)).to.equal(marks[count - 1]);
            if (count > 1) {
              await press(element, 'ArrowLeft');
              expect(activeIn(element)).to.equal(marks[count - 2]);
              await press(element, 'ArrowUp');
              expect(activeIn(element)).to.equal(marks[(count - 3 + count) % count]);
            }
          }

          // Enter selects: pcp-select, the selected state, and one announcement, cleared after.
          const first = options(listboxes[0]!)[0] as HTMLElement;
          first.focus();
          await element.updateComplete;
          const regions = [...root.querySelectorAll('[aria-live]')];
          expect(regions, 'one live region').to.have.length(1);
          const said = recordAnnouncements(regions[0]!);
          const selected = oneEvent(element, 'pcp-select');
          await press(element, 'Enter');
          const detail = (await selected).detail;
          expect(detail).to.have.property('objectiveId');
          if (chart.tag === 'pcp-priority-wheel') expect(detail.objectiveId).to.equal(plan.objectives[0]!.id);
          if (chart.tag === 'pcp-funding') expect(detail.share?.set).to.equal(plan.fundingShares!.find((set) => chart.has({ ...plan, fundingShares: [set] }))!.id);
          if (chart.tag === 'pcp-progress' && !chart.chart) expect(first.dataset['key']).to.equal(`o:${detail.objectiveId}`);
          if (chart.chart === 'series') {
            // The measure and the period the column shows.
            expect(first.dataset['key']).to.equal(`m:${detail.measure!.id}:0`);
            expect(detail.measure!.period).to.equal(text(first.querySelector('.period')!));
            expect(detail.objectiveId).to.equal(undefined);
          }
          await element.updateComplete;
          expect(first.getAttribute('aria-selected')).to.equal('true');
          await waitUntil(() => said.length > 0 && text(regions[0]!) === '', 'the selection is announced, then cleared');
          expect(said, 'announced once').to.have.length(1);
          expect(said[0]).to.match(/^Selected /);

          // Escape leaves the marks for the next control (the element's own), which is not a mark.
          first.focus();
          await press(element, 'Escape');
          const after = activeIn(element);
          expect(after, 'Escape moves focus to a control').to.not.equal(null);
          expect(after!.getAttribute('role')).to.not.equal('option');
          expect(['A', 'BUTTON']).to.include(after!.tagName);

          // The same content as a table or list, and as CSV.
          const link = root.querySelector<HTMLAnchorElement>('a[download]')!;
          const csv = (await (await fetch(link.href)).text()).trim().split('\r\n');
          expect(csv.length, 'CSV: a header and rows').to.be.at.least(2);
          const rows = await chart.textVersion(element);
          expect(rows.length, 'a table or list of the same content').to.be.at.least(1);
          expect(rows.every((row) => !hiddenFromReaders(row) || chart.tag === 'pcp-funding')).to.equal(true);
          before.remove();
          await expect(element).to.be.accessible();
        });
      }

      it('in Welsh: the summary and the announcement', async () => {
        const [name, plan] = [...feeds].find(([, feed]) => chart.has(feed))!;
        const element = await inLanguage<Chart>('cy', html`<div style="width: 900px">${document.createElement(chart.tag)}</div>`);
        const chartElement = (element as unknown as HTMLElement).firstElementChild as Chart;
        chartElement.plan = plan;
        await chartElement.updateComplete;
        await waitUntil(() => chartElement.shadowRoot!.querySelector('[role="option"]'), `${name} drawn`);
        const root = chartElement.shadowRoot!;
        const listbox = listboxesOf(chart, root)[0]!;
        const named = listbox.closest('[aria-labelledby]')!;
        expect(text(root.getElementById(named.getAttribute('aria-labelledby')!)!)).to.match(chart.kindCy);
        (listbox.querySelector('[role="option"]') as HTMLElement).focus();
        const said = recordAnnouncements(root.querySelector('[aria-live]')!);
        await press(chartElement, 'Enter');
        await waitUntil(() => said.length > 0, 'announced');
        expect(said[0]).to.match(/^Dewiswyd /);
        const instructions = root.querySelector('.instructions');
        if (instructions) expect(text(instructions)).to.match(/^Defnyddiwch y bysellau saeth/);
        if (chart.chart === 'series') expect(text(root.querySelector('[part="series-controls"] button')!)).to.equal('Dangos fel tabl');
      });

      for (const name of withData) {
        it(`${name}: rendered on the server, it has no dead controls`, async function () {
          // `pcp render` starts Node for each feed: slow on a busy machine.
          this.timeout(30000);
          const response = await fetch(`/__test__/render?${new URLSearchParams({ feed: name, element: chart.tag })}`);
          expect(response.ok, await response.clone().text()).to.equal(true);
          // Parsed, not connected: the elements stay as the server wrote them (declarative shadow roots).
          const parsed = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(await response.text());
          const root = parsed.querySelector(chart.tag)!.shadowRoot!;
          expect(root, 'a declarative shadow root').to.exist;
          // A table's scrolling region is focusable without script too: the arrow keys scroll it.
          expect(root.querySelectorAll('[tabindex]:not([tabindex="-1"]):not(.table-region[role="region"])'), 'nothing focusable that does nothing').to.have.length(0);
          expect(root.querySelectorAll('[role="listbox"], [role="option"], [aria-selected], button[aria-pressed]'), 'no list box nobody can operate').to.have.length(0);
          expect(root.textContent ?? '').to.not.match(/arrow keys/i);
          if (chart.chart === 'series') {
            // The columns a drawing screen readers skip, the table of their figures always there.
            const drawn = [...root.querySelectorAll('[part="series"]')];
            expect(drawn.length, 'the columns are drawn').to.be.at.least(1);
            expect(drawn.every((columns) => columns.getAttribute('aria-hidden') === 'true')).to.equal(true);
            expect(root.querySelectorAll('table caption').length).to.be.at.least(drawn.length);
          }
          // The marks' content is still there: as text to read, or as a list.
          expect(text(root as unknown as Node).length).to.be.greaterThan(0);
        });
      }
    });
  }
});
