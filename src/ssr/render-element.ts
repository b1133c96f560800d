/// <reference types="node" />
/**
 * Server rendering of one element for `pcp render`: the element's shadow DOM as declarative shadow
 * DOM (`<template shadowrootmode="open">`), readable with no JavaScript, with the feed's address or
 * the feed itself inline so that the element upgrades in place when the script loads. Node only:
 * never part of the browser bundles.
 *
 * It fails safe in a CMS that strips tags but keeps their text (WordPress's kses): the stylesheets and
 * the inline feed are written inside HTML comments (`<style><!--…--></style>`), which CSS ignores, the
 * element reads through and kses keeps as comments, so stripping the tags leaves the shadow DOM's
 * content as plain HTML and nothing else visible.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { PlanFeed } from '../schema/plan.js';
import { ELEMENTS, PART_TAGS, type PartTag } from '../elements.js';
import { AUTOP_BLOCK_TAGS } from './autop-blocks.js';
import { minifyCss } from './minify-css.js';

/**
 * The elements `pcp render` can render: every element that shows part of a plan (src/elements.ts),
 * in alphabetical order as `pcp render` lists them.
 */
export const RENDERABLE_ELEMENTS: readonly PartTag[] = [...PART_TAGS].sort();

export type RenderableElement = PartTag;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JSON that is safe inside `<script type="application/json"><!--…--></script>`: `<` and `>` are
 * written `\u003c` and `\u003e`, so no text in the feed (`</script>`, `<!--`, `-->`) can end the
 * script element or the comment early.
 */
export function inlineJson(plan: unknown): string {
  return JSON.stringify(plan)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * `<script type="application/json">` holding `plan`, its JSON inside an HTML comment: a sanitiser that
 * removes the script but keeps its text (WordPress's kses) leaves an invisible comment, not the feed.
 * The elements read the JSON inside the comment (loader/inline-feed.ts).
 */
export function inlineFeedScript(plan: unknown): string {
  return `<script type="application/json"><!--${inlineJson(plan)}--></script>`;
}

/**
 * A stylesheet for a `<style>` element, inside an HTML comment: `<!--` and `-->` at a stylesheet's top
 * level are tokens CSS ignores (CDO and CDC), so the styles apply as before, and a sanitiser that removes
 * the `<style>` tag but keeps its text leaves an invisible comment, not the CSS. `</` is escaped so the
 * text cannot end the element; `-->` cannot occur in the elements' CSS.
 */
export function styleElement(css: string): string {
  if (css.includes('-->') || css.includes('<!--')) throw new Error('a stylesheet cannot hold "<!--" or "-->"');
  return `<style><!--${css.replace(/<\//g, '<\\/')}--></style>`;
}

const AUTOP_BLOCKS = AUTOP_BLOCK_TAGS.join('|');
const AFTER_BLOCK_TAG = new RegExp(`(<\\/?(?:${AUTOP_BLOCKS})(?=[\\s/>])[^>]*>)[ \\t\\n\\r\\f]+(?=<)`, 'gi');
const BEFORE_BLOCK_TAG = new RegExp(`>[ \\t\\n\\r\\f]+(?=<\\/?(?:${AUTOP_BLOCKS})[\\s/>])`, 'gi');

/**
 * The HTML on one line, for CMSs with automatic paragraphs (WordPress's `wpautop`, Drupal's line-break
 * filter), which turn a line break inside an element into `<br>`, and text between block tags, even
 * white space, into a paragraph. Every run of white space holding a line break becomes one space, in
 * text and attributes alike, and white space between a tag and a block tag goes; both render the same
 * (no element's styles keep white space, and it is not shown beside a block). `<pre>` and `<textarea>`
 * are left as they are.
 */
export function compactHtml(html: string): string {
  return html
    .split(/(<(pre|textarea)\b[\s\S]*?<\/\2>)/i)
    .map((part, index) =>
      index % 3 === 1
        ? part
        : index % 3 === 2
          ? ''
          : part
              .replace(/[ \t\f\r]*[\r\n][ \t\n\r\f]*/g, ' ')
              .replace(AFTER_BLOCK_TAG, '$1')
              .replace(BEFORE_BLOCK_TAG, '>')
              // A select ignores the space; a sanitiser that strips <option> leaves the choices apart.
              // (It goes after an option's closing markers: Lit's hydration skips text between parts.)
              .replace(/(<\/option>(?:<!--\/lit-part-->)*)(?=<option\b|<!--lit-part)/g, '$1 '),
    )
    .join('');
}

/** How the element gets its feed when the script upgrades it: from an address, or inline. */
export type FeedReference = { src: string } | 'inline';

/**
 * Renders `<tag attributes…>` showing `plan` (already validated). `attributes` are the element's HTML
 * attributes (`layout`, `heading-level`…); names must be lower-case HTML attribute names. `feed` says
 * where the element finds the plan when the script upgrades it: `{ src }`, the feed's address (the
 * `src` attribute), or `'inline'` (the default), the feed itself in a `<script type="application/json">`.
 */
export async function renderElement(
  tag: RenderableElement,
  plan: PlanFeed,
  attributes: Record<string, string>,
  feed: FeedReference = 'inline',
): Promise<string> {
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name (lower-case letters, digits and hyphens)`);
    if (name === 'src' || name.startsWith('on')) throw new Error(`the "${name}" attribute cannot be rendered (the feed's address is given with --src)`);
  }
  if (feed !== 'inline') attributes = { src: feed.src, ...attributes };
  // Registers the element (and Lit's server DOM shim, which @lit-labs/ssr installed on import).
  const entry = ELEMENTS.find((known) => known.tag === tag);
  if (!entry?.part) throw new Error(`<${tag}> is not an element pcp render can render`);
  await import(`../${entry.folder}/define.js`);
  const openTag = [tag, ...Object.entries(attributes).map(([name, value]) => `${name}="${escapeAttribute(value)}"`)].join(' ');
  const result = collectResultSync(render(html`${unsafeStatic(`<${openTag}`)} .plan=${plan}>${unsafeStatic(`</${tag}>`)}`));
  // The markers around the outer template belong to no client template: only the element's own are kept.
  const element = result
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    // Lit marks some parts with `<?>`, which HTML parses as a comment holding "?" but counts as a
    // parse error; `<!--?-->` is the same comment, written validly. (Feed text never contains a raw `<`.)
    .replaceAll('<?>', '<!--?-->')
    // @lit-labs/ssr writes the obsolete `shadowroot` beside `shadowrootmode` (for Chromium before 111),
    // and has no option to leave it out: it is not valid HTML, and browsers that parse declarative
    // shadow DOM read `shadowrootmode`. (Feed text never contains a raw `<`, so only tags match.)
    .replace(/<template shadowroot="(?:open|closed)" (?=shadowrootmode=)/g, '<template ')
    // The stylesheets as the bundle has them, without indentation and comments, inside a comment (styleElement).
    .replace(/<style>([^<]*)<\/style>/g, (_match, css: string) => styleElement(minifyCss(css)));
  const closing = `</${tag}>`;
  if (!element.startsWith(`<${tag}`) || !element.endsWith(closing)) throw new Error(`unexpected server output for <${tag}>`);
  if (feed !== 'inline') return compactHtml(element);
  // The inline feed: the element reads it on upgrade, so its first render in the browser matches this one.
  return compactHtml(`${element.slice(0, -closing.length)}${inlineFeedScript(plan)}${closing}`);
}
