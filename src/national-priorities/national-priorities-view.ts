/** What `<pcp-national-priorities>` shows: the national priorities for policing and the body's statement on them. */
import { statedListView, type StatedListView } from '../narrative/stated-list-view.js';
import type { ViewContext } from '../view/plan-text.js';
import '../i18n/messages/en/national-priorities.js';

export type NationalPrioritiesView = StatedListView;

/** The plan's statement and priorities under their heading, or "This plan names no national priorities.". */
export function nationalPrioritiesView(ctx: ViewContext): NationalPrioritiesView {
  return statedListView(ctx, ctx.plan.nationalPriorities, ctx.t.nationalPriorities);
}
