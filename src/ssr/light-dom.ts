/// <reference types="node" />
/**
 * `pcp render --light-dom`: the server-rendered element as plain HTML for CMSs that strip
 * `<template>` (and scripts). Each element's shadow content becomes the content of a
 * `<div class="pcp-static">`; what only works with script goes (controls, keyboard hints, the
 * inline feed, Lit's markers); closed accordion panels are opened; generated ids get a suffix so two
 * renders on one page never share one. The elements' own stylesheets come with it, scoped to their
 * `<div>` with CSS nesting (`:host` becomes `&`), so the static copy looks like the live element.
 *
 * It is the form for a CMS, so it is written to read well even when a sanitiser strips tags and keeps
 * their text (WordPress's kses) and no stylesheet applies: no `data:` download links (kses turns them
 * into broken relative links), no script-only controls, and nothing named twice.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { AUTOP_BLOCK_TAGS } from './autop-blocks.js';
import { minifyCss } from './minify-css.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * Controls and hints that do nothing without script, and the CSV downloads, whose `data:` links a
 * sanitiser rewrites into broken ones (by class). A table's scroll hint is shown only by script that
 * measures the table: without it the hint cannot know whether the table scrolls.
 */
const SCRIPT_ONLY_CLASSES = ['pcp-button', 'pcp-retry', 'skip', 'instructions', 'filters', 'download', 'scroll-hint'];
/** The blocks before whose end wpautop removes a `<br>` (as its source lists them). */
const BLOCKS_ENDING_LINES = ['p', 'li', 'div', 'dl', 'dd', 'dt', 'th', 'pre', 'td', 'ul', 'ol'];
/** Rows of controls, left out when none of their controls is left. */
const CONTROL_ROW_CLASSES = ['controls', 'toolbar'];
/** Attributes that describe script behaviour (`tabindex` is kept where it makes a scrolling region reachable). */
const SCRIPT_ONLY_ATTRIBUTES = ['aria-expanded', 'aria-controls', 'aria-pressed', 'aria-busy', 'hidden', 'defer-hydration', 'part', 'exportparts'];
/** Attributes that hold lists of ids. */
const ID_LIST_ATTRIBUTES = ['id', 'for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant'];
/** Attributes that may hold `url(#id)`. */
const URL_REFERENCE_ATTRIBUTES = ['fill', 'stroke', 'mask', 'clip-path', 'filter'];
/** Ids the elements generate: `pcp-wheel-1`, `pcp-budget-2-caption`… (not the feed's own ids, which are deep links). */
const GENERATED_ID = /^pcp-[a-z]+(?:-[a-z]+)*-\d+(?:-[a-z0-9-]+)?$/;

const isElement = (node: Node): node is Element => 'tagName' in node;
const classes = (element: Element) => (element.attrs.find((attribute) => attribute.name === 'class')?.value ?? '').split(/\s+/);

export interface LightDom {
  html: string;
  /** The stylesheet of every element in `html`, scoped to its `<div class="pcp-…">`. */
  css: string;
}

export function toLightDom(serverHtml: string, idSuffix: string): LightDom {
  const fragment = parseFragment(serverHtml);
  const styles = new Map<string, string>();
  generated = collectGeneratedIds(fragment);
  flatten(fragment, idSuffix, true, styles);
  return { html: serialize(fragment), css: [...styles].map(([tag, css]) => scopeHostStyles(tag, css)).join('\n') };
}

/**
 * `:host { … } .title { … }` of <pcp-objectives> → `.pcp-objectives { & { … } .title { … } }`. Host
 * attribute selectors follow the renaming to data-* (`:host([layout='grid'])` → `&[data-layout='grid']`);
 * `@keyframes`, which cannot be nested, move out in front.
 */
export function scopeHostStyles(tag: string, css: string): string {
  const keyframes: string[] = [];
  let rest = '';
  for (let index = 0; index < css.length; ) {
    const start = css.indexOf('@keyframes', index);
    if (start === -1) {
      rest += css.slice(index);
      break;
    }
    rest += css.slice(index, start);
    let depth = 0;
    let end = css.indexOf('{', start);
    for (; end < css.length; end += 1) {
      if (css[end] === '{') depth += 1;
      else if (css[end] === '}' && (depth -= 1) === 0) break;
    }
    keyframes.push(css.slice(start, end + 1));
    index = end + 1;
  }
  // Keyframe names are global: prefixed with the tag, so they cannot meet the host page's own.
  let scoped = rest;
  const renamed = keyframes.map((block) =>
    block.replace(/^@keyframes\s+([\w-]+)/, (_match, name: string) => {
      scoped = scoped.replace(new RegExp(`(animation(?:-name)?:[^;}]*?)\\b${name}\\b`, 'g'), `$1${tag}-${name}`);
      return `@keyframes ${tag}-${name}`;
    }),
  );
  const nested = scoped
    .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, (_match, inner: string) => `&${inner.replace(/\[(?!data-)([a-z-]+)/g, '[data-$1')}`)
    .replace(/:host\b/g, '&');
  return `${renamed.join('')}.${tag}{${nested}}`;
}

/** The generated ids of this render: only these are renamed, never a link or an id from the feed. */
let generated = new Set<string>();

function collectGeneratedIds(root: ParentNode, found = new Set<string>()): Set<string> {
  for (const node of root.childNodes) {
    if (!isElement(node)) continue;
    const id = node.attrs.find((a) => a.name === 'id')?.value;
    if (id && GENERATED_ID.test(id)) found.add(id);
    if (node.tagName === 'template') collectGeneratedIds((node as DefaultTreeAdapterMap['template']).content, found);
    collectGeneratedIds(node, found);
  }
  return found;
}

/** An attribute with this render's generated ids given the suffix (exact ids, `#id` links, `url(#id)`). */
function renameIds(name: string, value: string, idSuffix: string): string {
  const rename = (id: string) => (generated.has(id) ? `${id}-${idSuffix}` : id);
  if (ID_LIST_ATTRIBUTES.includes(name)) return value.split(/(\s+)/).map(rename).join('');
  if (name === 'href' && value.startsWith('#')) return `#${rename(value.slice(1))}`;
  if (URL_REFERENCE_ATTRIBUTES.includes(name)) return value.replace(/url\(#([^)]+)\)/g, (_match, id: string) => `url(#${rename(id)})`);
  return value;
}

function flatten(parent: ParentNode, idSuffix: string, topLevel: boolean, styles: Map<string, string>): void {
  const result: Node[] = [];
  for (const node of parent.childNodes) {
    if (node.nodeName === '#comment') continue;
    if (!isElement(node)) {
      // Template indentation: runs of blank lines become one line break.
      if ('value' in node) node.value = node.value.replace(/\s*\n\s*/g, '\n');
      result.push(node);
      continue;
    }
    if (['style', 'slot', 'script', 'link'].includes(node.tagName)) continue;
    if (classes(node).some((name) => SCRIPT_ONLY_CLASSES.includes(name))) continue;
    // A layout drawn twice, one for wide containers and one for narrow (the action plan's tables and
    // cards), keeps only the wide one, shown at every width: without a stylesheet both would show.
    if (classes(node).includes('narrow-only')) continue;
    const wideOnly = node.attrs.find((a) => a.name === 'class' && classes(node).includes('wide-only'));
    if (wideOnly) wideOnly.value = classes(node).filter((name) => name !== 'wide-only').join(' ');
    const attribute = (name: string) => node.attrs.find((a) => a.name === name)?.value;
    // A download made in the page (`data:`), and a live region, which only script fills.
    if (node.tagName === 'a' && attribute('href')?.startsWith('data:')) continue;
    if (attribute('aria-live') !== undefined && textOf(node).trim() === '') continue;
    const shadow = node.childNodes.find(
      (child): child is DefaultTreeAdapterMap['template'] => isElement(child) && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'),
    );
    if (node.tagName.startsWith('pcp-') && shadow) {
      // <pcp-objectives layout="grid"> → <div class="pcp-static pcp-objectives" data-layout="grid">…
      const tag = node.tagName;
      const div = node as Element;
      const attributes = node.attrs.filter((a) => !SCRIPT_ONLY_ATTRIBUTES.includes(a.name) && a.name !== 'class');
      div.attrs = [
        { name: 'class', value: `${topLevel ? 'pcp-static ' : ''}${tag}` },
        ...attributes.map((a) => ({ name: `data-${a.name}`, value: a.value })),
      ];
      div.tagName = 'div';
      div.nodeName = 'div';
      div.childNodes = shadow.content.childNodes;
      for (const child of div.childNodes) child.parentNode = div;
      if (!styles.has(tag)) {
        const css = div.childNodes
          .filter((child): child is Element => isElement(child) && child.tagName === 'style')
          .map((style) => style.childNodes.map((text) => ('value' in text ? text.value : '')).join(''))
          // The server render writes each stylesheet inside a comment (render-element.ts, styleElement).
          .map((text) => text.replace(/^\s*<!--/, '').replace(/-->\s*$/, ''))
          .join('');
        styles.set(tag, minifyCss(css));
      }
      flatten(div, idSuffix, false, styles);
      separateInlineRuns(div);
      result.push(div);
      continue;
    }
    if (node.tagName === 'button') {
      // An accordion's toggle: its title stays, as text.
      flatten(node, idSuffix, topLevel, styles);
      const span = node as Element;
      span.tagName = 'span';
      span.nodeName = 'span';
      span.attrs = span.attrs.filter((a) => a.name === 'class');
      result.push(span);
      continue;
    }
    labelFromHiddenChild(node);
    // Roving focus (tabindex -1/0 on a wheel's segments) needs script; a scrolling region's tabindex="0" does not.
    // (A table's scroll wrapper is a region, or a group inside the action plan's sections.)
    const region = node.attrs.some((a) => (a.name === 'role' && a.value === 'region') || (a.name === 'class' && a.value.split(/\s+/).includes('table-region')));
    node.attrs = node.attrs
      .filter((a) => !SCRIPT_ONLY_ATTRIBUTES.includes(a.name) && !a.name.startsWith('on') && (a.name !== 'tabindex' || region))
      .map((a) => ({ name: a.name, value: renameIds(a.name, a.value, idSuffix) }));
    if (node.tagName === 'template') flatten((node as DefaultTreeAdapterMap['template']).content, idSuffix, topLevel, styles);
    flatten(node, idSuffix, topLevel, styles);
    // A line break that ends a block shows nothing, and automatic paragraphs (wpautop) remove it.
    if (BLOCKS_ENDING_LINES.includes(node.tagName)) {
      const endsBlankly = (last: Node | undefined) => last !== undefined && (isElement(last) ? last.tagName === 'br' : textOf(last).trim() === '');
      while (endsBlankly(node.childNodes.at(-1))) node.childNodes.pop();
    }
    separateInlineRuns(node);
    // A row of controls left with none (the wheel's, without its button and download).
    const controlRow = classes(node).some((name) => CONTROL_ROW_CLASSES.includes(name));
    if (controlRow && node.childNodes.every((child) => !isElement(child) && textOf(child).trim() === '')) continue;
    result.push(node);
  }
  parent.childNodes = result as DefaultTreeAdapterMap['childNode'][];
}

/**
 * Text and inline elements beside blocks (a row heading's text above its list of details, the funding
 * chart's pattern <svg> before its figures) each get a <div> of their own, as a browser gives them an
 * anonymous block: wpautop would otherwise wrap them in a <p>. The first run in a list item is left,
 * which wpautop leaves alone and the list marker sits beside.
 */
function separateInlineRuns(element: Element): void {
  const isBlock = (node: Node) => isElement(node) && AUTOP_BLOCK_TAGS.includes(node.tagName);
  if (element.tagName === 'svg' || !element.childNodes.some(isBlock) || element.childNodes.every(isBlock)) return;
  const children: Node[] = [];
  let run: Node[] = [];
  const endRun = () => {
    const shown = run.some((node) => isElement(node) || textOf(node).trim() !== '');
    const leadsListItem = element.tagName === 'li' && children.length === 0;
    if (shown && !leadsListItem) {
      const div = { nodeName: 'div', tagName: 'div', attrs: [], namespaceURI: element.namespaceURI, childNodes: run, parentNode: element } as unknown as Element;
      for (const node of run) (node as DefaultTreeAdapterMap['childNode']).parentNode = div;
      children.push(div);
    } else children.push(...run);
    run = [];
  };
  for (const child of element.childNodes) {
    if (isBlock(child)) {
      endRun();
      children.push(child);
    } else run.push(child);
  }
  endRun();
  element.childNodes = children as DefaultTreeAdapterMap['childNode'][];
}

/**
 * A section named by a visually hidden child (the whole-plan document's, where the element inside shows
 * the heading) is named with `aria-label` instead: unstyled, as a sanitiser leaves it, the name would
 * show twice, and automatic paragraphs would put it in a paragraph of its own.
 */
function labelFromHiddenChild(element: Element): void {
  const labelledBy = element.attrs.find((a) => a.name === 'aria-labelledby');
  const label = element.childNodes.find(
    (child): child is Element =>
      isElement(child) && classes(child).includes('visually-hidden') && child.attrs.some((a) => a.name === 'id' && a.value === labelledBy?.value),
  );
  if (!labelledBy || !label) return;
  element.attrs = [...element.attrs.filter((a) => a !== labelledBy), { name: 'aria-label', value: textOf(label).trim() }];
  element.childNodes = element.childNodes.filter((child) => child !== label);
}

function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
