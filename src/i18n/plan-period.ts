/** The period a plan covers, for readers: as the plan prints it, else from its dates (either may be unstated). */
import { formatDate } from '../format/date.js';
import type { Plan } from '../schema/plan.js';
import type { Messages } from './messages/en.js';

export function planPeriodText(period: Plan['period'], t: Messages): string {
  if (period.label) return period.label;
  const date = (value: string | null) => (value === null ? null : formatDate(value, t.locale));
  return t.common.period(date(period.start), date(period.end));
}
