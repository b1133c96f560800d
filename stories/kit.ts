// What every element's stories share: the sample feeds, the two preset themes, a width, and controls
// for every attribute the element documents (read from custom-elements.json, the manifest the
// elements' JSDoc generates), so a new attribute gets its control without touching the stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import govuk from '../themes/govuk.css?raw';
import neutral from '../themes/neutral.css?raw';

/**
 * The sample feeds as Storybook serves them (see .storybook/main.ts staticDirs), by file name, with
 * the name a designer knows the plan by.
 */
export const FEEDS = {
  'barking-and-dagenham-2023-2026': 'Barking and Dagenham CSP 2023-2026',
  'brighton-and-hove-2023-2026': 'Brighton & Hove CSP 2023-2026',
  'cambridgeshire-2016-framework': 'Cambridgeshire 2016 framework',
  'cambridgeshire-peterborough-2021-2024': 'Cambridgeshire and Peterborough 2021-2024 (draft)',
  'cleveland-2020-21-update': 'Cleveland 2020-21 update',
  'cumbria-2021-2025': 'Cumbria 2021-2025',
  'cumbria-2021-2025-bilingual': 'Cumbria 2021-2025, English and Welsh',
  'devon-and-cornwall-2017-2020': 'Devon and Cornwall 2017-2020',
  'durham-2018-2021': 'Durham 2018-2021',
  'dyfed-powys-2021-2025': 'Dyfed-Powys 2021-2025',
  'essex-2021-2024': 'Essex 2021-2024',
  'greater-manchester-2024-2029': 'Greater Manchester 2024-2029',
  'gwent-2021-2025': 'Gwent 2021-2025',
  'northamptonshire-2021-2026': 'Northamptonshire 2021-2026',
  'west-cumbria-csp-2012-13': 'West Cumbria CSP 2012-13',
  'west-yorkshire-2021-2024': 'West Yorkshire 2021-2024',
} as const;

export type FeedId = keyof typeof FEEDS;

/** The address of a sample feed, as an element's `src`. */
export const feedUrl = (feed: FeedId) => `feeds/${feed}.json`;

export const PRESETS = { neutral, govuk } as const;
export type PresetName = keyof typeof PRESETS;

/** The story's own controls, beside the element's attributes. */
export interface KitArgs {
  feed: FeedId;
  preset: PresetName;
  /** The column the element sits in, in CSS px (as a page's content column would hold it). */
  width: number;
  [attribute: string]: unknown;
}

export type ElementStory = StoryObj<KitArgs>;

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

function manifestAttributes(tag: string): ManifestAttribute[] {
  for (const module of manifest.modules as Array<{ declarations?: Array<{ tagName?: string; attributes?: ManifestAttribute[] }> }>) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration.attributes ?? [];
  }
  throw new Error(`<${tag}> is not in custom-elements.json: run npm run build:manifest`);
}

/** The values a union of literals allows (`'table' | 'cards'`, `1 | 2`), or undefined for any other type. */
function literalOptions(type = ''): string[] | undefined {
  const members = type.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  if (!members.length || !members.every((member) => /^('[^']*'|\d+)$/.test(member))) return undefined;
  return members.map((member) => member.replace(/^'|'$/g, ''));
}

/** A control for one attribute, from its type in the manifest (or the options given for a named type). */
function controlFor(attribute: ManifestAttribute, options?: readonly string[]) {
  const type = attribute.type?.text ?? 'string';
  const choices = options ?? literalOptions(type);
  if (choices) return { control: choices.length > 3 ? 'select' : 'inline-radio', options: ['', ...choices] } as const;
  if (type === 'boolean') return { control: 'boolean' } as const;
  if (/^number( \| undefined)?$/.test(type)) return { control: 'number' } as const;
  return { control: 'text' } as const;
}

/** Sets `args` on `element` as attributes (an empty or false value leaves the attribute off). */
function setAttributes(element: HTMLElement, attributes: ManifestAttribute[], args: KitArgs) {
  for (const { name, type } of attributes) {
    const value = args[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    element.setAttribute(name, type?.text === 'boolean' || value === true ? '' : String(value));
  }
}

/** Wraps an element in a preset theme and a column of the given width. (Storybook only: our own CSS.) */
export function inColumn(content: Node | string, preset: PresetName, width?: number): HTMLElement {
  const column = document.createElement('div');
  column.dataset.preset = preset;
  if (width) column.style.maxWidth = `${width}px`;
  const style = document.createElement('style');
  style.textContent = PRESETS[preset].replace(':root', `[data-preset='${preset}']`);
  column.append(style);
  if (typeof content === 'string') column.insertAdjacentHTML('beforeend', content);
  else column.append(content);
  return column;
}

export interface ElementMetaOptions {
  /** The feed the element's first story (and its controls) start on. */
  feed: FeedId;
  /** Options for attributes whose manifest type is a named type (`MoneyFormat`), not a union of literals. */
  options?: Record<string, readonly string[]>;
  /** Markup put inside the element (the `<pcp-plan>` provider shows nothing of its own). */
  inner?: string;
  /** Starting values for attributes. */
  args?: Record<string, unknown>;
  width?: number;
}

/**
 * One element's stories: its docs page's component, a control for every attribute in the manifest,
 * and `feed`, `preset` and `width` controls (`src` is set from `feed`).
 *
 * Each stories file writes its own `title` (`Elements/<tag>`), and each story its `tags` and `name`,
 * as literals: Storybook's indexer reads them from the source without running it. A story on a
 * sample feed is tagged `feed:<id>` (the sidebar's tag filter then shows every element on one plan,
 * and the Storybook test checks every feed with content for an element has its story); a story on
 * a plan without what the element shows is tagged `empty-state`.
 */
export function elementMeta(tag: string, { feed, options = {}, inner = '', args = {}, width = 960 }: ElementMetaOptions): Meta<KitArgs> {
  const attributes = manifestAttributes(tag).filter((attribute) => attribute.name !== 'src');
  const attributeControls = Object.fromEntries(
    attributes.map((attribute) => [attribute.name, { ...controlFor(attribute, options[attribute.name]), description: attribute.description, table: { category: 'attributes' } }]),
  );
  return {
    component: tag,
    parameters: { controls: { include: ['feed', 'preset', 'width', ...attributes.map((attribute) => attribute.name)] } },
    argTypes: {
      feed: {
        control: { type: 'select', labels: FEEDS },
        options: Object.keys(FEEDS),
        description: 'The sample plan the element shows (its `src`)',
        table: { category: 'story' },
      },
      preset: { control: 'inline-radio', options: Object.keys(PRESETS), description: 'A theme preset from themes/', table: { category: 'story' } },
      width: { control: { type: 'range', min: 280, max: 1280, step: 20 }, description: 'The column the element sits in (CSS px)', table: { category: 'story' } },
      ...attributeControls,
    },
    args: { feed, preset: 'neutral', width, ...args },
    render: (storyArgs) => {
      const element = document.createElement(tag);
      element.setAttribute('src', feedUrl(storyArgs.feed));
      setAttributes(element, attributes, storyArgs);
      element.innerHTML = inner;
      return inColumn(element, storyArgs.preset, storyArgs.width);
    },
  };
}

/** The element in a 320px column, as on a phone (with the narrow viewport preset for the canvas). */
export const narrow = (story: ElementStory = {}): ElementStory => ({
  globals: { viewport: { value: 'narrow', isRotated: false } },
  ...story,
  args: { width: 320, ...story.args },
});
