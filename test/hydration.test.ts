/**
 * Server-rendered HTML (`pcp render`) hydrated by Lit: with `@lit-labs/ssr-client`'s hydration support
 * loaded before Lit (as a bundling app can), the elements adopt the server's DOM instead of rendering it
 * again, then work as usual. (Without it they render afresh in place: test/pages/render.test.mjs.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/pcp-elements.js';
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, text } from './helpers/dom.js';

async function serverRendered(element: string, attributes: string[] = [], feed = 'cumbria-2021-2025'): Promise<HTMLElement> {
  const query = new URLSearchParams({ feed, element });
  for (const attribute of attributes) query.append('attr', attribute);
  const response = await fetch(`/__test__/render?${query}`);
  expect(response.ok, await response.clone().text()).to.be.true;
  const container = document.createElement('div');
  document.body.append(container);
  // setHTMLUnsafe parses declarative shadow roots (innerHTML does not); the elements upgrade as they connect.
  (container as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await response.text());
  return container.firstElementChild as HTMLElement;
}

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));

describe('hydration of server-rendered HTML', () => {
  afterEach(() => {
    document.body.replaceChildren();
    expect(errors).to.deep.equal([]);
  });

  it('<pcp-objectives> keeps the server DOM (the same nodes) and its accordion works', async () => {
    const element = await serverRendered('pcp-objectives', ['layout=accordion']);
    const serverHeading = $(element, 'h2');
    const serverToggle = $<HTMLButtonElement>(element, 'button.toggle');
    expect(serverHeading, 'server-rendered heading').to.exist;
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect($(element, 'h2')).to.equal(serverHeading);
    expect(serverHeading.isConnected).to.be.true;
    expect($$(element, 'li.objective')).to.have.length(7);
    expect(text($(element, 'h2'))).to.equal('1 A focus on crime and the causes of crime');
    // Hydration attached the listeners: the server's own button opens its panel.
    expect(serverToggle.getAttribute('aria-expanded')).to.equal('false');
    serverToggle.click();
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(serverToggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('<pcp-plan-document> hydrates with its nested elements', async () => {
    const element = await serverRendered('pcp-plan-document');
    const nested = element.shadowRoot!.querySelector('pcp-objectives')!;
    const nestedHeading = nested.shadowRoot!.querySelector('h3, h2');
    expect(nestedHeading).to.exist;
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await (nested as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.querySelector('pcp-objectives')).to.equal(nested);
    expect(nested.hasAttribute('defer-hydration')).to.be.false;
    expect(nested.shadowRoot!.querySelector('h3, h2')).to.equal(nestedHeading);
    expect(nested.shadowRoot!.querySelectorAll('li.objective')).to.have.length(7);
  });

  it('<pcp-objectives src> (the feed by address) keeps the server DOM until its feed has loaded, then hydrates it', async () => {
    const element = await serverRendered('pcp-objectives', ['layout=accordion', 'src=/demo/feeds/cumbria-2021-2025.json']);
    expect(element.getAttribute('src')).to.equal('/demo/feeds/cumbria-2021-2025.json');
    expect(element.querySelector('script')).to.equal(null);
    const serverToggle = $<HTMLButtonElement>(element, 'button.toggle');
    await waitUntil(() => (element as HTMLElement & { loadedPlan?: unknown }).loadedPlan !== undefined, 'the feed did not load');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect($(element, 'button.toggle')).to.equal(serverToggle);
    expect($$(element, 'li.objective')).to.have.length(7);
    serverToggle.click();
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(serverToggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('<pcp-action-plan> hydrates, then adds its filters (which the server leaves out: they need script), and filters', async () => {
    const element = await serverRendered('pcp-action-plan', [], 'west-cumbria-csp-2012-13');
    const firstRow = $(element, 'tbody tr');
    const rows = $$(element, 'tbody tr').length;
    // updateComplete is false while another update is pending (the one that adds the filters).
    while (!(await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    expect($(element, 'tbody tr')).to.equal(firstRow);
    const select = $<HTMLSelectElement>(element, 'select');
    expect(select).to.exist;
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change'));
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect($$(element, 'tbody tr').length).to.be.above(0).and.below(rows);
  });

  it('<pcp-priority-wheel> hydrates its static list into a list box, then measures its box and fits its labels', async () => {
    const element = await serverRendered('pcp-priority-wheel');
    const svg = $(element, 'svg');
    const segment = $(element, '[data-key="o1"]');
    // The server's wheel is a plain list (render.test.mjs); hydration renders it as the server did, then
    // again as the list box the script operates. updateComplete is false while another update is pending.
    while (!(await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    expect($(element, 'svg')).to.equal(svg);
    expect($(element, '[data-key="o1"]')).to.equal(segment);
    expect($$(element, '[role="listbox"] > [role="option"]')).to.have.length(7);
    expect($$(element, '[role="listitem"], [role="list"]')).to.have.length(0);
    expect($$(element, '[role="option"][tabindex="0"]')).to.have.length(1);
    expect($(element, 'button.pcp-button')).to.exist;
    // The server's own segment now selects.
    segment.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    while (!(await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    expect(segment.getAttribute('aria-selected')).to.equal('true');
  });
});
