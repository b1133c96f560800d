/// <reference types="node" />
/**
 * Server rendering of one element for `pcp render`: the element's shadow DOM as declarative shadow
 * DOM (`<template shadowrootmode="open">`), readable with no JavaScript, with the feed inline so that
 * the element upgrades in place when the script loads. Node only: never part of the browser bundles.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { PlanFeed } from '../schema/plan.js';
import { ELEMENTS, PART_TAGS, type PartTag } from '../elements.js';
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
 * JSON that is safe inside `<script type="application/json">`: `<` is written `\u003c`, so no text
 * in the feed (`</script>`, `<!--`) can end the script element early.
 */
export function inlineJson(plan: unknown): string {
  return JSON.stringify(plan).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Renders `<tag attributes…>` showing `plan` (already validated). `attributes` are the element's HTML
 * attributes (`layout`, `heading-level`…); names must be lower-case HTML attribute names.
 */
export async function renderElement(tag: RenderableElement, plan: PlanFeed, attributes: Record<string, string>): Promise<string> {
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name (lower-case letters, digits and hyphens)`);
    if (name === 'src' || name.startsWith('on')) throw new Error(`the "${name}" attribute cannot be rendered (the feed is given inline)`);
  }
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
    // The stylesheets as the bundle has them: without indentation and comments.
    .replace(/<style>([^<]*)<\/style>/g, (_match, css: string) => `<style>${minifyCss(css)}</style>`);
  const closing = `</${tag}>`;
  if (!element.startsWith(`<${tag}`) || !element.endsWith(closing)) throw new Error(`unexpected server output for <${tag}>`);
  // The inline feed: the element reads it on upgrade, so its first render in the browser matches this one.
  return `${element.slice(0, -closing.length)}<script type="application/json">${inlineJson(plan)}</script>${closing}`;
}
