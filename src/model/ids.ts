/**
 * Ids in a feed: THE rule for what an id looks like (the schema's `Id`, and ids typed into a
 * spreadsheet for `pcp import`) and for which ids are used twice (the loader's errors for objectives,
 * partners and budgets, and its warnings for everything else).
 */

/** Lower-case letters and digits in words joined by single hyphens: "focus-on-victims", "2021-22". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` can be an id (see `ID_PATTERN`). */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** An id used again: the item's position in the list, and the id. */
export interface RepeatedId {
  index: number;
  id: string;
}

/**
 * Every item whose id an earlier item already has, in order: the second "a" of ["a", "b", "a"] is
 * index 2 (the first use is not reported: the second one is the mistake to point at). Items without
 * an id are skipped; ids are compared exactly, as the elements pick by them.
 */
export function repeatedIds(items: Iterable<{ readonly id?: string | undefined }> | undefined): RepeatedId[] {
  const seen = new Set<string>();
  const repeated: RepeatedId[] = [];
  let index = 0;
  for (const item of items ?? []) {
    if (item.id !== undefined) {
      if (seen.has(item.id)) repeated.push({ index, id: item.id });
      seen.add(item.id);
    }
    index += 1;
  }
  return repeated;
}
