// The floor: the same content as static HTML. A rendered element is serialized once, its shadow
// roots as declarative shadow DOM with their styles as <style> text, Lit's comment markers dropped
// and the pcp-* tags renamed so nothing upgrades: what a hand-written page with the same markup and
// CSS would hand the browser. Timing it is timing the browser's HTML parser, style and layout.

/** Every shadow root under `host` (its own included). */
function shadowRoots(host, found = []) {
  if (host.shadowRoot) {
    found.push(host.shadowRoot);
    for (const child of host.shadowRoot.querySelectorAll('*')) shadowRoots(child, found);
  }
  for (const child of host.children) shadowRoots(child, found);
  return found;
}

const cssText = (root) => root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');

/** The element's rendered DOM and styles as one HTML string. */
export function floorHtml(element) {
  const roots = shadowRoots(element);
  const added = roots.map((root) => {
    const style = document.createElement('style');
    style.textContent = cssText(root);
    root.prepend(style);
    return style;
  });
  const attrs = [...element.attributes].map((attr) => ` ${attr.name}="${attr.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  const inner = element.getHTML({ shadowRoots: roots });
  for (const style of added) style.remove();
  return `<${element.localName}${attrs}>${inner}</${element.localName}>`
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<(\/?)pcp-/g, '<$1static-pcp-');
}

/** One run: parse the HTML into a fresh container on the page, then force layout. */
export async function timeFloor(stage, html) {
  stage.replaceChildren();
  const start = performance.now();
  const container = document.createElement('div');
  container.setHTMLUnsafe(html);
  stage.append(container);
  container.getBoundingClientRect();
  document.body.offsetHeight; // forced layout
  const ms = performance.now() - start;
  return { ms, height: container.firstElementChild.getBoundingClientRect().height };
}
