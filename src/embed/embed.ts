/**
 * The iframe embed page's script (dist/embed.js, loaded by dist/embed.html): shows the element its
 * address names (see embed-address.ts), and tells the host page its height (see embed-host.ts).
 *
 * Only the chosen element's module is loaded (dist/<folder>.js). Nothing here writes HTML from the
 * address: the element is created by tag from the registry, its attributes set one by one.
 */
// The shared core (Lit, the loader, the words) and <pcp-plan>, as every element module imports them.
// Imported here too so the bundler keeps one core chunk for the element modules and this page, rather
// than splitting off the part this script uses (a chunk more for every element module).
import '../plan/define.js';
import type { PcpElement } from '../base/pcp-element.js';
import { loadCatalogue, type Messages } from '../i18n/catalogues.js';
import { EMBEDDABLE_TAGS, pickAttributes, readEmbedAddress, type EmbedProblem } from './embed-address.js';

/** The message a frame sends its host page when its content height changes. */
export interface EmbedHeightMessage {
  type: 'pcp-embed:height';
  /** The content height in CSS pixels, rounded up. */
  height: number;
  /** The `id` parameter of the frame's address, when it has one. */
  id?: string;
}

const LOG = 'pcp-elements embed:';

async function start(): Promise<void> {
  const address = readEmbedAddress(location.search, location.href);
  const root = document.getElementById('pcp-embed')!;
  reportHeight(address.id);
  for (const warning of address.warnings) console.warn(LOG, warning);
  if (address.lang) document.documentElement.lang = address.lang;
  const t = await loadCatalogue(document.documentElement.lang || 'en');
  document.title = t.common.loading;

  if (!address.element || !address.src) {
    showProblems(root, t, address.problems);
    return;
  }
  const { tag, folder } = address.element;
  try {
    // The element's own module, beside this one in dist/ (a name from the registry, never from the address).
    await import(/* @vite-ignore */ `./${folder}.js`);
  } catch (error) {
    console.error(LOG, `dist/${folder}.js could not be loaded.`, error);
    showProblem(root, t, t.common.errorKinds.network, `The code for <${tag}> could not be loaded.`);
    return;
  }
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const { set, refused } = pickAttributes(address.parameters, observed);
  const settable = observed.filter((name) => name !== 'src').join(', ');
  for (const { name, reason } of refused) {
    const why =
      reason === 'event-handler'
        ? 'event handler attributes are never set'
        : reason === 'style'
          ? 'the style attribute is never set'
          : `<${tag}> has no such attribute (it has: ${settable})`;
    console.warn(LOG, `"${name}" is not set: ${why}.`);
  }

  const element = document.createElement(tag) as PcpElement;
  if (address.lang) element.setAttribute('lang', address.lang);
  for (const [name, value] of set) element.setAttribute(name, value);
  element.setAttribute('src', address.src);
  // A frame's title names it to assistive technology: the plan's own title, once loaded.
  element.addEventListener('pcp-load', () => {
    document.title = element.loadedPlan?.title ?? document.title;
  });
  element.addEventListener('pcp-error', () => {
    if (!element.loadedPlan) document.title = t.common.errorTitle;
  });
  root.append(element);
}

/** Shows why nothing can be shown, in the page's language where the words exist, and logs the detail. */
function showProblems(root: HTMLElement, t: Messages, problems: readonly EmbedProblem[]): void {
  const details = problems.map((problem) => {
    switch (problem.kind) {
      case 'unknown-element':
        return `“${problem.value}” is not an element this page can show. It can show ${EMBEDDABLE_TAGS.join(', ')}.`;
      case 'no-src':
        return 'The address of this page does not say which plan to show: it needs src=, the URL of the plan.';
      case 'bad-src':
        return `“${problem.value}” is not a web address (http or https), so no plan is shown.`;
    }
  });
  const noPlan = problems.some((problem) => problem.kind !== 'unknown-element');
  showProblem(root, t, noPlan ? t.common.errorKinds['no-source'] : undefined, ...details);
}

/**
 * The message box: the catalogue's title and sentence (in the page's language), then the detail, which
 * is English (marked so on a page in another language, as the elements mark their own error detail).
 */
function showProblem(root: HTMLElement, t: Messages, sentence: string | undefined, ...details: string[]): void {
  document.title = t.common.errorTitle;
  const box = document.createElement('div');
  box.className = 'pcp-embed-problem';
  box.setAttribute('role', 'alert');
  const paragraph = (text: string, lang?: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (lang) p.lang = lang;
    box.append(p);
  };
  paragraph(t.common.errorTitle);
  if (sentence) paragraph(sentence);
  const english = t.locale.startsWith('en');
  for (const detail of details) {
    paragraph(detail, english ? undefined : 'en');
    console.error(LOG, detail);
  }
  root.replaceChildren(box);
}

/**
 * Posts the page's content height to the host page whenever it changes (Datawrapper's responsive
 * iframe pattern): embed-host.js sets the frame's height from it. The height is no secret, so it is
 * posted to any origin. The host script asks again when it starts (`pcp-embed:measure`), in case it
 * loaded after the first message.
 */
function reportHeight(id: string | undefined): void {
  if (window.parent === window) return;
  let sent = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    const message: EmbedHeightMessage = { type: 'pcp-embed:height', height, ...(id ? { id } : {}) };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || (event.data as { type?: unknown } | null)?.type !== 'pcp-embed:measure') return;
    sent = -1;
    post();
  });
}

void start();
