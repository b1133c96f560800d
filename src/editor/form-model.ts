/**
 * From the feed's JSON Schema (schema/plan.schema.json) to the editor's form: what kind of control each
 * place in a feed takes, its label and hint. Nothing here names a field of the format, so a field added to
 * the schema appears in the editor without editor code.
 */

/** The part of JSON Schema (draft-07) that schema/plan.schema.json uses. */
export interface SchemaNode {
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  title?: string;
}

/** One property of an object field, in the schema's order. */
export interface PropertyModel {
  name: string;
  required: boolean;
  field: FieldModel;
}

/** One form a value may take (a figure may be a number, text as printed, or a figure with details). */
export interface VariantModel {
  label: string;
  field: FieldModel;
}

interface Common {
  description?: string | undefined;
}

/** The control for one place in a feed. */
export type FieldModel =
  | (Common & { kind: 'string'; pattern?: string | undefined })
  /** Text in one or more languages: a string, or `{"en": …, "cy": …}`. */
  | (Common & { kind: 'text'; pattern?: string | undefined; multiline: boolean })
  | (Common & { kind: 'number'; integer: boolean; minimum?: number | undefined; maximum?: number | undefined })
  | (Common & { kind: 'boolean' })
  | (Common & { kind: 'enum'; options: string[] })
  | (Common & { kind: 'object'; properties: PropertyModel[] })
  /** An object keyed by names the author chooses (amounts by financial year). */
  | (Common & { kind: 'map'; keyPattern?: string | undefined; keyDescription?: string | undefined; values: FieldModel })
  | (Common & { kind: 'array'; items: FieldModel; minItems?: number | undefined })
  | (Common & { kind: 'choice'; variants: VariantModel[] })
  | (Common & { kind: 'null' })
  | (Common & { kind: 'unknown' });

export type FieldKind = FieldModel['kind'];

/** Builds field models from one schema; models are made once per schema node, so recursive types are fine. */
export class FormModel {
  readonly root: FieldModel;
  private readonly made = new Map<SchemaNode, FieldModel>();

  constructor(private readonly schema: SchemaNode) {
    this.root = this.field(schema);
  }

  private resolve(node: SchemaNode): SchemaNode {
    let current = node;
    for (let hops = 0; current.$ref && hops < 20; hops += 1) {
      const name = decodeURIComponent(current.$ref.replace(/^#\/(\$defs|definitions)\//, ''));
      const target = this.schema.$defs?.[name];
      if (!target) break;
      current = { ...target, description: current.description ?? target.description };
    }
    return current;
  }

  /** The model of a schema node (a `$ref` is followed). */
  field(node: SchemaNode): FieldModel {
    const known = this.made.get(node);
    if (known) return known;
    const target = node.$ref ? this.schema.$defs?.[decodeURIComponent(node.$ref.replace(/^#\/(\$defs|definitions)\//, ''))] : undefined;
    if (target) {
      // Share the model of a definition between every place that refers to it (and end recursion there).
      const model = this.field(target);
      this.made.set(node, model);
      return model;
    }
    const resolved = this.resolve(node);
    const description = resolved.description;
    if (resolved.anyOf) {
      const text = textForm(resolved.anyOf.map((option) => this.resolve(option)));
      if (text) return this.remember(node, { kind: 'text', description, pattern: text.pattern, multiline: text.pattern === '\\S' });
      const model: FieldModel = { kind: 'choice', description, variants: [] };
      this.made.set(node, model);
      model.variants = resolved.anyOf.map((option) => {
        const field = this.field(option);
        return { label: variantLabel(field, option), field };
      });
      return model;
    }
    if (resolved.enum) return this.remember(node, { kind: 'enum', description, options: resolved.enum.map(String) });
    if (resolved.const !== undefined) return this.remember(node, { kind: 'enum', description, options: [String(resolved.const)] });
    const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
    switch (type) {
      case 'string':
        return this.remember(node, { kind: 'string', description, pattern: resolved.pattern });
      case 'number':
      case 'integer':
        return this.remember(node, { kind: 'number', description, integer: type === 'integer', minimum: resolved.minimum, maximum: resolved.maximum });
      case 'boolean':
        return this.remember(node, { kind: 'boolean', description });
      case 'null':
        return this.remember(node, { kind: 'null', description });
      case 'array': {
        const model: FieldModel = { kind: 'array', description, minItems: resolved.minItems, items: { kind: 'unknown' } };
        this.made.set(node, model);
        model.items = resolved.items ? this.field(resolved.items) : { kind: 'unknown' };
        return model;
      }
      case 'object': {
        if (!resolved.properties && typeof resolved.additionalProperties === 'object') {
          const model: FieldModel = { kind: 'map', description, keyPattern: resolved.propertyNames?.pattern, keyDescription: resolved.propertyNames?.description, values: { kind: 'unknown' } };
          this.made.set(node, model);
          model.values = this.field(resolved.additionalProperties);
          return model;
        }
        const model: FieldModel = { kind: 'object', description, properties: [] };
        this.made.set(node, model);
        const required = new Set(resolved.required ?? []);
        model.properties = Object.entries(resolved.properties ?? {}).map(([name, child]) => ({ name, required: required.has(name), field: this.field(child) }));
        return model;
      }
      default:
        return this.remember(node, { kind: 'unknown', description });
    }
  }

  private remember(node: SchemaNode, model: FieldModel): FieldModel {
    this.made.set(node, model);
    return model;
  }

  /** The model at a path of the value (property names and array indexes), choosing variants by the value there. */
  fieldAt(path: readonly (string | number)[], value: unknown): FieldModel | undefined {
    let field: FieldModel | undefined = this.root;
    let current = value;
    for (const segment of path) {
      if (!field) return undefined;
      if (field.kind === 'choice') field = chooseVariant(field, current).field;
      if (field.kind === 'text') return field;
      current = (current as Record<string | number, unknown> | undefined)?.[segment];
      if (field.kind === 'object') field = field.properties.find((property) => property.name === segment)?.field;
      else if (field.kind === 'array') field = field.items;
      else if (field.kind === 'map') field = field.values;
      else return undefined;
    }
    return field;
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Text in one or more languages: `anyOf` a string and an object keyed by language tags whose values are strings like it. */
function textForm(options: SchemaNode[]): { pattern?: string | undefined; description?: string | undefined } | undefined {
  if (options.length !== 2) return undefined;
  const [single, byLanguage] = options;
  if (single?.type !== 'string' || byLanguage?.type !== 'object' || byLanguage.properties) return undefined;
  const values = byLanguage.additionalProperties;
  if (typeof values !== 'object' || values.type !== 'string' || !byLanguage.propertyNames?.pattern) return undefined;
  return { pattern: single.pattern, description: byLanguage.description ?? single.description };
}

function variantLabel(field: FieldModel, node: SchemaNode): string {
  switch (field.kind) {
    case 'text':
      return 'Text';
    case 'string':
      return 'Text';
    case 'number':
      return field.integer ? 'Whole number' : 'Number';
    case 'boolean':
      return 'Yes or no';
    case 'null':
      return 'None';
    case 'enum':
      return 'One of a list';
    case 'array':
      return 'List';
    case 'map':
      return 'Table of values';
    case 'object':
      return node.$ref ? `${sentence(node.$ref.split('/').pop() ?? '')}` : 'With details';
    default:
      return 'Other';
  }
}

/** True for `{"en": "…", "cy": "…"}`: an object whose keys are all language tags and values strings. */
export function isLanguageMap(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_TAG.test(key) && typeof text === 'string');
}

function fits(field: FieldModel, value: unknown): number {
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' || isLanguageMap(value) ? 3 : 0;
    case 'string':
      return typeof value === 'string' ? 2 : 0;
    case 'enum':
      return typeof value === 'string' && field.options.includes(value) ? 3 : 0;
    case 'number':
      return typeof value === 'number' && (!field.integer || Number.isInteger(value)) ? 3 : 0;
    case 'boolean':
      return typeof value === 'boolean' ? 3 : 0;
    case 'null':
      return value === null ? 3 : 0;
    case 'array':
      return Array.isArray(value) ? 3 : 0;
    case 'map':
      return value && typeof value === 'object' && !Array.isArray(value) ? 1 : 0;
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return 0;
      const keys = Object.keys(value);
      const known = keys.filter((key) => field.properties.some((property) => property.name === key)).length;
      // An object with the variant's properties fits it better than one with none of them.
      return 1 + known / Math.max(1, keys.length);
    }
    default:
      return 0;
  }
}

/**
 * The variant of a choice that a value takes, and its index. With no value yet, text comes first, so a
 * figure is entered as printed ("£1.2m", "just over 40%") unless the author chooses otherwise.
 */
export function chooseVariant(choice: Extract<FieldModel, { kind: 'choice' }>, value: unknown): VariantModel & { index: number } {
  const { variants } = choice;
  if (value === undefined) {
    const index = Math.max(0, variants.findIndex((variant) => variant.field.kind === 'text' || variant.field.kind === 'string'));
    return { ...variants[index]!, index };
  }
  let best = 0;
  let bestScore = -1;
  variants.forEach((variant, index) => {
    const score = fits(variant.field, value);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return { ...variants[best]!, index: best };
}

/**
 * The value a new list item or a newly chosen variant starts with: objects with their required lists and
 * objects (never an invented text or number), empty lists, empty text.
 */
export function emptyValue(field: FieldModel): unknown {
  switch (field.kind) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const property of field.properties) {
        if (!property.required) continue;
        if (property.field.kind === 'object' || property.field.kind === 'array' || property.field.kind === 'map') value[property.name] = emptyValue(property.field);
      }
      return value;
    }
    case 'map':
      return {};
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'choice':
      return emptyValue(chooseVariant(field, undefined).field);
    case 'enum':
      return field.options[0] ?? '';
    default:
      return '';
  }
}

/** "shortTitle" → "Short title", "objectiveId" → "Objective ID". */
export function sentence(name: string): string {
  const words = name
    .replace(/^\$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .split(' ')
    .filter(Boolean)
    .map((word) => (word === 'id' ? 'ID' : word === 'url' ? 'URL' : word === 'bsl' ? 'BSL' : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', bodies: 'body', analyses: 'analysis', criteria: 'criterion', data: 'data', series: 'series', news: 'news' };

/** The name of one item of a list property: "objectives" → "objective", "agencies" → "agency". */
export function singular(name: string): string {
  const words = sentence(name).split(' ');
  const last = words.pop() ?? '';
  const lower = last.toLowerCase();
  let one = IRREGULAR[lower];
  if (one === undefined) {
    if (/ies$/.test(lower)) one = lower.replace(/ies$/, 'y');
    else if (/(ss|sh|ch|x)es$/.test(lower)) one = lower.replace(/es$/, '');
    else if (/[^s]s$/.test(lower)) one = lower.replace(/s$/, '');
    else one = lower;
  }
  const text = [...words, one].join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text an item is known by, to name it in a list ("Objective 2: Keeping people safe"). */
export function itemName(value: unknown, language = 'en'): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return typeof value === 'string' ? value : '';
  const record = value as Record<string, unknown>;
  for (const key of ['title', 'name', 'label', 'heading', 'priority', 'text', 'id']) {
    const text = textIn(record[key], language);
    if (text) return text;
  }
  return '';
}

/** A text value in one language (or its first). */
export function textIn(value: unknown, language = 'en'): string {
  if (typeof value === 'string') return value;
  if (isLanguageMap(value)) return value[language] ?? Object.values(value)[0] ?? '';
  return '';
}
