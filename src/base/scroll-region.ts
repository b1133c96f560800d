/**
 * A scrolling region's tab stop, there only while the region scrolls.
 *
 * A wide table sits in a labelled region (`role="region"` or `"group"`, named by its caption) that scrolls
 * sideways on its own, so the page reflows at 320px. A keyboard user can scroll it only if it takes focus
 * (WCAG 2.1.1; axe's `scrollable-region-focusable`), but a region that fits its table is a tab stop that
 * leads nowhere. This directive, bound to the region's `tabindex`, gives it `tabindex="0"` while its content
 * overflows it (sideways or down) and takes it away when it does not, and follows every resize of the
 * region or of its content. The role and name stay as the template gives them.
 *
 * Rendered on a server there is no layout to measure, so the region keeps `tabindex="0"`: a dead tab stop
 * is the lesser harm beside a wide table that no keyboard can scroll. In a browser the region starts the
 * same way (hydrated, it keeps the server's attribute) until the first measurement, which comes after
 * layout and before the first paint.
 *
 * While the region scrolls sideways the directive also shows it, for readers who cannot tell a clipped
 * table from a whole one: `data-more="start end"` on the region says which edges have more beyond them
 * (the styles draw a fade in the region's border there, outside the text, so no text loses contrast),
 * and the hint after the region ("Scroll sideways to see the whole table"), drawn hidden and empty, is
 * shown. Without script neither shows: a hint that cannot know whether the table fits would say it
 * scrolls when it does not.
 *
 * ```ts
 * html`<div class="table-region" role="region" aria-labelledby=${id} tabindex=${scrollRegion()}>…</div>`
 * ```
 * or, with the hint, `tableRegion(table, { labelledBy: id, hint: ctx.t.common.scrollHint })`.
 */
import { html, isServer, noChange, nothing, type AttributePart, type TemplateResult } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';

/** Overflow styles under which content beyond the box can be scrolled to. */
const SCROLLS = new Set(['auto', 'scroll']);

/**
 * Whether `region` scrolls: its content overhangs its box on an axis it lets scroll. Any overhang counts,
 * a pixel too: Chromium makes every scroller without focusable content a tab stop of its own, so the
 * region must agree with it (the tables' styles see that hidden text overhangs no region).
 */
export function overflows(region: Element): boolean {
  const style = getComputedStyle(region);
  const sideways = SCROLLS.has(style.overflowX) && region.scrollWidth > region.clientWidth;
  const down = SCROLLS.has(style.overflowY) && region.scrollHeight > region.clientHeight;
  return sideways || down;
}

class ScrollRegionDirective extends AsyncDirective {
  private region?: HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;
  /**
   * Scrolling moves the edges that have more beyond them; read once a frame. Marking an edge draws a
   * border, which resizes the region: done in a frame of its own, never inside the ResizeObserver's
   * report (which would then report again in the same frame: "ResizeObserver loop" errors).
   */
  private readonly markLater = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.region) markEdges(this.region);
    });
  };

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'tabindex' || partInfo.strings) {
      throw new Error('scrollRegion() must be the whole value of a tabindex attribute');
    }
  }

  /** On a server: always a tab stop (nothing can be measured there). */
  render() {
    return isServer ? '0' : nothing;
  }

  override update(part: AttributePart) {
    if (this.region !== part.element) {
      this.stop();
      this.region = part.element;
      // Until the first measurement, a tab stop, as on a server: a wide table is never out of reach, even
      // to a check that runs between the render and the next frame.
      if (!this.region.hasAttribute('tabindex')) this.region.setAttribute('tabindex', '0');
    }
    // Each render may bring new content (a re-drawn table): watch what is there now.
    if (this.isConnected) this.watch();
    return noChange;
  }

  protected override disconnected() {
    this.stop();
  }

  protected override reconnected() {
    this.watch();
  }

  /** Observes the region (its box) and each child (the content's size); the first report comes after layout. */
  private watch() {
    const region = this.region;
    if (!region || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(() => this.apply());
    this.observer.disconnect();
    region.addEventListener('scroll', this.markLater, { passive: true });
    this.observer.observe(region);
    for (const child of region.children) this.observer.observe(child);
  }

  private stop() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.region?.removeEventListener('scroll', this.markLater);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private apply() {
    const region = this.region;
    if (!region?.isConnected) return;
    // A region that is not laid out (display: none, a closed panel) cannot scroll.
    const scrolls = region.getClientRects().length > 0 && overflows(region);
    // The hint at once, before the paint (it is outside what is observed); the edges' borders a frame later.
    showHint(region);
    this.markLater();
    if (scrolls) {
      if (region.getAttribute('tabindex') !== '0') region.setAttribute('tabindex', '0');
    } else if (region.hasAttribute('tabindex')) {
      // Keep the focus it holds, if any, rather than drop it onto <body>: it goes once the region is left.
      if (region.matches(':focus')) {
        region.addEventListener('blur', () => this.apply(), { once: true });
        return;
      }
      region.removeAttribute('tabindex');
    }
  }
}

/** How far, in pixels, the content of `region` reaches beyond its start and end edges; zeros when it is not laid out or does not scroll sideways. */
function beyond(region: HTMLElement): { start: number; end: number } {
  if (!region.getClientRects().length || !SCROLLS.has(getComputedStyle(region).overflowX)) return { start: 0, end: 0 };
  // scrollLeft counts down from 0 in a right-to-left region: its distance from the start either way.
  const start = Math.abs(region.scrollLeft);
  return { start, end: Math.max(0, region.scrollWidth - region.clientWidth - start) };
}

/** A pixel's overhang (rounding, hidden text) is not a table that scrolls: the hint and edges need more. */
const OVERHANG = 1;

/**
 * Shows the hint after `region` while the region scrolls sideways, hides it otherwise. Its words wait in
 * `data-hint` and are written only when it shows: a render without script (which a CMS may strip of its
 * `hidden` attribute) has an empty hint, which shows nothing.
 */
function showHint(region: HTMLElement) {
  const hint = region.nextElementSibling;
  if (!(hint instanceof HTMLElement) || !hint.classList.contains('scroll-hint')) return;
  const { start, end } = beyond(region);
  const shown = start + end > OVERHANG;
  const words = shown ? (hint.dataset['hint'] ?? '') : '';
  if (hint.textContent !== words) hint.textContent = words;
  if (hint.hidden === shown) hint.hidden = !shown;
}

/** Marks the edges of `region` with content beyond them: `data-more` is "start", "end" or both, or absent. */
function markEdges(region: HTMLElement) {
  const { start, end } = beyond(region);
  const edges = [start > OVERHANG && 'start', end > OVERHANG && 'end'].filter(Boolean).join(' ');
  if (edges) {
    if (region.dataset['more'] !== edges) region.dataset['more'] = edges;
  } else if ('more' in region.dataset) {
    delete region.dataset['more'];
  }
}

/**
 * The `tabindex` of a scrolling region: `0` while its content overflows it, none otherwise; on a server, `0`.
 * Bind it as the attribute's whole value: `tabindex=${scrollRegion()}`.
 */
export const scrollRegion = directive(ScrollRegionDirective);

/** How a table's scrolling region is labelled and marked. */
export interface TableRegionOptions {
  /** The id of what names the region: the table's caption. */
  readonly labelledBy: string;
  /** The words shown under the region while it scrolls sideways ("Scroll sideways to see the whole table"). */
  readonly hint: string;
  /** "group" for a table among others in one part of a page (the action plan's sections). */
  readonly role?: 'region' | 'group';
  /** A CSS part name for the region. */
  readonly part?: string;
}

/**
 * A table in its labelled scrolling region (see `scrollRegion`), with the hint that shows while it
 * scrolls sideways. Styles: `tableStyles`.
 */
export function tableRegion(table: unknown, { labelledBy, hint, role = 'region', part }: TableRegionOptions): TemplateResult {
  return html`<div class="table-region" part=${part ?? nothing} role=${role} aria-labelledby=${labelledBy} tabindex=${scrollRegion()}>${table}</div>
    <p class="scroll-hint" hidden data-hint=${hint}></p>`;
}
