/**
 * Picking plan items by what a page author writes in an attribute (`objective="3"`,
 * `theme="Victims"`): one rule for every element, so `objective="Focus-on-Victims"` means the same
 * thing to the objectives, the progress bars and the outcomes.
 *
 * The rule: an id (exactly, else ignoring case), else a number as printed ("3", "1a"; ignoring case),
 * else a title (ignoring case and surrounding space). The first kind that names anything wins, so an
 * objective titled "2" cannot shadow objective number 2. An empty query picks everything.
 */

/** What can be picked: anything with an id, and perhaps a printed number and a title. */
export interface Pickable {
  readonly id: string;
  readonly number?: string | number | undefined;
  readonly title?: string | undefined;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('und');

/** The items `query` names (see the rule above); all of them when the query is empty or undefined. */
export function pickItems<T extends Pickable>(items: readonly T[], query: string | undefined | null): readonly T[] {
  const wanted = (query ?? '').trim();
  if (wanted === '') return items;
  const exact = items.filter((item) => item.id === wanted);
  if (exact.length) return exact;
  const folded = fold(wanted);
  for (const key of [(item: T) => item.id, (item: T) => item.number, (item: T) => item.title]) {
    const found = items.filter((item) => {
      const value = key(item);
      return value !== undefined && fold(String(value)) === folded;
    });
    if (found.length) return found;
  }
  return [];
}

/** True when `query` is empty (every item is wanted). */
export const picksAll = (query: string | undefined | null): boolean => (query ?? '').trim() === '';
