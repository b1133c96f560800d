/** What `<pcp-monitoring>` shows: how the plan is monitored and scrutinised (the plan's `monitoring`). */
import { statedListView, type StatedListView } from '../narrative/stated-list-view.js';
import type { ViewContext } from '../view/plan-text.js';
import '../i18n/messages/en/monitoring.js';

export type MonitoringView = StatedListView;

/** The plan's statement and arrangements under their heading, or "This plan does not describe how it is monitored.". */
export function monitoringView(ctx: ViewContext): MonitoringView {
  return statedListView(ctx, ctx.plan.monitoring, ctx.t.monitoring);
}
