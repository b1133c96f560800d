/**
 * What <pcp-funding> shows, decided in one place: each set of shares as a list (the text the donut
 * repeats for the eye), the donut's slices, and the CSV. The list and the CSV come from the same
 * items: each CSV row is a listed share's cells, and the rest of the whole the plan does not break
 * down is an item of both. A share printed in words without a value is listed, not drawn.
 */
import { arc, pie } from 'd3-shape';
import { fileSlug } from '../format/csv.js';
import { csvFigure, figureDetails, figureNumber, parsePrinted, periodText, unitParts, type FigureValue } from '../format/figure.js';
import { formatPercent } from '../format/money.js';
import type { FundingShares } from '../schema/plan.js';
import { pickItems } from '../view/pick.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import { tableCsv, type TableCell, type TableModel } from '../view/table-model.js';
import '../i18n/messages/en/funding.js';

/** The element's attributes. */
export interface FundingOptions {
  /** One set of shares to show (by id or title, see pickItems); every set when not given. */
  readonly shares?: string | undefined;
}

/** One listed share, or the rest of the whole; its cells are the same objects as its CSV row's. */
export interface FundingItem {
  /** The share's label; for the rest, its label in the CSV (the plan's name for it, or "Not broken down in the plan"). */
  readonly label: TableCell;
  /** The share as printed, else as a percentage; for the rest, its size only when every share is exact. */
  readonly percent: TableCell;
  readonly amount?: TableCell;
  /** After the share: "(illustrative)". */
  readonly illustrative?: string;
  /** The share's place in its set, which picks its colour and pattern (`ringSwatches`), in the list and in the donut. Undefined for the rest. */
  readonly colour?: number;
  /**
   * The rest as listed: `before`, then the plan's name for it and `after` when it names it
   * ("The rest: the policing part of your council tax (the plan gives no figure)."), else `before` alone.
   */
  readonly rest?: { readonly before: string; readonly label?: PlanText; readonly after?: string };
}

/** One slice of the donut: its path, centred on 0,0 in a SIZE × SIZE box. */
export interface FundingSlice {
  /** Unique in the element ("income:2"): the keyboard model's key for it. */
  readonly key: string;
  readonly path: string;
  /** The share's place in its set, which picks its colour and pattern (`ringSwatches`); undefined for the rest, drawn grey and dashed. */
  readonly colour?: number;
  /** Its item in `items`: the key entry whose text names it ("Local Precept: 27.5%"), so the name is what is seen. */
  readonly item: number;
  /** Its place among the slices (`aria-posinset` and `aria-setsize`: "2 of 5"). */
  readonly position: { readonly index: number; readonly of: number };
  /** What is announced when it is selected: "Selected Local Precept: 27.5%". */
  readonly announcement: string;
}

export interface FundingSetShown {
  readonly id: string;
  readonly title: PlanText;
  /** "Shares of: Our overall funding: £173m · 2021/22", when the plan says any of it. */
  readonly about?: { readonly of?: { readonly lead: string; readonly text: PlanText }; readonly total?: TableCell; readonly period?: PlanText };
  readonly description: readonly PlanText[];
  /** Read before the chart, after the heading: "A donut chart of 3 slices; …" (the heading gives the title). Without script: the donut is hidden and the list is the content. */
  readonly summary: string;
  /** The chart's name with script, when its slices are the content: "A donut chart of 3 slices" (the heading gives the title). */
  readonly chartName: string;
  readonly slices: readonly FundingSlice[];
  readonly items: readonly FundingItem[];
  readonly source: FundingShares['source'];
}

export interface FundingShown {
  readonly sets: readonly FundingSetShown[];
  /** Every listed item of every set shown, a row each: set, share, per cent, amount, period. */
  readonly table: TableModel<TableCell>;
  /** `tableCsv(table)`. */
  readonly csv: string;
  readonly downloadText: string;
}

/** The sets to show, or why there are none. */
export type FundingView = FundingShown | { readonly empty: string };

/** The donut's box: SIZE × SIZE user units. */
export const SIZE = 160;
const drawArc = arc<{ startAngle: number; endAngle: number }>()
  .innerRadius(SIZE * 0.28)
  .outerRadius(SIZE / 2 - 2);
const layoutPie = pie<{ percent: number; colour?: number; item: number }>()
  .value((slice) => slice.percent)
  .sort(null);

/** True for a share given exactly: a number, or printed text that is only a figure ("27.5%"), with no "around". */
export function isExact(figure: FigureValue): boolean {
  if (typeof figure === 'number') return true;
  const details = figureDetails(figure);
  if (details?.qualifier) return false;
  return parsePrinted(details ? details.printed : (figure as string)) !== undefined;
}

const figureCell = (figure: FigureValue, unit: 'money' | 'percent', ctx: ViewContext): TableCell => ({
  text: ctx.joined(unitParts(figure, unit, ctx.locale)),
  csv: csvFigure(figure),
  ...(typeof figure === 'number' ? {} : { figure }),
});

/** An item's words as the list shows them, in one string: "Local Precept: 27.5% (£93m)", or the rest's line. */
export function itemText(item: FundingItem): string {
  const { rest } = item;
  if (rest) return rest.label ? `${rest.before} ${rest.label.text} ${rest.after}` : rest.before;
  return `${item.label.text.text}: ${item.percent.text.text}${item.amount ? ` (${item.amount.text.text})` : ''}${item.illustrative ? ` ${item.illustrative}` : ''}`;
}

/** One set of shares as shown, and its CSV rows. */
export function fundingSetShown(set: FundingShares, ctx: ViewContext): { shown: FundingSetShown; rows: TableCell[][] } {
  const { t, locale } = ctx;
  const words = t.funding;
  const items: FundingItem[] = set.shares.map((share, index) => ({
    label: { text: ctx.text(share.label), csv: share.label },
    percent: figureCell(share.percent, 'percent', ctx),
    ...(share.amount !== undefined ? { amount: figureCell(share.amount, 'money', ctx) } : {}),
    ...(share.illustrative ? { illustrative: words.illustrative } : {}),
    colour: index,
  }));

  // A share printed in words without a value has no size to draw.
  const drawn: { percent: number; colour?: number; item: number }[] = set.shares.flatMap((share, index) => {
    const percent = figureNumber(share.percent);
    return percent === undefined ? [] : [{ percent, colour: index, item: index }];
  });
  const sum = drawn.reduce((total, slice) => total + slice.percent, 0);
  // The rest is drawn; its size is said only when every share is exact (100 − "approximately 56%" is no figure).
  if (sum < 99.95) {
    const percent = Math.round((100 - sum) * 1e6) / 1e6;
    const exact = drawn.length === set.shares.length && set.shares.every((share) => isExact(share.percent));
    const size = exact ? formatPercent(percent, { locale }) : undefined;
    drawn.push({ percent, item: items.length });
    items.push({
      label: { text: ctx.text(set.remainderLabel ?? words.notBrokenDown), csv: set.remainderLabel ?? words.notBrokenDown },
      percent: exact ? { text: { text: size! }, csv: percent } : { text: { text: '' } },
      rest: set.remainderLabel
        ? { before: words.restNamed(size), label: ctx.text(set.remainderLabel), after: words.noFigure }
        : { before: words.restUnnamed(size) },
    });
  }
  const slices = layoutPie(drawn).map(
    (slice, index, all): FundingSlice => ({
      key: `${set.id}:${index}`,
      path: drawArc(slice) ?? '',
      ...(slice.data.colour === undefined ? {} : { colour: slice.data.colour }),
      item: slice.data.item,
      position: { index: index + 1, of: all.length },
      announcement: words.selected(itemText(items[slice.data.item]!)),
    }),
  );

  const period = periodText(set.period, locale);
  const about =
    set.of || set.period || set.total !== undefined
      ? {
          ...(set.of ? { of: { lead: words.sharesOf, text: ctx.text(set.of) } } : {}),
          ...(set.total !== undefined ? { total: figureCell(set.total, 'money', ctx) } : {}),
          ...(set.period ? { period: ctx.text(period ?? '') } : {}),
        }
      : undefined;

  const setCell: TableCell = { text: ctx.text(set.title), csv: set.title };
  const periodCell: TableCell = period === undefined ? { text: { text: '' } } : { text: ctx.text(period), csv: period };
  const none: TableCell = { text: { text: '' } };
  return {
    shown: {
      id: set.id,
      title: ctx.text(set.title),
      ...(about ? { about } : {}),
      description: (set.description ?? []).map((text) => ctx.text(text)),
      summary: words.chartSummary(slices.length),
      chartName: words.chartName(slices.length),
      slices,
      items,
      source: set.source,
    },
    rows: items.map((item) => [setCell, item.label, item.percent, item.amount ?? none, periodCell]),
  };
}

/** What <pcp-funding> shows for these attributes. */
export function fundingView(ctx: ViewContext, options: FundingOptions = {}): FundingView {
  const { t, plan } = ctx;
  const picked = pickItems(plan.fundingShares ?? [], options.shares);
  if (picked.length === 0) return { empty: options.shares ? t.funding.notFound(options.shares) : t.funding.none };
  const sets = picked.map((set) => fundingSetShown(set, ctx));
  const words = t.funding.csv;
  const table: TableModel<TableCell> = {
    // Not shown: each set has its own heading. The table is the list's figures as rows, for the CSV.
    caption: ctx.text(plan.title),
    columns: [words.set, words.share, words.percent, words.amount, words.period].map((word) => ({ text: { text: word } })),
    rows: sets.flatMap((set) => set.rows.map((cells) => ({ cells }))),
    rowHeaders: false,
    fileName: `${fileSlug(plan.id)}-${t.funding.file}`,
  };
  return { sets: sets.map((set) => set.shown), table, csv: tableCsv(table), downloadText: t.common.downloadCsv };
}
