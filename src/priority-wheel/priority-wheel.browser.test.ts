import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import { pointInSector } from './fit-label.js';
import { generatedObjectives, OBJECTIVE_COUNTS, VARIANTS } from './wheel-fixtures.js';
import { wheelSize } from './wheel-layout.js';
import type { PcpPriorityWheel } from './pcp-priority-wheel.js';
import type { PcpPlan } from '../plan/pcp-plan.js';
import type { Plan } from '../schema/plan.js';
import { contrast } from '../../test/helpers/contrast.js';
import { loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan, SAMPLE_FEEDS } from '../../test/fixtures/plans.js';


async function renderAt(plan: Plan, width: number, attributes = ''): Promise<PcpPriorityWheel> {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width: ${width}px"><pcp-priority-wheel ${attributes}></pcp-priority-wheel></div>`);
  const element = wrapper.querySelector('pcp-priority-wheel')!;
  element.plan = plan;
  await element.updateComplete;
  // The chart sizes itself to its box once the ResizeObserver reports: wait until the drawing matches the box.
  await waitUntil(() => {
    const svg = element.shadowRoot!.querySelector('svg');
    const box = element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]');
    return svg !== null && box !== null && Number(svg.getAttribute('width')) === wheelSize(Math.floor(box.clientWidth));
  }, 'the chart was drawn at its box size');
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: PcpPriorityWheel, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = SVGGElement>(element: PcpPriorityWheel, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
/** What a segment shows: its lines joined by spaces. */
/** The objectives' segments (the first ring). */
const options = (element: PcpPriorityWheel) => [...$(element, '[role="listbox"]').querySelectorAll<SVGGElement>(':scope > [role="option"]')];

/** Made-up plans of n objectives with long titles. */
function plansOf(count: number): Plan {
  return minimalPlan({
    objectives: Array.from({ length: count }, (_, index) => ({
      id: `objective-${index + 1}`,
      number: index + 1,
      title: `${['Preventing offending and reducing reoffending across the whole county', 'Victims', 'A visible and effective police presence in every community'][index % 3]}`,
      actions: Array.from({ length: (index % 4) + 1 }, (_, a) => ({ text: `Action ${a + 1}` })),
    })),
  });
}

/**
 * Every label's box lies inside its own segment (labels never overflow, so never collide). Every
 * segment has one, unless `labelledOnly` (a plan that numbers nothing has no number to fall back on).
 */
function expectLabelsInside(element: PcpPriorityWheel, { labelledOnly = false } = {}): void {
  for (const option of options(element)) {
    const [start, end, inner, outer] = option.dataset['sector']!.split(' ').map(Number) as [number, number, number, number];
    const label = option.querySelector<SVGTextElement>('text');
    if (!labelledOnly) expect(label, `${option.getAttribute('aria-label')} has a visible label`).to.exist;
    if (!label) continue;
    const box = label.getBBox();
    // Points along all four edges (the inner edge of a segment curves, so corners alone are not enough).
    const points: Array<[number, number]> = [];
    for (let t = 0; t <= 1; t += 0.1) {
      points.push([box.x + box.width * t, box.y], [box.x + box.width * t, box.y + box.height], [box.x, box.y + box.height * t], [box.x + box.width, box.y + box.height * t]);
    }
    for (const [x, y] of points) {
      expect(pointInSector(x, y, { startAngle: start, endAngle: end, innerRadius: inner, outerRadius: outer }, 1), `${option.getAttribute('aria-label')} at (${x.toFixed(1)}, ${y.toFixed(1)})`).to.equal(true);
    }
  }
}

describe('<pcp-priority-wheel>', () => {
  let cambs: Plan;
  let cumbria: Plan;
  before(async () => {
    cambs = await loadFeed('cambridgeshire-peterborough-2021-2024');
    cumbria = await loadFeed('cumbria-2021-2025');
  });

  it('draws the Cambridgeshire and Peterborough themes round the strapline', async () => {
    const element = await renderAt(cambs, 900);
    expect(options(element)).to.have.length(5);
    expect(text($(element, '.centre'))).to.equal('Tackling crime and keeping communities safe');
    expect(options(element).map((option) => option.getAttribute('aria-label'))).to.deep.equal([
      'Putting communities first, 8 actions',
      'Crime prevention, 9 actions',
      'Supporting victims and witnesses, 7 actions',
      'Ethical policing, 8 actions',
      'Robust enforcement, 7 actions',
    ]);
    // The position is said once, from aria-posinset and aria-setsize ("1 of 5"), not also in the name.
    expect(options(element).map((option) => `${option.getAttribute('aria-posinset')} of ${option.getAttribute('aria-setsize')}`)).to.deep.equal(
      ['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5'],
    );
    expect(options(element).map((option) => text(option.querySelector('text')!))).to.deep.equal([
      'Putting communities first',
      'Crime prevention',
      'Supporting victims and witnesses',
      'Ethical policing',
      'Robust enforcement',
    ]);
    const svg = $(element, 'svg');
    // The summary is read once, as the chart's name: not a paragraph and then the chart described by it again.
    expect(svg.hasAttribute('aria-describedby')).to.equal(false);
    expect(svg.hasAttribute('aria-label')).to.equal(false);
    const summary = element.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!;
    expect(text(summary)).to.equal(
      'Priority wheel of Police and Crime Plan 2021 to 2024: "Tackling crime and keeping communities safe" at the centre, with 5 themes around it.',
    );
    expect(summary.getAttribute('aria-hidden')).to.equal('true');
    expect($$(element, '.visually-hidden').filter((node) => text(node) === text(summary))).to.have.length(1);
    // The summary comes before the chart's segments, as its name.
    expect(summary.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  for (const name of SAMPLE_FEEDS) {
    it(`draws one named segment per objective of ${name}, each label inside its segment`, async () => {
      const plan = await loadFeed(name);
      const element = await renderAt(plan, 600);
      expect(options(element)).to.have.length(plan.objectives.length);
      for (const [index, option] of options(element).entries()) {
        const objective = plan.objectives[index]!;
        const visible = option.querySelector('text') ? text(option.querySelector('text')!) : '';
        // An unnumbered objective too small for its title shows nothing rather than a number the plan does not give.
        if (objective.number !== undefined) expect(visible).to.not.equal('');
        else if (visible) expect([objective.title, objective.shortTitle]).to.include(visible);
        // Voice control users say what they see: the accessible name starts with the visible label.
        expect(option.getAttribute('aria-label')!.startsWith(visible), `${visible} / ${option.getAttribute('aria-label')}`).to.equal(true);
        expect(option.getAttribute('aria-label')).to.contain(objective.title);
        expect(option.getAttribute('aria-posinset')).to.equal(String(index + 1));
      }
      expectLabelsInside(element, { labelledOnly: true });
    });
  }

  for (const width of [280, 600, 1200]) {
    for (const count of [3, 12]) {
      it(`fits ${count} objectives with long titles at ${width}px: no label leaves its segment, no overflow`, async () => {
        const element = await renderAt(plansOf(count), width);
        expect(options(element)).to.have.length(count);
        expectLabelsInside(element);
        expect(element.scrollWidth).to.be.at.most(width);
        const svg = $(element, 'svg').getBoundingClientRect();
        // The chart fills its box up to 36rem (576px); the detail panel takes the rest of a wide page.
        expect(svg.width).to.be.closeTo(Math.min(width, 576), 1);
        expect(Number($(element, 'svg').getAttribute('width'))).to.equal(wheelSize(Math.min(width, 576)));
        // Every segment shows its title, or its number and has its title in the key.
        const keyed = $$(element, '[part="key"] li').map((item) => item.dataset['objective']);
        for (const option of options(element)) {
          const lines = [...option.querySelectorAll('tspan')];
          if (lines.length <= 1) expect(keyed, option.getAttribute('aria-label')!).to.include(option.dataset['objective']);
        }
      });
    }
  }

  it('labels every Cambridgeshire and Peterborough theme (unnumbered) at 375px, and at 280px lists in the key what does not fit', async () => {
    const titles = ['Putting communities first', 'Crime prevention', 'Supporting victims and witnesses', 'Ethical policing', 'Robust enforcement'];
    const wide = await renderAt(cambs, 375);
    expect(options(wide).map((option) => (option.querySelector('text') ? text(option.querySelector('text')!) : ''))).to.deep.equal(titles);
    expect(wide.shadowRoot!.querySelector('[part="key"]')).to.equal(null);
    const narrow = await renderAt(cambs, 280);
    expectEveryTitleReadable(narrow, cambs, '280px');
    expectLabelsInside(narrow, { labelledOnly: true });
  });

  it('is reachable with Tab; arrows move round the wheel, Home and End jump, Enter selects, Escape leaves', async () => {
    const element = await renderAt(cumbria, 900);
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const active = () => element.shadowRoot!.activeElement as SVGGElement | null;
    expect(active()?.getAttribute('aria-posinset')).to.equal('1');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(active()?.getAttribute('aria-posinset')).to.equal('2');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(active()?.getAttribute('aria-posinset')).to.equal('7'); // round the wheel
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(active()?.getAttribute('aria-posinset')).to.equal('1');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(active()?.getAttribute('aria-posinset')).to.equal('3');
    // A visible focus ring is drawn round the focused segment.
    expect($(element, '.focus-ring')).to.exist;
    const selected = oneEvent(element, 'pcp-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.objectiveId).to.equal('focus-on-victims');
    await element.updateComplete;
    expect(active()?.getAttribute('aria-selected')).to.equal('true');
    expect(text($(element, '.detail-title'))).to.equal('3 A focus on victims');
    expect($$(element, '.detail [part="actions"] > li')).to.have.length(9);
    expect(text($(element, '[aria-live="polite"]'))).to.equal('Selected objective 3: A focus on victims');
    // Only one segment per ring is in the tab order.
    expect($$(element, '[role="option"][tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    expect(element.shadowRoot!.activeElement).to.equal($(element, '[part="controls"] button'));
    before.remove();
  });

  it('selects with Space and with a click', async () => {
    const element = await renderAt(cambs, 900);
    options(element)[1]!.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(options(element)[1]!.getAttribute('aria-selected')).to.equal('true');
    options(element)[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    expect(options(element)[3]!.getAttribute('aria-selected')).to.equal('true');
    expect(options(element)[1]!.getAttribute('aria-selected')).to.equal('false');
    expect(text($(element, '.detail-title'))).to.equal('Ethical policing');
    await expect(element).to.be.accessible();
  });

  it('shares its selection with <pcp-objectives> inside one <pcp-plan>, both ways', async () => {
    const provider = await fixture<PcpPlan>(html`<pcp-plan .plan=${cambs}>
      <div style="width: 700px"><pcp-priority-wheel detail="none"></pcp-priority-wheel></div>
      <pcp-objectives layout="accordion"></pcp-objectives>
    </pcp-plan>`);
    const wheel = provider.querySelector('pcp-priority-wheel')!;
    const objectives = provider.querySelector('pcp-objectives')!;
    await waitUntil(() => wheel.shadowRoot!.querySelector('svg'));
    options(wheel)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await provider.updateComplete;
    await objectives.updateComplete;
    expect(provider.selected).to.equal(cambs.objectives[2]!.id);
    const toggles = [...objectives.shadowRoot!.querySelectorAll('[part="toggle"]')];
    expect(toggles[2]!.getAttribute('aria-expanded')).to.equal('true');
    // And back: opening an objective highlights the wheel.
    (toggles[4] as HTMLElement).click();
    await provider.updateComplete;
    await wheel.updateComplete;
    expect(options(wheel)[4]!.getAttribute('aria-selected')).to.equal('true');
    expect(wheel.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
  });

  it('follows <pcp-plan selected> given as a printed number or an id in another case, as other attributes pick', async () => {
    const numbered = SAMPLE_FEEDS.map(loadFeed);
    const plan = (await Promise.all(numbered)).find((feed) => feed.objectives.length > 2 && feed.objectives[2]!.number !== undefined)!;
    const third = 2;
    const provider = await fixture<PcpPlan>(html`<pcp-plan .plan=${plan} selected=${String(plan.objectives[third]!.number)}>
      <div style="width: 700px"><pcp-priority-wheel detail="none"></pcp-priority-wheel></div>
    </pcp-plan>`);
    const wheel = provider.querySelector('pcp-priority-wheel')!;
    await waitUntil(() => wheel.shadowRoot!.querySelector('svg'));
    expect(options(wheel)[third]!.getAttribute('aria-selected')).to.equal('true');
    provider.selected = plan.objectives[0]!.id.toUpperCase();
    await provider.updateComplete;
    await wheel.updateComplete;
    expect(options(wheel)[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(options(wheel)[third]!.getAttribute('aria-selected')).to.equal('false');
  });

  it('offers the same content as a table, and the data as CSV', async () => {
    const element = await renderAt(cumbria, 900);
    const toggle = $(element, '[part="controls"] button');
    expect(text(toggle)).to.equal('Show as table');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
    const table = $(element, 'table');
    // Focus moves to the table, which a screen reader then announces by its caption.
    await waitUntil(() => element.shadowRoot!.activeElement === table, 'focus moved to the table');
    expect(table.querySelector('caption')).to.exist;
    // The summary, no longer the chart's name, is read before the table.
    const summary = $(element, '.visually-hidden');
    expect(summary.hasAttribute('aria-hidden')).to.equal(false);
    expect(summary.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(text(table.querySelector('caption')!)).to.equal('Police and Crime Plan 2021-2025: objectives');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(7);
    expect(rows[2]!.querySelector('th[scope="row"]')!.textContent).to.equal('A focus on victims');
    expect(text(rows[2]!.querySelector('td.numeric')!)).to.equal('9');
    await expect(element).to.be.accessible();

    const link = $<HTMLAnchorElement>(element, '[part="controls"] a');
    expect(text(link)).to.equal('Download CSV: Police and Crime Plan 2021-2025: objectives');
    expect(link.download).to.equal('cumbria-2021-2025-objectives.csv');
    const csv = await (await fetch(link.href)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('Number,Title,Summary,Actions,Action list');
    expect(lines).to.have.length(8);
    expect(lines[3]).to.match(/^3,A focus on victims,,9,"?Commission services to support victims/);
  });

  it('draws an outer ring of actions with rings="2", reachable from the keyboard', async () => {
    const element = await renderAt(cumbria, 900, 'rings="2"');
    const rings = $$(element, '[role="listbox"]');
    expect(rings).to.have.length(2);
    const actions = [...rings[1]!.querySelectorAll<SVGGElement>('[role="option"]')];
    expect(actions).to.have.length(38);
    expect(actions[0]!.getAttribute('aria-label')).to.match(/^Develop projects and support policing activities.*local communities, action 1 of 9 of objective 1$/);
    actions[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect((element.shadowRoot!.activeElement as Element).getAttribute('aria-label')).to.match(/action 2 of 9 of objective 1$/);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(options(element)[0]!.getAttribute('aria-selected')).to.equal('true');
    // One selected option in all: the actions belong to it, they are not selected themselves.
    expect($$(element, '[aria-selected="true"]')).to.have.length(1);
    // Each objective's actions form a group in the ring.
    expect($$(element, '[role="listbox"] > [role="group"]')).to.have.length(7);
    // Under the chart, what the outer ring and its figures are, in the plan's word for its objectives (heard
    // in the summary and the names by screen readers, so hidden from them here).
    const note = $(element, '[part="ring-note"]');
    expect(text(note)).to.equal('The outer ring shows the actions of each objective, and how many there are.');
    expect(note.getAttribute('aria-hidden')).to.equal('true');
    expectLabelsInside(element);
    await expect(element).to.be.accessible();
  });

  it('has no ring note with one ring', async () => {
    const element = await renderAt(cumbria, 900);
    expect(element.shadowRoot!.querySelector('[part="ring-note"]')).to.equal(null);
  });

  it('keeps segment edges and text visible in forced-colors mode, and has no transitions under reduced motion', async () => {
    const element = await renderAt(cambs, 600);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const segment = getComputedStyle($(element, '.segment'));
      expect(parseFloat(segment.strokeWidth)).to.be.at.least(2);
      expect(contrast(segment.stroke, segment.fill)).to.be.at.least(3);
      const label = getComputedStyle($(element, '.label'));
      expect(contrast(label.fill, segment.fill)).to.be.at.least(4.5);
      const centre = getComputedStyle($(element, '.centre circle'));
      const centreText = getComputedStyle($(element, '.centre text'));
      expect(contrast(centreText.fill, centre.fill), 'centre text').to.be.at.least(4.5);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle($(element, '.segment')).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('meets contrast: labels 4.5:1 on every segment colour, segments 3:1 against the page', async () => {
    const element = await renderAt(plansOf(6), 600);
    for (const segment of $$(element, '.segment')) {
      const style = getComputedStyle(segment);
      const label = getComputedStyle(segment.parentElement!.querySelector('.label')!);
      expect(contrast(label.fill, style.fill), 'label on segment').to.be.at.least(4.5);
      expect(contrast(style.fill, 'rgb(255, 255, 255)'), 'segment on the page').to.be.at.least(3);
      // Neighbours are parted by a gap in the page colour.
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      expect(style.stroke).to.equal('rgb(255, 255, 255)');
    }
    // Each segment also carries one of six patterns, so colour is not the only cue.
    const patterns = new Set($$(element, '.band').map((band) => band.getAttribute('fill')));
    expect(patterns.size).to.equal(6);
    // Selection is shown by more than the fill: a plain rim and an outline.
    options(element)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    expect(options(element)[2]!.querySelector('.band')!.getAttribute('fill')).to.equal('var(--_surface)');
    expect($(element, '.selected-ring')).to.exist;
    const selectedFill = getComputedStyle(options(element)[2]!.querySelector('.segment')!).fill;
    expect(contrast(getComputedStyle(options(element)[2]!.querySelector('.label')!).fill, selectedFill)).to.be.at.least(4.5);
  });

  it('draws its focus ring only for keyboard focus, on the focused segment, instead of the browser\'s box', async () => {
    const element = await renderAt(cambs, 900);
    options(element)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    options(element)[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    const focused = element.shadowRoot!.activeElement as SVGGElement;
    expect(focused.getAttribute('aria-posinset')).to.equal('3');
    expect(getComputedStyle(focused).outlineStyle).to.equal('none');
    const ring = $(element, '.focus-ring .inner');
    expect(ring.getAttribute('d')).to.equal(focused.querySelector('.segment')!.getAttribute('d'));
    const ringStyle = getComputedStyle(ring);
    expect(parseFloat(ringStyle.strokeWidth)).to.be.at.least(2);
    expect(contrast(ringStyle.stroke, 'rgb(255, 255, 255)')).to.be.at.least(3);
    // Focus leaves: the ring goes.
    (document.activeElement as HTMLElement | null)?.blur();
    focused.blur();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.focus-ring')).to.equal(null);
  });

  it('keeps a tab stop when the plan changes to fewer objectives', async () => {
    const element = await renderAt(plansOf(12), 600);
    options(element)[10]!.focus();
    await element.updateComplete;
    element.plan = plansOf(3);
    await element.updateComplete;
    expect(options(element)).to.have.length(3);
    expect($$(element, '[role="option"][tabindex="0"]')).to.have.length(1);
  });

  it('measures again and keeps a working CSV link after being moved to a narrower box', async () => {
    const element = await renderAt(cambs, 600);
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
    narrow.append(element);
    await waitUntil(() => Number($(element, 'svg').getAttribute('width')) === wheelSize(300), 'the chart re-measured');
    const csv = await (await fetch(($(element, '[part="controls"] a') as HTMLAnchorElement).href)).text();
    expect(csv).to.match(/^Number,Title,What we will do,Actions,Action list/);
  });

  it('draws no number on a segment of a plan that numbers nothing, and names each segment by its title', async () => {
    const plan = plansOf(12);
    for (const objective of plan.objectives) delete objective.number;
    for (const width of [280, 375]) {
      const element = await renderAt(plan, width);
      expectLabelsInside(element, { labelledOnly: true });
      for (const [index, option] of options(element).entries()) {
        const title = plan.objectives[index]!.title;
        const label = option.querySelector('text');
        // Its title, or nothing: the plan gives no number to draw.
        if (label) expect(text(label), `segment ${index + 1} at ${width}px`).to.equal(title);
        expect(option.getAttribute('aria-label')!.startsWith(title), `segment ${index + 1} at ${width}px`).to.equal(true);
        expect(option.getAttribute('aria-posinset')).to.equal(String(index + 1));
      }
      expect(options(element).some((option) => option.querySelector('text') === null), `some title does not fit at ${width}px`).to.equal(true);
      // Those are in the key below the chart, with no number either.
      const key = $$(element, '[part="key"] li').map((item) => text(item));
      for (const [index, option] of options(element).entries()) {
        if (!option.querySelector('text')) expect(key).to.include(plan.objectives[index]!.title);
      }
      expect(key.every((line) => !/^\d/.test(line))).to.equal(true);
    }
  });

  for (let count = 2; count <= 12; count += 1) {
    it(`gives each of ${count} segments a colour and a pattern unlike both its neighbours'`, async () => {
      const element = await renderAt(plansOf(count), 600);
      const drawn = options(element).map((option) => ({
        fill: getComputedStyle(option.querySelector('.segment')!).fill,
        pattern: option.querySelector('.band')!.getAttribute('fill'),
      }));
      expect(drawn).to.have.length(count);
      for (const [index, segment] of drawn.entries()) {
        const next = drawn[(index + 1) % count]!;
        const pair = `${index + 1} and ${((index + 1) % count) + 1}`;
        expect(segment.fill, pair).to.not.equal(next.fill);
        expect(segment.pattern, pair).to.not.equal(next.pattern);
      }
    });
  }

  it('shows a short title when the whole title cannot fit, and names the segment by it first', async () => {
    const plan = plansOf(12);
    plan.objectives[0]!.title = 'Preventing offending and reducing reoffending among young people and adults across the whole county';
    plan.objectives[0]!.shortTitle = 'Reoffending';
    const element = await renderAt(plan, 600);
    expect(text(options(element)[0]!.querySelector('text')!)).to.equal('1 Reoffending');
    expect(options(element)[0]!.getAttribute('aria-label')).to.equal(
      `1 Reoffending, ${plan.objectives[0]!.title}, 1 action`,
    );
  });

  /**
   * Every objective's title is readable: drawn in its segment (inside it, within the drawing, not cut
   * off), or listed in the visible key beside a swatch of the segment's colour and pattern.
   */
  function expectEveryTitleReadable(element: PcpPriorityWheel, plan: Plan, at: string): void {
    const svg = $<SVGSVGElement>(element, 'svg');
    const size = Number(svg.getAttribute('width'));
    const keyItems = $$<HTMLLIElement>(element, '[part="key"] li');
    const sizes = new Set<string>();
    for (const [index, option] of options(element).entries()) {
      const objective = plan.objectives[index]!;
      const label = option.querySelector<SVGTextElement>('text');
      const lines = label ? [...label.querySelectorAll('tspan')].map((line) => line.textContent!.trim()) : [];
      const words = (objective.number !== undefined ? lines.slice(1) : lines).join(' ');
      if (label) sizes.add(label.getAttribute('font-size')!);
      expect(lines.join(' '), at).to.not.contain('…');
      const item = keyItems.find((each) => each.dataset['objective'] === objective.id);
      if (words) {
        expect([objective.title, objective.shortTitle], `${at}: segment ${index + 1}`).to.include(words);
        expect(item, `${at}: segment ${index + 1} shows its title and is not in the key`).to.equal(undefined);
        // Inside the drawing's box: nothing clipped by the SVG's edges.
        const box = label!.getBBox();
        expect(box.x + size / 2, at).to.be.at.least(0);
        expect(box.x + box.width + size / 2, at).to.be.at.most(size);
      } else {
        expect(item, `${at}: segment ${index + 1} (${objective.title}) is in the key`).to.exist;
        expect(item!.checkVisibility(), at).to.equal(true);
        expect(text(item!)).to.equal(`${objective.number !== undefined ? `${objective.number} ` : ''}${objective.title}`);
        // Its swatch: the segment's colour and pattern.
        const swatchFill = getComputedStyle(item!.querySelector('.fill')!).fill;
        expect(swatchFill, at).to.equal(getComputedStyle(option.querySelector('.segment')!).fill);
        expect(item!.querySelector('.band')!.getAttribute('fill')).to.equal(option.querySelector('.band')!.getAttribute('fill'));
        expect(item!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.least(12);
      }
    }
    expectLabelsInside(element, { labelledOnly: true });
    expect(sizes.size, `${at}: one label size`).to.be.at.most(1);
    // Labels are drawn at least at their size (11 px or more): the drawing is never smaller than its viewBox.
    expect(svg.getBoundingClientRect().width, at).to.be.at.least(size - 1);
    expect(element.scrollWidth, at).to.be.at.most(element.clientWidth);
  }

  for (const count of OBJECTIVE_COUNTS) {
    for (const variant of VARIANTS) {
      const name = `${count} generated objectives, ${variant.numbered ? 'numbered' : 'unnumbered'}, ${variant.shortTitles ? 'with' : 'without'} short titles`;
      it(`${name}: every title in its segment or in the key, one label size, the centre in full, at 320 to 1280px`, async () => {
        const plan = minimalPlan({ strapline: 'Keeping our communities safe', objectives: generatedObjectives(count, variant) });
        for (const width of [320, 375, 768, 1280]) {
          for (const rings of [1, 2]) {
            const element = await renderAt(plan, width, `rings="${rings}"`);
            const at = `${width}px, ${rings} ring(s)`;
            expectEveryTitleReadable(element, plan, at);
            const centre = text($(element, '.centre'));
            expect(['Keeping our communities safe', plan.title, ''], at).to.include(centre);
            if (rings === 2) {
              // The outer ring: a count per objective with actions, in one size; never a number of nothing.
              const counts = $$<SVGTextElement>(element, '.action-groups text');
              expect(new Set(counts.map((each) => each.getAttribute('font-size'))).size).to.be.at.most(1);
              for (const each of counts) expect(text(each)).to.match(/^[1-9]\d*( actions?)?$/);
            }
          }
        }
      });
    }
  }

  it('draws once, at its box size, without waiting for the ResizeObserver', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div style="width: 375px"><pcp-priority-wheel></pcp-priority-wheel></div>');
    const element = wrapper.querySelector('pcp-priority-wheel')!;
    let updates = 0;
    const update = (element as unknown as { update: (changed: unknown) => void }).update;
    (element as unknown as { update: (changed: unknown) => void }).update = function (this: PcpPriorityWheel, changed: unknown) {
      updates += 1;
      update.call(this, changed);
    };
    element.plan = cambs;
    await element.updateComplete;
    expect(Number($(element, 'svg').getAttribute('width'))).to.equal(wheelSize($(element, '[part="chart"]').clientWidth));
    const drawn = updates;
    // Two frames: the ResizeObserver has reported by then, and finds the drawing already at its size.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await element.updateComplete;
    expect(updates).to.equal(drawn);
  });

  it('puts a long vision below the chart in full, never cut off in the centre', async () => {
    const vision = 'Our vision is for everyone in the county to be safe and to feel safe, at home, online and in their communities, with a police service that is visible, trusted and effective.';
    const plan = minimalPlan({ vision: [vision], objectives: generatedObjectives(5, { numbered: true, shortTitles: false }) });
    const element = await renderAt(plan, 375);
    expect(text($(element, '.centre'))).to.equal(plan.title);
    expect(text($(element, '[part="centre-text"]'))).to.equal(vision);
    expect($(element, '[part="centre-text"]').checkVisibility()).to.equal(true);
    expect(element.shadowRoot!.textContent).to.not.contain('…');
    // The chart's name says what its centre shows; the vision is read once, below it.
    const summary = element.shadowRoot!.getElementById($(element, 'svg').getAttribute('aria-labelledby')!)!;
    expect(text(summary)).to.not.contain(vision);
    await expect(element).to.be.accessible();
  });

  it('hides the key from screen readers: each segment already begins its name with the title', async () => {
    const plan = minimalPlan({ objectives: generatedObjectives(12, { numbered: false, shortTitles: false }) });
    const element = await renderAt(plan, 320);
    const key = $(element, '[part="key"]');
    expect(key.getAttribute('aria-hidden')).to.equal('true');
    for (const item of $$<HTMLLIElement>(element, '[part="key"] li')) {
      const option = options(element).find((each) => each.dataset['objective'] === item.dataset['objective'])!;
      expect(option.getAttribute('aria-label')!.startsWith(text(item))).to.equal(true);
    }
    await expect(element).to.be.accessible();
  });

  it('hides the detail panel with detail="none" and shows its prompt otherwise', async () => {
    const none = await renderAt(cambs, 900, 'detail="none"');
    expect(none.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
    const panel = await renderAt(cambs, 900);
    expect(text($(panel, '[part="detail"]'))).to.equal('Select a theme in the wheel to see what the plan will do.');
    const objectives = await renderAt(cumbria, 900);
    expect(text($(objectives, '[part="detail"]'))).to.equal('Select an objective in the wheel to see what the plan will do.');
  });

  it('shows the error with its path, and an empty plan as an empty state', async () => {
    const bad = structuredClone(cambs) as unknown as { strapline: unknown };
    bad.strapline = 7;
    const element = await fixture<PcpPriorityWheel>(html`<pcp-priority-wheel .plan=${bad}><a href="/plan.pdf">The plan (PDF)</a></pcp-priority-wheel>`);
    expect(text($(element, '[role="alert"]'))).to.contain('/strapline: expected text but got 7');
    expect(element.querySelector('a')!.checkVisibility()).to.equal(true);
    const empty = await fixture<PcpPriorityWheel>(html`<pcp-priority-wheel .plan=${minimalPlan({ objectives: [] })}></pcp-priority-wheel>`);
    expect(text($(empty, '[part="empty"]'))).to.equal('This plan has no objectives to show.');
  });
});
