// Plain HTML, as docs/frameworks.md shows: markup first, then a script that sets `plan` and listens on `document`.
// The element modules are imported only after the markup and the property are there (a deferred or late
// <script type="module">), so nothing here may import a define module statically.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { PlanLoadDetail } from '../src/base/events.js';
import type { PcpObjectives } from '../src/objectives/pcp-objectives.js';
import { $$, loadFeed, text } from './helpers/dom.js';

describe('plain HTML', () => {
  it('uses a plan set before the element is defined, and its events reach listeners on document', async () => {
    const plan = await loadFeed('cumbria-2021-2025');
    const element = await fixture<PcpObjectives>(`<pcp-objectives layout="accordion" heading-level="3">
        <a href="/plan.pdf">Read the plan (PDF)</a>
      </pcp-objectives>`);
    expect(customElements.get('pcp-objectives')).to.equal(undefined);
    const loads: PlanLoadDetail[] = [];
    const selected: Array<string | undefined> = [];
    const onLoad = (event: DocumentEventMap['pcp-load']) => loads.push(event.detail);
    const onSelect = (event: DocumentEventMap['pcp-select']) => selected.push(event.detail.objectiveId);
    document.addEventListener('pcp-load', onLoad);
    document.addEventListener('pcp-select', onSelect);
    try {
      element.plan = plan; // before the upgrade: Lit takes the value over when the element is defined
      await import('../src/objectives/define.js');
      await waitUntil(() => loads.length > 0, 'no pcp-load reached document');
      await element.updateComplete;
      expect(loads[0]!.source).to.equal('property');
      expect($$(element, '.title-text').map(text)).to.deep.equal(plan.objectives.map((objective) => objective.title));
      expect(element.querySelector('a')!.checkVisibility()).to.equal(false); // the fallback gives way to the plan
      const toggle = $$(element, '[part="toggle"]')[2]!;
      expect(toggle.parentElement!.localName).to.equal('h3');
      toggle.click();
      await element.updateComplete;
      expect(selected).to.deep.equal([plan.objectives[2]!.id]);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      document.removeEventListener('pcp-load', onLoad);
      document.removeEventListener('pcp-select', onSelect);
    }
  });
});
