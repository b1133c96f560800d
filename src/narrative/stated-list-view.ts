/**
 * The view model of a part of the plan that is a statement and a list (`StatedList` in the feed:
 * monitoring arrangements, national priorities): its heading, or the element's own when the feed
 * gives none, and the blocks to show; or the empty state. Pure: runs in Node.
 */
import type { Plan } from '../schema/plan.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';

export type StatedList = NonNullable<Plan['monitoring']>;

export type StatedListView =
  | { readonly kind: 'empty'; readonly message: string }
  | {
      readonly kind: 'shown';
      /** The feed's title, else the element's word ("Monitoring the plan"). */
      readonly title: PlanText;
      /** Paragraphs before the list, as the feed gives them (drawn by `renderParagraphs`, which marks their language). */
      readonly statement: readonly string[];
      /** The list (drawn by `renderList`); may be empty when the plan gives only a statement. */
      readonly items: StatedList['items'];
      /** Paragraphs after the list. */
      readonly closing: readonly string[];
    };

/** The view of `list`, with the element's `words`: its heading when the feed gives none, and its empty state. */
export function statedListView(ctx: ViewContext, list: StatedList | undefined, words: { readonly title: string; readonly none: string }): StatedListView {
  if (!list || (list.items.length === 0 && !list.statement?.length)) return { kind: 'empty', message: words.none };
  return {
    kind: 'shown',
    title: list.title ? ctx.text(list.title) : { text: words.title },
    statement: list.statement ?? [],
    items: list.items,
    closing: list.closing ?? [],
  };
}
