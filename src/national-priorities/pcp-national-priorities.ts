import { StatedListElement } from '../narrative/stated-list-element.js';
import type { ViewContext } from '../view/plan-text.js';
import { nationalPrioritiesView } from './national-priorities-view.js';

/**
 * The national priorities for policing the plan takes into account, and the publishing body's
 * statement about them.
 *
 * @summary The national priorities and the body's statement on them.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - The heading.
 * @csspart list - The list of priorities.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan names no national priorities.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-national-priorities src="/feeds/plan.json"></pcp-national-priorities>
 */
export class PcpNationalPriorities extends StatedListElement {
  protected view(ctx: ViewContext) {
    return nationalPrioritiesView(ctx);
  }
}
