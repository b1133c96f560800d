/**
 * Objectives (and anything else with nested `children`) at any depth. Apart from view/pick.ts, which
 * every element that picks items loads: only the plan document looks into the tree, so the other
 * elements' modules do not carry it.
 */

/** An item with nested `children` (objectives at any depth). */
export interface TreeItem<T> {
  readonly id: string;
  readonly children?: readonly T[] | undefined;
}

/** Every item of a tree, depth first, each with its depth (0 for the top level). */
export function flattenTree<T extends TreeItem<T>>(items: readonly T[], depth = 0): { item: T; depth: number }[] {
  return items.flatMap((item) => [{ item, depth }, ...flattenTree(item.children ?? [], depth + 1)]);
}

/** The item with this id at any depth, with its depth; undefined when there is none. */
export function findInTree<T extends TreeItem<T>>(items: readonly T[], id: string | undefined): { item: T; depth: number } | undefined {
  if (id === undefined) return undefined;
  return flattenTree(items).find((entry) => entry.item.id === id);
}
