import { StatedListElement } from '../narrative/stated-list-element.js';
import type { ViewContext } from '../view/plan-text.js';
import { monitoringView } from './monitoring-view.js';

/**
 * How delivery of the plan is monitored and scrutinised: the plan's statement and its list of
 * arrangements (meetings, panels, audits, custody visitors…).
 *
 * @summary How the plan is monitored and scrutinised.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - The heading.
 * @csspart list - The list of arrangements.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan does not describe its monitoring.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-monitoring src="/feeds/plan.json"></pcp-monitoring>
 */
export class PcpMonitoring extends StatedListElement {
  protected view(ctx: ViewContext) {
    return monitoringView(ctx);
  }
}
