/**
 * `dist/autoloader.js`: one small script that loads only the elements a page shows.
 *
 * ```html
 * <script type="module" src="https://unpkg.com/pcp-elements/dist/autoloader.js"></script>
 * <pcp-objectives src="/feeds/plan.json"></pcp-objectives>
 * ```
 *
 * It looks for `pcp-*` tags on the page, now and as they are added later, and imports each one's module
 * (`dist/<element>.js`, beside this file) the first time it sees the tag. The modules share Lit, the
 * loader and the schema through `dist/chunks/`, so the page holds one copy of each however many
 * elements it shows, and elements with the same `src` make one request. Tags inside the shadow roots
 * the elements draw are found too. A page whose own components hold `pcp-*` tags in their shadow roots
 * calls `discover(shadowRoot)` (exported) once those roots exist.
 *
 * Like Web Awesome's and Shoelace's autoloaders; it imports nothing itself but the list of elements.
 */
import { ELEMENTS } from '../elements.js';

/** Each element's module, by tag: `dist/<folder>.js` beside this file. */
const MODULES = new Map<string, string>(ELEMENTS.map((element) => [element.tag, `${element.folder}.js`]));

const requested = new Set<string>();
const watched = new WeakSet<Node>();

/** Imports the module of `tag` once, unless a script already on the page has registered it. */
function load(tag: string): void {
  const file = MODULES.get(tag);
  if (!file || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch((error: unknown) => {
    // Another tag of the same name may try again (a network blip should not leave it dead for good).
    requested.delete(tag);
    console.error(`pcp-elements: could not load ${file} for <${tag}>.`, error);
  });
}

/** A `pcp-*` element: its module loaded, and once it is defined its shadow root watched. */
function found(element: Element): void {
  const tag = element.localName;
  if (!tag.startsWith('pcp-')) return;
  load(tag);
  if (MODULES.has(tag)) {
    void customElements.whenDefined(tag).then(() => {
      if (element.shadowRoot) discover(element.shadowRoot);
    });
  }
}

/** Every `pcp-*` element in `root`, and `root` itself. */
function scan(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) found(root);
  for (const element of root.querySelectorAll('*')) found(element);
}

/**
 * Loads the elements used in `root` (a document or a shadow root) and in what is added to it later.
 * The autoloader calls it on the page and on each element's shadow root; call it on the shadow roots
 * of a page's own components that hold `pcp-*` tags.
 */
export function discover(root: Document | ShadowRoot): void {
  scan(root);
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(root, { childList: true, subtree: true });
}

discover(document);
