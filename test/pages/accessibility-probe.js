// In-page half of the accessibility suite (loaded by accessibility.html): mounts one case at a time
// and measures what a user would meet, through every shadow root. The assertions are in
// accessibility-suite.mjs.
const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Every element in the flat tree under `root`, in order: shadow content, with slots replaced by what they show. */
function flat(root, out = []) {
  for (const child of (root.shadowRoot ?? root).children) {
    if (child.localName === 'slot') {
      for (const assigned of child.assignedElements({ flatten: true })) {
        out.push(assigned);
        flat(assigned, out);
      }
      continue;
    }
    out.push(child);
    flat(child, out);
  }
  return out;
}

const pcpElements = () => flat(stage).filter((element) => element.localName.startsWith('pcp-'));

/** Waits until every element has loaded its feed and finished rendering (re-renders after a resize too). */
async function settle() {
  for (let round = 0; round < 50; round += 1) {
    const elements = pcpElements();
    const busy = elements.some(
      (element) => !element.shadowRoot || element.shadowRoot.querySelector('[part~="loading"]') || element.isUpdatePending,
    );
    if (!busy) {
      await Promise.all(elements.map((element) => element.updateComplete));
      await frame();
      if (!pcpElements().some((element) => element.isUpdatePending)) return;
    } else {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error('the elements did not settle');
}

function describe(element) {
  if (!element) return 'nothing';
  const host = element.getRootNode().host;
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `${host ? `${host.localName} > ` : ''}${element.localName}${element.id ? `#${element.id}` : ''}${text ? ` "${text}"` : ''}`;
}

function deepActive() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

window.__a11y = {
  settle,

  async mount(html, preset) {
    const link = document.getElementById('preset');
    if (!link.href.endsWith(`/themes/${preset}.css`)) {
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
      link.href = `/themes/${preset}.css`;
      await loaded;
    }
    document.documentElement.style.fontSize = '';
    stage.innerHTML = html;
    await settle();
    const host = stage.firstElementChild;
    return {
      empty: Boolean(host?.shadowRoot?.querySelector('[part~="empty"]')),
      errors: pcpElements()
        .filter((element) => element.shadowRoot.querySelector('[part~="error"]'))
        .map((element) => `${element.localName}: ${element.shadowRoot.querySelector('[part~="error"]').textContent.trim()}`),
      text: pcpElements()
        .map((element) => element.shadowRoot.textContent)
        .join(' ')
        .trim().length,
    };
  },

  /** The tab stops a keyboard user should meet, in DOM order (flat tree), from #before to #after. */
  tabStops() {
    const stops = flat(stage).filter(
      (element) =>
        element.tabIndex >= 0 && !element.disabled && !element.closest('[inert]') && element.checkVisibility({ visibilityProperty: true }),
    );
    window.__stops = stops;
    return stops.map(describe);
  },

  /** Where the focus is: an index into the tab stops, or 'before', 'after', or a description. */
  focused() {
    const active = deepActive();
    const index = window.__stops.indexOf(active);
    if (index >= 0) return index;
    if (active?.id === 'before' || active?.id === 'after') return active.id;
    return describe(active);
  },

  /** Where the focus is now, and the focus indicator drawn there. */
  step() {
    const where = this.focused();
    return { where, indicator: typeof where === 'number' ? this.indicator(where) : undefined };
  },

  /** The focus indicator of every tab stop (called with the focus outside the element). */
  indicators() {
    return window.__stops.map((_, index) => this.indicator(index));
  },

  /** The focus indicator of tab stop `index` as drawn now: outline, shadow, background, or a drawn ring. */
  indicator(index) {
    const element = window.__stops[index];
    const style = getComputedStyle(element);
    const ring = element.getRootNode().querySelector?.('.focus-ring .inner');
    const ringStyle = ring && getComputedStyle(ring);
    return {
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineColor: style.outlineColor,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
      // The wheel draws its own ring round the focused segment instead of an outline.
      ring: ringStyle && ringStyle.stroke !== 'none' && parseFloat(ringStyle.strokeWidth) >= 2 ? ringStyle.stroke : undefined,
    };
  },

  /** What the page behind the element is painted with (Canvas under forced colours). */
  pageBackground() {
    return getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
      ? getComputedStyle(document.documentElement).backgroundColor.replace('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')
      : getComputedStyle(document.body).backgroundColor;
  },

  /** Elements with an animation or transition that takes time. */
  motion() {
    const moving = [];
    for (const element of flat(stage)) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const seconds = (value) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
        const transition = style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0;
        const animation = style.animationName !== 'none' && seconds(style.animationDuration) > 0;
        if (!transition && !animation) continue;
        const what = transition ? `transition ${style.transitionDuration}` : `animation ${style.animationName}`;
        moving.push(`${describe(element)}${pseudo ?? ''}: ${what}`);
      }
    }
    return moving;
  },

  /** Page-level horizontal scroll, and each region that scrolls sideways inside the element. */
  reflow() {
    const regions = flat(stage)
      .filter((element) => /auto|scroll/.test(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth + 1)
      .map((element) => {
        const root = element.getRootNode();
        const named = (element.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => root.getElementById(id)?.textContent.trim() ?? '')
          .join(' ');
        return {
          region: describe(element),
          tabbable: element.tabIndex >= 0,
          role: element.getAttribute('role'),
          name: named || element.getAttribute('aria-label') || '',
        };
      });
    return { scrollWidth: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, regions };
  },

  /** Text cut off: an element that hides its overflow while its content is larger than its box. */
  clipped() {
    return flat(stage)
      .filter((element) => {
        const style = getComputedStyle(element);
        if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) return false;
        // Visually hidden text (1px boxes) is meant for screen readers only.
        if (element.clientWidth <= 1 || element.clientHeight <= 1) return false;
        const wide = /hidden|clip/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const tall = /hidden|clip/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        return (wide || tall) && element.textContent.trim() !== '';
      })
      .map((element) => {
        const { scrollWidth, scrollHeight, clientWidth, clientHeight } = element;
        return `${describe(element)}: ${scrollWidth}×${scrollHeight} in ${clientWidth}×${clientHeight}`;
      });
  },

  /** Font size of the first run of text in the element, to confirm that text scaling reached it. */
  textSize() {
    const walker = document.createTreeWalker(stage.firstElementChild.shadowRoot, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      const box = parent?.getBoundingClientRect();
      // (Skipping text that is off-screen until focused, such as a skip link.)
      const shown = box && box.width > 1 && box.right > 0 && !parent.closest('svg');
      if (walker.currentNode.textContent.trim() && shown) return parseFloat(getComputedStyle(parent).fontSize);
    }
    return 0;
  },

  /** Chart marks (wheel segments, funding slices, progress bars, meters and columns): their colour and their edge. */
  marks() {
    const marks = [];
    for (const element of pcpElements()) {
      const root = element.shadowRoot;
      // (Only the SVG's: progress's bars and columns are HTML, whose colour is their background.)
      const svgMarks = root.querySelectorAll('svg .mark .segment, svg[part="chart"] .slice, svg[part="chart"] .rest');
      for (const mark of svgMarks) {
        const style = getComputedStyle(mark);
        const edge = style.stroke === 'none' ? undefined : style.stroke;
        marks.push({ mark: `${element.localName} ${mark.getAttribute('class')}`, fill: style.fill, edge });
      }
      for (const mark of root.querySelectorAll('.bar .segment, .meter .segment.fill, [part="series"] .segment')) {
        if (!mark.getBoundingClientRect().width) continue;
        const style = getComputedStyle(mark);
        const edge = style.borderTopStyle === 'none' ? undefined : style.borderTopColor;
        marks.push({ mark: `${element.localName} ${mark.getAttribute('class')}`, fill: style.backgroundColor, edge });
      }
    }
    return marks;
  },

  /** The first control of a kind, focused with the keyboard's focus (for the key checks). */
  control(selector) {
    const found = flat(stage).find((element) => element.matches(selector) && element.checkVisibility());
    window.__control = found;
    return found ? describe(found) : undefined;
  },
  controlState(attribute) {
    return window.__control?.getAttribute(attribute);
  },
  controlFocused() {
    return deepActive() === window.__control;
  },
  /** The focus is on a table with a caption: where a "Show as table" toggle sends it, so the table is announced by name. */
  focusOnCaptionedTable() {
    const active = deepActive();
    return active?.localName === 'table' && Boolean(active.querySelector(':scope > caption')?.textContent.trim());
  },
  activeOption() {
    const active = deepActive();
    return active?.getAttribute('role') === 'option' ? { key: active.dataset.key, selected: active.getAttribute('aria-selected') } : undefined;
  },
  /** The focus is on the plan's main part, after its contents list. */
  focusPassedContents() {
    const active = deepActive();
    const nav = active?.getRootNode().querySelector?.('nav');
    if (!active || !nav || active === window.__control || nav.contains(active)) return false;
    return Boolean(nav.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  },
  controlText() {
    return window.__control?.textContent.trim().replace(/\s+/g, ' ');
  },
  countText() {
    return pcpElements()
      .map((element) => element.shadowRoot.querySelector('[part="count"]')?.textContent.trim())
      .find(Boolean);
  },
};
window.__a11yReady = true;
