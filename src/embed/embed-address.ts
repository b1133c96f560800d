/**
 * What the iframe embed page (`dist/embed.html`) shows, read from its own address:
 *
 *   embed.html?src=/feeds/plan.json&element=pcp-objectives&layout=accordion&lang=cy&id=objectives
 *
 * - `src`: the plan's URL, relative to the embed page or absolute (http or https only);
 * - `element`: a tag from the registry (`pcp-objectives`, or just `objectives`), default `pcp-plan-document`;
 * - `lang`: the language of the page and the element;
 * - `id`: a name the page gives its height messages, so a host page with several frames can tell them apart;
 * - anything else: an attribute for the element, set only if the element has it (see `pickAttributes`).
 *
 * Pure: no DOM, so it is tested in Node (embed-address.unit.test.ts).
 */
import { ELEMENTS, type PartTag } from '../elements.js';

/** The element an embed shows when its address names none: the whole plan. */
export const DEFAULT_ELEMENT: PartTag = 'pcp-plan-document';

/** Parameters the embed page reads itself; never set as attributes. */
export const RESERVED_PARAMETERS = ['src', 'element', 'lang', 'id'] as const;

/** An element the embed page can show: any registry element that shows part of a plan. */
export interface EmbedElement {
  readonly tag: PartTag;
  /** Its folder, which names its module in dist/ (`dist/<folder>.js`). */
  readonly folder: string;
}

/** Something in the address that stops the page showing a plan, with the value at fault. */
export type EmbedProblem =
  | { readonly kind: 'unknown-element'; readonly value: string }
  | { readonly kind: 'no-src' }
  | { readonly kind: 'bad-src'; readonly value: string };

export interface EmbedAddress {
  /** The element to show; undefined when the address names one the page cannot show. */
  readonly element: EmbedElement | undefined;
  /** The plan's URL, absolute; undefined when missing or not http(s). */
  readonly src: string | undefined;
  /** The language asked for, when it is a well-formed language tag. */
  readonly lang: string | undefined;
  /** The name for this frame's height messages, if given. */
  readonly id: string | undefined;
  /** Every other parameter, in order, names in lower case: attributes to check against the element. */
  readonly parameters: ReadonlyArray<readonly [name: string, value: string]>;
  /** Why no plan can be shown (none when it can). */
  readonly problems: readonly EmbedProblem[];
  /** Parameters ignored, with why: for the console. */
  readonly warnings: readonly string[];
}

/** The elements the embed page can show, by tag and by folder name. */
const EMBEDDABLE = new Map<string, EmbedElement>(
  ELEMENTS.filter((entry) => entry.part).flatMap((entry) => {
    const element: EmbedElement = { tag: entry.tag as PartTag, folder: entry.folder };
    return [
      [entry.tag, element],
      [entry.folder, element],
    ] as const;
  }),
);

/** Every tag the embed page can show, in the registry's order. */
export const EMBEDDABLE_TAGS: readonly PartTag[] = [...new Set([...EMBEDDABLE.values()].map((element) => element.tag))];

/** A BCP 47 language tag's shape ("cy", "en-GB", "zh-Hant-HK"): enough to refuse what is not one. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** HTML attribute names are ASCII case-insensitive: compare them in lower case. */
const lower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * Reads the embed page's address. `search` is `location.search`; `pageUrl` is the page's own URL,
 * which a relative `src` is resolved against.
 */
export function readEmbedAddress(search: string, pageUrl: string): EmbedAddress {
  const query = new URLSearchParams(search);
  const problems: EmbedProblem[] = [];
  const warnings: string[] = [];
  const first = (name: string) => {
    const values = query.getAll(name);
    if (values.length > 1) warnings.push(`"${name}" is given ${values.length} times: the first is used.`);
    return values[0]?.trim();
  };

  const asked = first('element');
  const element = EMBEDDABLE.get(lower(asked || DEFAULT_ELEMENT));
  if (!element) problems.push({ kind: 'unknown-element', value: asked ?? '' });

  const src = first('src');
  let url: string | undefined;
  if (!src) problems.push({ kind: 'no-src' });
  else {
    url = httpUrl(src, pageUrl);
    if (!url) problems.push({ kind: 'bad-src', value: src });
  }

  let lang = first('lang');
  if (lang !== undefined && !LANGUAGE_TAG.test(lang)) {
    warnings.push(`"lang=${lang}" is not a language tag (such as "cy" or "en-GB"), so it is ignored.`);
    lang = undefined;
  }

  const id = first('id') || undefined;

  const reserved: readonly string[] = RESERVED_PARAMETERS;
  const parameters: Array<readonly [string, string]> = [];
  const seen = new Set<string>();
  for (const [rawName, value] of query) {
    const name = lower(rawName.trim());
    if (reserved.includes(name)) {
      if (name !== rawName) warnings.push(`"${rawName}" is not read: write it "${name}".`);
      continue;
    }
    if (seen.has(name)) {
      warnings.push(`"${name}" is given more than once: the first is used.`);
      continue;
    }
    seen.add(name);
    parameters.push([name, value]);
  }
  return { element, src: url, lang: lang || undefined, id, parameters, problems, warnings };
}

/** `src` resolved against the page, if it is an http or https URL (never javascript:, data:, blob:, file:). */
function httpUrl(src: string, pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** Why a parameter was not set as an attribute. */
export type RefusalReason = 'event-handler' | 'style' | 'unknown';

export interface PickedAttributes {
  /** Attributes to set on the element, in the address's order. */
  readonly set: ReadonlyArray<readonly [name: string, value: string]>;
  /** Parameters not set, with why. */
  readonly refused: ReadonlyArray<{ readonly name: string; readonly reason: RefusalReason }>;
}

/**
 * The parameters that are attributes the element really has: `observed` is the element class's
 * `observedAttributes` (what it reacts to). Event handlers (`on…`) and `style` are never set, even
 * if a class were to observe them; `src` is never among the parameters (the page reads and checks it).
 */
export function pickAttributes(parameters: EmbedAddress['parameters'], observed: readonly string[]): PickedAttributes {
  const known = new Set(observed.map(lower));
  const set: Array<readonly [string, string]> = [];
  const refused: Array<{ name: string; reason: RefusalReason }> = [];
  for (const [name, value] of parameters) {
    if (name.startsWith('on')) refused.push({ name, reason: 'event-handler' });
    else if (name === 'style') refused.push({ name, reason: 'style' });
    else if (!known.has(name) || name === 'src') refused.push({ name, reason: 'unknown' });
    else set.push([name, value]);
  }
  return { set, refused };
}
