/**
 * What <pcp-grants> shows, decided in one place: each grant's facts in the page's language (amounts
 * as printed, else as money; periods and dates for the reader), and its awards as a table model.
 */
import { formatDate } from '../format/date.js';
import { csvFigure, periodText, unitParts, type FigureValue } from '../format/figure.js';
import type { Grant } from '../schema/plan.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import type { TableCell, TableModel } from '../view/table-model.js';
import '../i18n/messages/en/grants.js';

/** One fact about a grant: "Funder: Home Office". */
export interface GrantFact {
  /** The element's word for it ("Funder"). */
  readonly term: string;
  readonly value: TableCell;
  /** A link's address, when the fact is a link. */
  readonly href?: string;
}

/** The awards table: its caption is the element's word ("Awards"), then the grant's name. */
export interface GrantAwardsTable extends TableModel<TableCell> {
  readonly captionLead: string;
}

export interface GrantShown {
  readonly id: string;
  readonly name: PlanText;
  /** "Open for applications", "Closed" or "Awarded". */
  readonly status?: string;
  readonly description: readonly PlanText[];
  readonly facts: readonly GrantFact[];
  readonly awards?: GrantAwardsTable;
}

/** The grants to show, or why there are none. */
export type GrantsView = { readonly grants: readonly GrantShown[] } | { readonly empty: string };

const DASH: PlanText = { text: '–' };

/** An amount as printed, else as money, with the printed figure kept for its context. */
function moneyCell(amount: FigureValue, ctx: ViewContext): TableCell {
  return { text: ctx.joined(unitParts(amount, 'money', ctx.locale)), csv: csvFigure(amount), numeric: true, ...(typeof amount === 'number' ? {} : { figure: amount }) };
}

/** One grant as shown. */
export function grantShown(grant: Grant, ctx: ViewContext): GrantShown {
  const t = ctx.t.grants;
  const { locale } = ctx;
  const text = (value: string): TableCell => ({ text: ctx.text(value), csv: value });
  const facts: GrantFact[] = [
    ...(grant.funder ? [{ term: t.funder, value: text(grant.funder) }] : []),
    ...(grant.amount !== undefined ? [{ term: t.amount, value: moneyCell(grant.amount, ctx) }] : []),
    ...(grant.period ? [{ term: t.period, value: text(periodText(grant.period, locale) ?? '') }] : []),
    ...(grant.eligibility ? [{ term: t.eligibility, value: text(grant.eligibility) }] : []),
    // The address as the link's text, without its scheme; an address is in no language.
    ...(grant.url ? [{ term: t.more, value: { text: { text: grant.url.replace(/^https?:\/\//, '') }, csv: grant.url }, href: grant.url }] : []),
  ];
  const awards: GrantAwardsTable | undefined = grant.awards?.length
    ? {
        captionLead: t.awards,
        caption: ctx.text(grant.name),
        columns: [{ text: { text: t.recipient } }, { text: { text: t.project } }, { text: { text: t.amount }, numeric: true }, { text: { text: t.date } }],
        rows: grant.awards.map((award) => ({
          header: text(award.recipient),
          cells: [
            award.project !== undefined ? text(award.project) : { text: DASH },
            award.amount !== undefined ? moneyCell(award.amount, ctx) : { text: DASH, numeric: true },
            award.date ? { text: { text: formatDate(award.date, locale) }, csv: award.date } : { text: DASH },
          ],
        })),
        rowHeaders: true,
        // Ids are already safe in a file name (lower-case letters, digits and hyphens).
        fileName: `${ctx.plan.id}-${grant.id}-awards`,
      }
    : undefined;
  return {
    id: grant.id,
    name: ctx.text(grant.name),
    ...(grant.status ? { status: t.statuses[grant.status] } : {}),
    description: (grant.description ?? []).map((paragraph) => ctx.text(paragraph)),
    facts,
    ...(awards ? { awards } : {}),
  };
}

/** What <pcp-grants> shows. */
export function grantsView(ctx: ViewContext): GrantsView {
  const grants = ctx.plan.grants ?? [];
  if (grants.length === 0) return { empty: ctx.t.grants.none };
  return { grants: grants.map((grant) => grantShown(grant, ctx)) };
}
