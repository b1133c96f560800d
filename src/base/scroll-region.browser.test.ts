import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { scrollRegion, tableRegion } from './scroll-region.js';
import { tableStyles } from '../styles/table-styles.js';
import { tokens } from '../styles/tokens.js';

// A table region is a tab stop only while it scrolls (a keyboard user must reach a wide table to scroll
// it; one that fits is a tab stop that leads nowhere), and a resize of the region or its content moves it.

/** Before and after buttons, a container `containerWidth` wide, and in it a region holding a table `tableWidth` wide. */
async function mount(containerWidth: number, tableWidth: number) {
  const host = await fixture<HTMLElement>(fixtureHtml`<div></div>`);
  render(
    html`<button id="before">Before</button>
      <div id="container" style="width: ${containerWidth}px">
        <div id="region" role="region" aria-labelledby="caption" style="overflow-x: auto" tabindex=${scrollRegion()}>
          <table id="table" style="width: ${tableWidth}px">
            <caption id="caption">Revenue budget</caption>
            <tr><th scope="row">Policing</th><td>£1</td></tr>
          </table>
        </div>
      </div>
      <button id="after">After</button>`,
    host,
  );
  const get = (id: string) => host.querySelector<HTMLElement>(`#${id}`)!;
  // The first measurement comes from the ResizeObserver's first report, after layout.
  await frames();
  return { host, region: get('region'), container: get('container'), table: get('table'), before: get('before') };
}

/** Two animation frames: by then a layout has run and every ResizeObserver has reported it. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Where Tab goes from `start`. */
async function tabFrom(start: HTMLElement): Promise<string> {
  start.focus();
  await sendKeys({ press: 'Tab' });
  return document.activeElement?.id ?? '';
}

describe('scrollRegion()', () => {
  it('gives a table that fits its container no tab stop', async () => {
    const { region, before } = await mount(600, 200);
    expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    expect(region.hasAttribute('tabindex')).to.equal(false);
    expect(region.tabIndex).to.equal(-1);
    expect(await tabFrom(before)).to.equal('after');
    // The role and name stay as the template gives them.
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-labelledby')).to.equal('caption');
  });

  it('makes a table wider than its container a tab stop, announced as a region named by its caption', async () => {
    const { region, before } = await mount(300, 900);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(await tabFrom(before)).to.equal('region');
    // Its name: the caption it is labelled by.
    expect(region.getAttribute('role')).to.equal('region');
    const label = document.getElementById(region.getAttribute('aria-labelledby')!);
    expect(label?.localName).to.equal('caption');
    expect(label?.textContent).to.equal('Revenue budget');
    // Focused, the arrow keys scroll it.
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'the arrow key scrolled the region');
  });

  it('follows a resize of the container both ways', async () => {
    const { region, container, before } = await mount(600, 400);
    expect(region.hasAttribute('tabindex')).to.equal(false);
    container.style.width = '200px';
    await waitUntil(() => region.getAttribute('tabindex') === '0', 'narrowed, the region became a tab stop');
    expect(await tabFrom(before)).to.equal('region');
    before.focus();
    container.style.width = '800px';
    await waitUntil(() => !region.hasAttribute('tabindex'), 'widened, the region stopped being a tab stop');
    expect(await tabFrom(before)).to.equal('after');
  });

  it('follows its content: a table that grows or shrinks inside a container of fixed width', async () => {
    const { region, table } = await mount(400, 200);
    expect(region.hasAttribute('tabindex')).to.equal(false);
    table.style.width = '1000px';
    await waitUntil(() => region.getAttribute('tabindex') === '0', 'the wider table made the region a tab stop');
    table.style.width = '100px';
    await waitUntil(() => !region.hasAttribute('tabindex'), 'the narrower table took the tab stop away');
  });

  it('keeps the focus a region holds when it stops scrolling, and gives up its tab stop once left', async () => {
    const { region, container, before } = await mount(200, 400);
    region.focus();
    expect(document.activeElement).to.equal(region);
    container.style.width = '800px';
    await frames();
    expect(document.activeElement, 'focus stays where the reader is').to.equal(region);
    before.focus();
    await waitUntil(() => !region.hasAttribute('tabindex'), 'left, the region is no longer a tab stop');
  });

  it('counts a region hidden by display: none as not scrolling, and measures it again once shown', async () => {
    const { region, container } = await mount(200, 400);
    expect(region.getAttribute('tabindex')).to.equal('0');
    container.style.display = 'none';
    await waitUntil(() => !region.hasAttribute('tabindex'), 'hidden, the region is no tab stop');
    container.style.display = '';
    await waitUntil(() => region.getAttribute('tabindex') === '0', 'shown again, it scrolls');
  });

  it('is a tab stop from the render until its first measurement (as on a server), so a wide table is never out of reach', async () => {
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    render(html`<div role="region" aria-label="Narrow" style="overflow-x: auto" tabindex=${scrollRegion()}><table style="width: 100px"><tr><td>1</td></tr></table></div>`, host);
    const region = host.firstElementChild as HTMLElement;
    expect(region.getAttribute('tabindex'), 'before layout').to.equal('0');
    await waitUntil(() => !region.hasAttribute('tabindex'), 'measured, the narrow table gave up its tab stop');
    host.remove();
  });

  it('refuses any binding but the whole value of tabindex', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${scrollRegion()}></div>`, host)).to.throw(/tabindex/);
  });

  describe('tableRegion(): the edges with more beyond them, and the hint while it scrolls', () => {
    /** A table region as the elements draw it, in a shadow root with the tables' styles. */
    async function drawn(containerWidth: number, tableWidth: number) {
      const host = await fixture<HTMLElement>(fixtureHtml`<div style="width: ${containerWidth}px"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [tokens.styleSheet!, tableStyles.styleSheet!];
      render(
        tableRegion(html`<table style="width: ${tableWidth}px"><caption id="c">Budget</caption><tr><td>£1</td></tr></table>`, {
          labelledBy: 'c',
          hint: 'Scroll sideways to see the whole table.',
        }),
        root,
      );
      await frames();
      await frames();
      const region = root.querySelector<HTMLElement>('.table-region')!;
      const hint = root.querySelector<HTMLElement>('.scroll-hint')!;
      return { host, region, hint };
    }

    it('a table that fits: no edge marked, no hint (and no words in it), no border drawn', async () => {
      const { region, hint } = await drawn(600, 200);
      expect(region.dataset['more']).to.equal(undefined);
      expect(hint.hidden).to.equal(true);
      expect(hint.textContent).to.equal('');
      expect(getComputedStyle(hint).display).to.equal('none');
      expect(getComputedStyle(region).borderRightWidth).to.equal('0px');
    });

    it('a wide table: the end edge marked and faded outside the text, the hint shown; scrolled, the start too, then the start alone', async () => {
      const { region, hint } = await drawn(300, 900);
      expect(region.dataset['more']).to.equal('end');
      expect(hint.hidden).to.equal(false);
      expect(getComputedStyle(hint).display).to.equal('block');
      expect(hint.textContent).to.equal('Scroll sideways to see the whole table.');
      const style = getComputedStyle(region);
      expect(parseFloat(style.borderRightWidth), 'a fade at the end edge').to.be.above(8);
      expect(style.borderLeftWidth).to.equal('0px');
      expect(style.borderImageSource).to.match(/linear-gradient/);
      region.scrollLeft = 100;
      await waitUntil(() => region.dataset['more'] === 'start end', 'scrolled a little: more on both sides');
      expect(parseFloat(getComputedStyle(region).borderLeftWidth), 'a fade at the start edge').to.be.above(8);
      region.scrollLeft = region.scrollWidth;
      await waitUntil(() => region.dataset['more'] === 'start', 'scrolled to the end: more before it only');
      expect(getComputedStyle(region).borderRightWidth).to.equal('0px');
    });

    it('a table that stops scrolling loses its marks and its hint', async () => {
      const { host, region, hint } = await drawn(300, 900);
      expect(hint.hidden).to.equal(false);
      host.style.width = '1200px';
      await waitUntil(() => hint.hidden && region.dataset['more'] === undefined, 'widened: no marks, no hint');
      expect(hint.textContent).to.equal('');
    });
  });
});
