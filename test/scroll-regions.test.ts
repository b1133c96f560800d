/**
 * Table regions in the elements as pages show them: a region is a tab stop exactly while its table scrolls
 * (src/base/scroll-region.ts). The demo pages' elements on their own feeds at a desktop width (1280px, where
 * every table used to be a tab stop that led nowhere) and a phone's (375px), the wheel's table view, and a
 * server render hydrated in place (the server's tabindex="0" kept or dropped once measured).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/pcp-elements.js';
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $ } from './helpers/dom.js';

interface Region {
  where: string;
  caption: string;
  focusable: boolean;
  scrolls: boolean;
}

/** Every table region inside `root`'s elements (through their shadow roots): whether it is a tab stop and whether it scrolls. */
function regions(root: ParentNode, where = ''): Region[] {
  const found: Region[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...regions(element.shadowRoot, `${where}${element.localName} `));
    if (!element.matches('.table-region')) continue;
    const region = element as HTMLElement;
    found.push({
      where: where.trim(),
      caption: (region.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
      focusable: region.tabIndex >= 0 && region.getAttribute('tabindex') === '0',
      scrolls: region.getClientRects().length > 0 && (region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight),
    });
  }
  return found;
}

/** Every pcp element under `root` has loaded its feed and drawn (an element under <pcp-plan> stays empty till the plan's feed is in). */
async function loaded(root: ParentNode) {
  const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('pcp-'));
  const drawn = (element: Element) =>
    element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]') && (element.localName === 'pcp-plan' || element.shadowRoot.textContent!.trim() !== '');
  await waitUntil(
    () => elements.every(drawn),
    'the elements did not load',
    { timeout: 8000 },
  );
  await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  // By two frames after the last render, every region's ResizeObserver has reported its layout.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The demo pages' elements, as their pages hold them. */
const PAGES: Record<string, string> = {
  'demo/csp.html': `
    <pcp-plan src="/demo/feeds/west-cumbria-csp-2012-13.json">
      <pcp-action-plan heading-level="2" as-of="2012-03"></pcp-action-plan>
    </pcp-plan>
    <pcp-action-plan src="/demo/feeds/west-cumbria-csp-2012-13.json" agency="Derwent & Solway Housing Association" as-of="2012-03" no-controls heading-level="3"></pcp-action-plan>
    <pcp-plan src="/demo/feeds/cambridgeshire-2016-framework.json">
      <pcp-outcomes heading-level="3"></pcp-outcomes>
    </pcp-plan>`,
  'demo/opcc.html (the wheel as a table)': `
    <pcp-plan src="/demo/feeds/cleveland-2020-21-update.json">
      <pcp-priority-wheel heading-level="3" view="table"></pcp-priority-wheel>
      <pcp-progress heading-level="3"></pcp-progress>
      <pcp-funding heading-level="3"></pcp-funding>
      <pcp-scenario-table heading-level="3"></pcp-scenario-table>
    </pcp-plan>`,
  'demo/plans/cumbria-2021-2025.html (budget)': `<pcp-budget-table src="/demo/feeds/cumbria-2021-2025.json" heading-level="2"></pcp-budget-table>`,
};

/** A page like the demos': a main column with the site's margins. */
async function page(markup: string): Promise<HTMLElement> {
  const main = document.createElement('main');
  main.style.cssText = 'max-width: 60rem; margin: 0 auto; padding: 0 1rem';
  main.innerHTML = markup;
  document.body.append(main);
  await loaded(main);
  return main;
}

describe('table regions: a tab stop exactly while the table scrolls', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, markup] of Object.entries(PAGES)) {
    it(`${name} at 1280px and at 375px: no region is a tab stop that leads nowhere, none that scrolls is out of reach`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const main = await page(markup);
      const wide = regions(main);
      expect(wide.length, 'the page has table regions').to.be.above(0);
      expect(wide.filter((region) => region.focusable && !region.scrolls), 'tab stops that lead nowhere at 1280px').to.deep.equal([]);
      expect(wide.filter((region) => region.scrolls && !region.focusable), 'scrolling regions out of reach at 1280px').to.deep.equal([]);

      await setViewport({ width: 375, height: 700 });
      await waitUntil(() => regions(main).every((region) => region.focusable === region.scrolls), 'the regions followed the narrower page', { timeout: 5000 });
      // The four-year budget cannot fold up at a phone's width: it scrolls there, so this half tests a tab stop that is needed.
      if (name.includes('budget')) expect(regions(main).some((region) => region.scrolls && region.focusable), 'the budget scrolls, and is a tab stop, at 375px').to.equal(true);
    });
  }

  it('the csp page at 1280px: its action-plan sections and outcomes tables fit, and none is a tab stop', async () => {
    await setViewport({ width: 1280, height: 800 });
    const main = await page(PAGES['demo/csp.html']!);
    const found = regions(main);
    // The tables the issue counted as dead tab stops: every one is drawn, and none is in the tab order now.
    expect(found.filter((region) => region.where.endsWith('pcp-action-plan')).length).to.be.above(1);
    expect(found.filter((region) => region.where.endsWith('pcp-outcomes')).length).to.be.above(0);
    expect(found.filter((region) => region.focusable)).to.deep.equal([]);
  });

  it('a server-rendered table hydrates with the server\'s tab stop, kept in a narrow column and dropped in a wide one', async () => {
    const response = await fetch(`/__test__/render?${new URLSearchParams({ feed: 'cumbria-2021-2025', element: 'pcp-budget-table' })}`);
    expect(response.ok, await response.clone().text()).to.be.true;
    const serverHtml = await response.text();
    // The server cannot measure, so its region is a tab stop.
    expect(serverHtml).to.match(/<div[^>]*class="table-region"[^>]*tabindex="0"/);
    const mount = async (width: string) => {
      const container = document.createElement('div');
      container.style.width = width;
      document.body.append(container);
      (container as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(serverHtml);
      const element = container.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      const region = $(element, '.table-region');
      await element.updateComplete;
      return { container, element, region };
    };
    const wide = await mount('3000px');
    await waitUntil(() => !wide.region.hasAttribute('tabindex'), 'in a wide column the hydrated region gave up its tab stop');
    expect($(wide.element, '.table-region'), 'the server\'s region, hydrated in place').to.equal(wide.region);
    const narrow = await mount('240px');
    await waitUntil(() => narrow.region.scrollWidth > narrow.region.clientWidth, 'the table overflows 240px');
    expect(narrow.region.getAttribute('tabindex')).to.equal('0');
    // And the hydrated region still follows a resize.
    narrow.container.style.width = '3000px';
    await waitUntil(() => !narrow.region.hasAttribute('tabindex'), 'widened, the hydrated region gave up its tab stop');
  });
});
