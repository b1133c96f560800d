import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../pcp-elements.js';
import type { PcpProgress } from './pcp-progress.js';
import type { Plan } from '../schema/plan.js';
import { contrast } from '../../test/helpers/contrast.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan } from '../../test/fixtures/plans.js';
import { everyStatusMeasures, everyStatusObjectives } from './progress-fixtures.js';


async function render(plan: Plan, attributes = ''): Promise<PcpProgress> {
  const element = await fixture<PcpProgress>(`<pcp-progress ${attributes}></pcp-progress>`);
  element.plan = plan;
  await element.updateComplete;
  return element;
}

/** A made-up plan with every status, and measures that go up and down. */
function everyStatus(): Plan {
  const [officers, ksi, visionZero] = everyStatusMeasures();
  return minimalPlan({ asOf: '2025-03', objectives: everyStatusObjectives(), measures: [officers, { ...ksi, illustrative: true }, visionZero] });
}

describe('<pcp-progress>', () => {
  it('shows Cleveland\'s 5 priorities with their delivered progress and planned commitments as counts', async () => {
    const plan = await loadFeed('cleveland-2020-21-update');
    const element = await render(plan);
    expect($$(element, '[part="row"]')).to.have.length(5);
    // The document's "Progress" and "Future Commitments" bullets, counted by hand from the source.
    expect($$(element, '[part="counts"]').map(text)).to.deep.equal([
      '4 of 11 delivered, 7 planned',
      '8 of 13 delivered, 5 planned',
      '4 of 9 delivered, 5 planned',
      '3 of 10 delivered, 7 planned',
      '1 of 5 delivered, 4 planned',
    ]);
    expect($$(element, 'h2').map(text)).to.deep.equal(['Commitments']);
    expect($$(element, 'h3.name').map(text)[0]).to.equal('1 Investing in Our Police');
    expect(text($(element, '.as-of'))).to.equal('Progress reported in Police and Crime Plan Update (2020-2021); the plan gives no date for it.');
    expect(text($(element, '[part="summary"]'))).to.equal('Across the plan: 20 of 48 commitments delivered (41.7%); 28 planned.');
    expect($$(element, '[part="legend"] li').map(text)).to.deep.equal(['Delivered', 'Planned']);
    // The bars' segments are sized by the counts.
    const segments = $$(element, '[part="row"]')[0]!.querySelectorAll<HTMLElement>('.segment');
    expect([...segments].map((segment) => segment.style.flexGrow)).to.deep.equal(['4', '7']);
    await expect(element).to.be.accessible();
  });

  it('counts every status on a made-up plan, and gives the "as of" date', async () => {
    const element = await render(everyStatus());
    expect(text($(element, '.as-of'))).to.equal('Progress as of March 2025');
    expect(text($$(element, '[part="counts"]')[0]!)).to.equal('2 of 7 delivered, 1 in progress, 1 at risk, 1 not started, 1 planned, 1 not rated');
    expect(text($(element, '[part="summary"]'))).to.equal(
      'Across the plan: 2 of 8 commitments delivered (25%); 2 in progress, 1 at risk, 1 not started, 1 planned, 1 not rated.',
    );
    expect($$(element, '[part="legend"] li').map(text)).to.deep.equal([
      'Delivered',
      'In progress',
      'At risk',
      'Not started',
      'Planned',
      'Not rated',
      'Amber',
      'Green',
    ]);
    // Each status has its own pattern as well as its colour.
    const patterns = new Set([...$$(element, '[part="row"]')[0]!.querySelectorAll('.segment')].map((segment) => segment.className));
    expect(patterns.size).to.equal(6);
    await expect(element).to.be.accessible();
  });

  it('draws measures against baseline and target, up-is-good and down-is-good, read as text', async () => {
    const element = await render(everyStatus());
    const meters = $$(element, '[role="meter"]');
    expect(meters).to.have.length(2);
    const [officers, ksi] = meters as [HTMLElement, HTMLElement];
    expect(officers.getAttribute('aria-valuenow')).to.equal('50');
    expect(officers.getAttribute('aria-valuetext')).to.equal('50% of the way from the baseline to the target');
    // Down is good: 400 → 375 towards 300 is a quarter of the way.
    expect(ksi.getAttribute('aria-valuenow')).to.equal('25');
    const measures = $$(element, '[part="measure"]').map(text);
    expect(measures[0]).to.equal(
      'Police officers 50% of the way from the baseline to the target. Now 1,250 officers (March 2021). Baseline 1,150 officers (2019). Target 1,350 officers by 2023. Higher is better. (Illustrative figures.) Rating: Green',
    );
    expect(measures[1]).to.contain('Lower is better.');
    // A measure with only a target: no bar, and it says so.
    expect(measures[2]).to.equal('Road deaths Target 0 by 2040. Lower is better. No current figure reported yet.');
  });

  it('takes a force\'s own four-colour scale, with its labels in the bars, counts and legend', async () => {
    const scale = JSON.stringify({
      planned: { label: 'Due', color: '#1d70b8' },
      delivered: { label: 'completed', color: '#00703c' },
      'in-progress': { label: 'in progress', color: '#6b5b00' },
      'at-risk': { label: 'challenging', color: '#b3261e' },
    });
    const element = await render(everyStatus(), `scale='${scale}'`);
    // Custom labels are used as written (a proper noun stays a proper noun).
    expect(text($$(element, '[part="counts"]')[0]!)).to.equal('2 of 7 completed, 1 in progress, 1 challenging, 1 not started, 1 Due, 1 not rated');
    expect($$(element, '[part="legend"] li').map(text).slice(0, 5)).to.deep.equal(['completed', 'in progress', 'challenging', 'Not started', 'Due']);
    const delivered = $(element, '.segment[data-status="delivered"]');
    expect(getComputedStyle(delivered).backgroundColor).to.equal('rgb(0, 112, 60)');
    expect(getComputedStyle($(element, '.segment[data-status="planned"]')).backgroundColor).to.equal('rgb(29, 112, 184)');
    await expect(element).to.be.accessible();
  });

  it('reports every mistake in a scale, and warns of colours too faint for a white page', async () => {
    const warnings: string[] = [];
    const element = await fixture<PcpProgress>(html`<pcp-progress @pcp-warning=${(event: CustomEvent) => warnings.push(event.detail.message)}></pcp-progress>`);
    element.scale = JSON.stringify({ finished: { label: 'Done' }, delivered: { color: 'not-a-colour' }, planned: 'Done', 'at-risk': { color: 'yellow' } });
    element.plan = everyStatus();
    await element.updateComplete;
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.contain('"finished" is not a status');
    expect(warnings[1]).to.contain('"not-a-colour" is not a CSS colour');
    expect(warnings[2]).to.contain('status "planned" needs an object');
    expect(warnings[3]).to.match(/yellow of status "at-risk" has 1\.1:1 contrast/);
    // The bad colour keeps the default; the faint one is used as asked, with its pattern and label.
    expect(getComputedStyle($(element, '.segment[data-status="delivered"]')).backgroundColor).to.equal('rgb(0, 112, 60)');
    expect(getComputedStyle($(element, '.segment[data-status="at-risk"]')).backgroundColor).to.equal('rgb(255, 255, 0)');
  });

  it('says when a measure has met its target or gone the wrong way', async () => {
    const plan = minimalPlan({
      measures: [
        { id: 'met', title: 'Met', better: 'higher', baseline: 100, target: 120, current: 130 },
        { id: 'worse', title: 'Worse', better: 'lower', baseline: 100, target: 80, current: 140 },
        { id: 'flat', title: 'Flat', better: 'higher', baseline: 50, target: 50, current: 45, unit: '£' },
      ],
    });
    const element = await render(plan);
    const meters = $$(element, '[role="meter"]');
    expect(meters.map((meter) => meter.getAttribute('aria-valuetext'))).to.deep.equal(['Target met', 'Worse than the baseline']);
    expect(meters.map((meter) => meter.getAttribute('aria-valuenow'))).to.deep.equal(['100', '0']);
    expect(text($$(element, '[part="measure"]')[2]!)).to.equal('Flat Target not met yet. Now £45. Baseline £50. Target £50. Higher is better.');
  });

  it('offers the counts and measures shown as CSV', async () => {
    const element = await render(await loadFeed('cleveland-2020-21-update'));
    const link = $(element, '[part="download"] a') as HTMLAnchorElement;
    expect(link.download).to.equal('cleveland-2020-21-update-progress.csv');
    const lines = (await (await fetch(link.href)).text()).trim().split('\r\n');
    expect(lines[0]).to.equal('Kind,Name,Commitments,Delivered,In progress,At risk,Not started,Planned,Not rated,Baseline,Current,Target,Deadline,Direction,Rating');
    expect(lines[1]).to.equal('Objective,1 Investing in Our Police,11,4,0,0,0,7,0');
    expect(lines).to.have.length(6);
  });

  it('writes one commitment in the singular', async () => {
    const plan = minimalPlan({ objectives: [{ id: 'only', title: 'Only', actions: [{ text: 'One', status: 'delivered' }] }] });
    const element = await render(plan);
    expect(text($(element, '[part="summary"]'))).to.equal('Across the plan: 1 of 1 commitment delivered (100%).');
  });

  it('gives every status a swatch of its own in the key, "Delivered" apart from a green rating, in colour and in forced colours', async () => {
    const [officers, ksi, visionZero] = everyStatusMeasures();
    const plan = minimalPlan({
      objectives: everyStatusObjectives(),
      measures: [officers, ksi, { ...visionZero, rag: 'red' }, { id: 'done', title: 'Done', rag: 'complete' }],
    });
    const element = await render(plan);
    const key = () =>
      $$(element, '[part="legend"] li').map((entry) => {
        const style = getComputedStyle(entry.querySelector('.swatch')!);
        return { label: text(entry), pattern: style.backgroundImage, swatch: `${style.backgroundColor} ${style.backgroundImage}` };
      });
    const entries = key();
    expect(entries.map((entry) => entry.label)).to.deep.equal(['Delivered', 'In progress', 'At risk', 'Not started', 'Planned', 'Not rated', 'Red', 'Amber', 'Green', 'Complete']);
    // No two statuses share a pattern (a colour may be shared: "Delivered" and "Green" are both green).
    expect(new Set(entries.map((entry) => entry.pattern)).size).to.equal(10);
    const byLabel = Object.fromEntries(entries.map((entry) => [entry.label, entry.swatch]));
    expect(byLabel['Delivered']).to.not.equal(byLabel['Green']);
    expect(byLabel['At risk']).to.not.equal(byLabel['Red']);
    // The bars draw each status as its key does.
    for (const segment of $$(element, '[part="row"] .segment')) {
      const style = getComputedStyle(segment);
      const label = { delivered: 'Delivered', 'in-progress': 'In progress', 'at-risk': 'At risk', 'not-started': 'Not started', planned: 'Planned', 'not-rated': 'Not rated' }[segment.dataset['status']!]!;
      expect(style.backgroundImage, label).to.equal(entries.find((entry) => entry.label === label)!.pattern);
    }
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      // Every swatch is CanvasText with Canvas marks: the pattern alone tells them apart.
      expect(new Set(key().map((entry) => entry.swatch)).size).to.equal(10);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('keeps the key from screen readers, as it explains only the bars they do not read (each count and rating is written out)', async () => {
    const element = await render(everyStatus());
    const legend = $(element, '[part="legend"]');
    expect(legend.getAttribute('aria-hidden')).to.equal('true');
    expect($(element, '[part="bar"]').getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it("names each meter by what it shows, not by the heading read just before it", async () => {
    const element = await render(everyStatus());
    for (const meter of $$(element, '[role="meter"]')) {
      const heading = text(meter.closest('[part="measure"]')!.querySelector('.name')!);
      expect(meter.hasAttribute('aria-labelledby'), heading).to.equal(false);
      const name = meter.getAttribute('aria-label')!;
      expect(name, heading).to.equal('Progress to target');
      expect(name).to.not.contain(heading);
      // Its value is said in words.
      expect(meter.getAttribute('aria-valuetext')).to.match(/of the way|Target/);
    }
  });

  it('keeps legend swatches and bars alike in forced-colours mode', async () => {
    const element = await render(everyStatus());
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const swatch = getComputedStyle($(element, '[part="legend"] .swatch'));
      const segment = getComputedStyle($(element, '.segment'));
      expect(swatch.backgroundColor).to.equal(segment.backgroundColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('filters by objective and by status, and says when nothing matches', async () => {
    const one = await render(everyStatus(), 'objective="2"');
    expect($$(one, '[part="row"]').map((row) => text(row.querySelector('.name')!))).to.deep.equal(['2 Victims first']);
    const measureOnly = await render(await loadFeed('cambridgeshire-peterborough-2021-2024'), 'objective="putting-communities-first"');
    expect($$(measureOnly, '[part="measure"]')).to.have.length(1);
    expect(text($(one, '[part="summary"]'))).to.match(/^Shown here: 0 of 1 commitment delivered/);
    const atRisk = await render(everyStatus(), 'status="at-risk"');
    expect($$(atRisk, '[part="row"]')).to.have.length(1);
    const amber = await render(everyStatus(), 'status="amber"');
    expect($$(amber, '[part="measure"]').map((measure) => text(measure.querySelector('.name')!))).to.deep.equal([
      'People killed or seriously injured on the roads',
    ]);
    const none = await render(everyStatus(), 'status="red"');
    expect(text($(none, '[part="empty"]'))).to.equal('No progress matches this selection.');
  });

  it('shows no commitment bars for a plan that gives no statuses, only its measures', async () => {
    const element = await render(await loadFeed('cambridgeshire-peterborough-2021-2024'));
    expect($$(element, '[part="row"]')).to.have.length(0);
    expect($$(element, '[part="measure"]')).to.have.length(1);
    const empty = await render(await loadFeed('cumbria-2021-2025'));
    expect(text($(empty, '[part="empty"]'))).to.equal('This plan reports no progress yet.');
  });

  it('keeps status colours 3:1 against the page, and animates only when motion is welcome', async () => {
    const element = await render(everyStatus());
    for (const segment of $$(element, '.segment')) {
      expect(contrast(getComputedStyle(segment).backgroundColor, 'rgb(255, 255, 255)'), segment.dataset['status']).to.be.at.least(3);
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle($(element, '.segment')).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    expect(getComputedStyle($(element, '.segment')).animationName).to.equal('grow');
  });

  it('reserves the bar\'s height, so nothing shifts when the segments arrive', async () => {
    const element = await render(everyStatus());
    expect($(element, '[part="bar"]').getBoundingClientRect().height).to.be.closeTo(20, 2);
  });
});
