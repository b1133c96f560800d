/**
 * Editing a feed as a plain JSON value without changing it in place: each edit returns a new value that
 * shares every untouched part with the old one. Places are paths of property names and array indexes.
 */
import { chooseVariant, isLanguageMap, type FieldModel } from './form-model.js';

export type Path = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** A JSON Pointer (RFC 6901), as validation issues name places: ["objectives", 0, "title"] → "/objectives/0/title". */
export function pointer(path: Path): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The path of a JSON Pointer; array indexes become numbers. */
export function pathOf(text: string): (string | number)[] {
  if (text === '') return [];
  return text
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * The value with `next` at `path`, creating objects and lists on the way. `undefined` removes the property,
 * and a property object left empty by that goes too (so clearing the last field of an optional part removes
 * the part); list items and the feed itself stay.
 */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [segment, ...rest] = path as [string | number, ...(string | number)[]];
  const container: Container = Array.isArray(value) ? [...value] : isObject(value) ? { ...value } : typeof segment === 'number' ? [] : {};
  const current = (container as Record<string | number, unknown>)[segment];
  const child = rest.length === 0 ? next : setAt(current, rest, next);
  if (Array.isArray(container) && typeof segment === 'number') {
    if (child === undefined) container.splice(segment, 1);
    else container[segment] = child;
  } else {
    const record = container as Record<string, unknown>;
    const emptied = rest.length > 0 && isObject(child) && Object.keys(child).length === 0 && isObject(current) && Object.keys(current).length > 0;
    if (child === undefined || emptied) delete record[segment];
    else record[segment] = child;
  }
  return container;
}

/** The value with the list at `path` having its item `from` moved to `to`. */
export function moveItem(value: unknown, path: Path, from: number, to: number): unknown {
  const list = getAt(value, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return value;
  const moved = [...list];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item);
  return setAt(value, path, moved);
}

/** The value with `item` added at the end of the list at `path` (made if absent). */
export function appendItem(value: unknown, path: Path, item: unknown): unknown {
  const list = getAt(value, path);
  return setAt(value, path, [...(Array.isArray(list) ? list : []), item]);
}

/**
 * A copy of a feed with its keys in the schema's order (properties the schema does not know after them,
 * as they were; languages English first, then Welsh), so that two saves of one plan differ only where
 * the plan does.
 */
export function orderKeys(value: unknown, field: FieldModel | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, field?.kind === 'array' ? field.items : field?.kind === 'choice' ? chooseVariant(field, value).field : undefined));
  if (!isObject(value)) return value;
  if (field?.kind === 'choice') return orderKeys(value, chooseVariant(field, value).field);
  if (field?.kind === 'text' || (!field && isLanguageMap(value))) {
    const languages = Object.keys(value).sort((a, b) => languageRank(a) - languageRank(b));
    return Object.fromEntries(languages.map((language) => [language, value[language]]));
  }
  if (field?.kind === 'map') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, orderKeys(child, field.values)]));
  const ordered: Record<string, unknown> = {};
  if (field?.kind === 'object') {
    for (const property of field.properties) if (property.name in value) ordered[property.name] = orderKeys(value[property.name], property.field);
  }
  for (const [key, child] of Object.entries(value)) if (!(key in ordered)) ordered[key] = orderKeys(child, undefined);
  return ordered;
}

/** English, then Welsh, then the rest as they came (a stable sort keeps their order). */
function languageRank(language: string): number {
  return language === 'en' ? 0 : language === 'cy' ? 1 : 2;
}

/** The feed as a file: keys in the schema's order, two-space indent, a final newline. */
export function feedText(value: unknown, root: FieldModel): string {
  return `${JSON.stringify(orderKeys(value, root), null, 2)}\n`;
}
