/**
 * What `<pcp-progress>` shows, decided without Lit or the DOM: which objectives and measures (picked
 * with the one rule for ids, numbers and titles), their counts and words in the resolved status scale,
 * each measure's figures as printed, its values by period as a table model, and the "Download CSV" as
 * a table model of its own. Runs in Node (see progress-view.unit.test.ts).
 */
import { fileSlug } from '../format/csv.js';
import { formatDate } from '../format/date.js';
import { csvFigure, figureNumber, periodText, unitParts, type FigureValue } from '../format/figure.js';
import { formatPercent } from '../format/money.js';
import { planPeriodText } from '../i18n/plan-period.js';
import { countCommitments, measureProgress, measureStanding, sumCounts, type CommitmentCounts } from '../model/progress.js';
import { statusLabel } from '../model/statuses.js';
import type { Action, Measure, Objective } from '../schema/plan.js';
import { pickItems, picksAll } from '../view/pick.js';
import { fillText, joinTexts, type PlanText, type ViewContext } from '../view/plan-text.js';
import type { TableCell, TableColumn, TableModel, TableRow } from '../view/table-model.js';
import { resolveScale, type ResolvedScale, type StatusKey, type StatusStyle } from './status-scale.js';
import '../i18n/messages/en/progress.js';

/** The element's attributes that change what it shows. */
export interface ProgressOptions {
  /** One objective alone, by id, printed number or title (see view/pick.ts). */
  readonly objective?: string | undefined;
  /** Only objectives with commitments in this status, and measures with this rating. */
  readonly status?: string | undefined;
  /** The `scale` attribute: JSON labels and colours per status, over the plan's own scale. */
  readonly scale?: string | undefined;
}

/** How a status is drawn: a pattern and a colour (so colour is never the only signal). */
export interface Swatch {
  readonly pattern: number;
  readonly color: string;
}

/** A figure as printed (or formatted in the measure's unit), with the figure for its period, note and source. */
export interface FigureView {
  readonly text: PlanText;
  readonly figure: FigureValue;
}

/** One status in the key. */
export interface LegendEntry {
  readonly status: StatusKey;
  /** The status's label: the element's word, the author's (`scale`), or the plan's own (in its language). */
  readonly label: PlanText;
  readonly swatch: Swatch;
}

/** One stretch of a stacked bar: a status and how many commitments are in it. */
export interface BarSegment {
  readonly status: StatusKey;
  readonly count: number;
  readonly swatch: Swatch;
}

/** One objective's (or the whole plan's) bar and counts. */
export interface RowView {
  /** Unique in the element ("o:<objective id>", "plan"): the keyboard model's key for its bar. */
  readonly key: string;
  /** The objective it counts; undefined for the whole plan's own commitments. */
  readonly objectiveId?: string;
  /** The bar's accessible name: what the row shows, in order ("1 Investing in Our Police, 4 of 11 delivered, 7 planned"). */
  readonly label: string;
  /** Announced when it is selected. */
  readonly announcement: string;
  /** The row's name in parts, each with its language: the printed number, then the title. */
  readonly name: readonly PlanText[];
  readonly segments: readonly BarSegment[];
  /** "6 of 9 delivered, 3 planned". */
  readonly counts: PlanText;
}

/** A sentence about a measure: "Now 1,250 officers (March 2021)." or "Higher is better.". */
export interface FigureSentence {
  /** "Now", "Baseline", "Target", or a sentence of its own. */
  readonly lead: string;
  readonly figure?: FigureView;
  /** After the figure: its date, then the full stop. */
  readonly after?: string;
}

/** A cell of a measure's series: a figure keeps its details (period, note, source); a status has its swatch. */
export interface SeriesCell extends TableCell {
  readonly swatch?: Swatch;
}

/** A measure's values by period as a table; its caption in parts, as the title may be in another language. */
export interface SeriesTable extends TableModel<SeriesCell> {
  readonly captionParts: readonly PlanText[];
}

/** One column of a measure's column chart: a mark, with its period and its figure as printed. */
export interface SeriesColumn {
  /** Unique in the element ("m:<measure id>:<index>"): the keyboard model's key for its column. */
  readonly key: string;
  /** The period as the plan gives it (in its language), shown under the column; `pcp-select`'s `measure.period`. */
  readonly period: PlanText;
  /** The figure exactly as printed, shown on the column. */
  readonly value: PlanText;
  /** Percent of the tallest value; 0 for a figure that is not a number. */
  readonly height: number;
  readonly swatch?: Swatch;
  /** The column's accessible name: the period, the figure as printed, then its status ("2018-19, 26,940, Green"); its place is in aria-posinset. */
  readonly label: string;
  /** Announced when it is selected: "Selected 2018-19, 26,940". */
  readonly announcement: string;
  /** What the plan notes against this value ("at the height of the pandemic"), shown under the chart. */
  readonly note?: PlanText;
}

/** A measure's values by period as a column chart: its summary (its name) and its columns. */
export interface SeriesChart {
  /** "A column chart of the values by period: 3 periods, from Q1 2023/24 to Q3 2023-24". */
  readonly summary: string;
  readonly columns: readonly SeriesColumn[];
}

/** Where a measure's figures come from: a line of text, or a reference drawn by the shared renderer. */
export type MeasureSource =
  | { readonly kind: 'text'; readonly label: string; readonly text: PlanText }
  | { readonly kind: 'reference'; readonly source: Exclude<NonNullable<Measure['source']>, string> };

export interface MeasureView {
  readonly id: string;
  readonly number?: PlanText;
  readonly title: PlanText;
  /** Percent of the way from baseline to target, for the meter; undefined when it cannot be said. */
  readonly percent?: number;
  /** Where it stands in words ("Target met"); empty when the plan does not say which way is better. */
  readonly reading: string;
  readonly sentences: readonly FigureSentence[];
  /** Words after the sentences: no current figure yet, illustrative figures (each with its leading space). */
  readonly after: string;
  readonly rating?: { readonly label: PlanText; readonly swatch?: Swatch };
  readonly period?: PlanText;
  readonly series?: { readonly chart?: SeriesChart; readonly table: SeriesTable };
  readonly note?: PlanText;
  readonly source?: MeasureSource;
}

export interface ProgressShown {
  readonly kind: 'shown';
  /** The date the figures are reported at, in parts (the plan's title may carry its language). */
  readonly asOf: readonly PlanText[];
  /** "Across the plan: 20 of 58 commitments delivered (34%); 38 planned."; undefined without objectives. */
  readonly summary?: PlanText;
  readonly legend: readonly LegendEntry[];
  /** The commitments' heading, a row per objective and one for the whole plan's own; undefined without objectives. */
  readonly commitments?: {
    readonly heading: string;
    /** The bars' name with script, when they can be reached with the keyboard: "A bar chart of 5 bars". */
    readonly chartName: string;
    readonly rows: readonly RowView[];
    readonly wholePlan?: RowView;
  };
  readonly measures?: { readonly heading: string; readonly items: readonly MeasureView[] };
  /** The counts and measures shown, for the "Download CSV" (`tableCsv`). */
  readonly download: TableModel;
}

export type ProgressView = { readonly kind: 'empty'; readonly message: string } | ProgressShown;

const plain = (text: string): PlanText => ({ text });
const swatchOf = (style: StatusStyle | undefined): Swatch | undefined => style && { pattern: style.pattern, color: style.color };
const numbered = (number: string | number | undefined, title: string) => `${number !== undefined ? `${number} ` : ''}${title}`;

/** The objectives and measures the attributes ask for. */
export function pickProgress(ctx: ViewContext, options: ProgressOptions): { objectives: Objective[]; measures: Measure[] } {
  const { plan } = ctx;
  const picked = pickItems(plan.objectives, options.objective);
  const status = options.status;
  // No bars when the plan gives no statuses at all: there is nothing to report.
  const reportsStatus = plan.objectives.some((objective) => objective.actions?.some((action) => action.status));
  const objectives = reportsStatus
    ? picked.filter((objective) => (objective.actions?.length ?? 0) > 0 && (!status || countCommitments(objective.actions).byStatus.has(status)))
    : [];
  // The measures of the objectives picked, by the same rule.
  const ids = picksAll(options.objective) ? undefined : new Set(picked.map((objective) => objective.id));
  const measures = (plan.measures ?? []).filter(
    (measure) =>
      (!ids || (measure.objectiveId !== undefined && ids.has(measure.objectiveId))) &&
      // A measure without a rating counts as "not rated", as a commitment without a status does.
      (!status || (measure.rag ?? 'not-rated') === status),
  );
  return { objectives, measures };
}

/** Everything `<pcp-progress>` shows for these attributes. */
export function progressView(ctx: ViewContext, options: ProgressOptions = {}): ProgressView {
  const { plan, t } = ctx;
  const words = t.progress;
  const scale = resolveScale(options.scale, t.common.statuses, plan);
  const whole = picksAll(options.objective) && !options.status;
  const { objectives, measures } = pickProgress(ctx, options);
  // Plan-wide commitments count only when the plan reports where they stand.
  const commitments = plan.commitments?.some((action) => action.status) ? plan.commitments : undefined;
  if (objectives.length === 0 && measures.length === 0 && !(commitments && whole)) {
    return { kind: 'empty', message: whole ? words.none : words.noMatch };
  }
  const statuses = new Statuses(ctx, scale);
  const used = new Set<StatusKey>();
  for (const objective of objectives) for (const status of countCommitments(objective.actions).byStatus.keys()) used.add(status);
  for (const measure of measures) {
    if (measure.rag) used.add(measure.rag);
    for (const point of measure.values ?? []) if (point.status && scale.scale[point.status]) used.add(point.status);
  }
  const wholePlan = whole ? commitments : undefined;
  return {
    kind: 'shown',
    asOf: asOfParts(ctx),
    ...(objectives.length
      ? {
          summary: summary(ctx, statuses, objectives, whole),
          commitments: {
            heading: words.commitments,
            chartName: words.chartName(objectives.length + (wholePlan ? 1 : 0)),
            rows: objectives.map((objective) =>
              rowView(statuses, [...(objective.number !== undefined ? [plain(`${objective.number} `)] : []), ctx.text(objective.title)], objective.actions, objective.id),
            ),
            ...(wholePlan ? { wholePlan: rowView(statuses, [plain(words.wholePlan)], wholePlan) } : {}),
          },
        }
      : {}),
    legend: (Object.keys(scale.scale) as StatusKey[])
      .filter((key) => used.has(key))
      .map((key) => ({ status: key, label: ctx.text(scale.scale[key]!.label), swatch: swatchOf(scale.scale[key])! })),
    ...(measures.length ? { measures: { heading: words.measures, items: measures.map((measure) => measureView(ctx, statuses, measure)) } } : {}),
    download: downloadTable(ctx, statuses, objectives, measures),
  };
}

/** The resolved scale's words and counts, as every part of the view uses them. */
class Statuses {
  constructor(
    private readonly ctx: ViewContext,
    readonly resolved: ResolvedScale,
  ) {}

  get words(): ViewContext['t']['progress'] {
    return this.ctx.t.progress;
  }

  style(status: string): StatusStyle | undefined {
    return this.resolved.scale[status];
  }

  /** A status's label: from the resolved scale, else the plan's (or the built-in) words, else its id. */
  name(status: string): string {
    return this.style(status)?.label ?? statusLabel(status, this.ctx.t, this.ctx.plan);
  }

  /** How many count as done: delivered, or a status the plan's scale marks done. */
  doneCount(counts: CommitmentCounts): number {
    return this.resolved.order.reduce((sum, status) => sum + (this.style(status)?.done ? (counts.byStatus.get(status) ?? 0) : 0), 0);
  }

  /** The word for done things: "delivered", or the label of the plan's done status (in its language). */
  doneWord(): PlanText {
    const key = this.resolved.order.find((status) => this.style(status)?.done && status !== 'complete') ?? 'delivered';
    return this.ctx.text(this.style(key)!.word);
  }

  /** "2 in progress, 1 at risk": every status not done, in the scale's words (each in its language) and order. */
  rest(counts: CommitmentCounts): PlanText {
    return joinTexts(
      this.resolved.order
        .filter((status) => !this.style(status)?.done && counts.byStatus.get(status))
        .map((status) => joinTexts([{ text: `${counts.byStatus.get(status)} ` }, this.ctx.text(this.style(status)!.word)])),
      ', ',
    );
  }
}

/** The date the figures are reported at; honest when the feed gives none. */
function asOfParts(ctx: ViewContext): PlanText[] {
  const { plan, t, locale } = ctx;
  const words = t.progress;
  if (plan.asOf) return [plain(words.asOf(formatDate(plan.asOf, locale)))];
  if (plan.updated) return [plain(words.asPublished(formatDate(plan.updated, locale)))];
  return [
    plain(`${words.reportedIn} `),
    ctx.text(plan.documentType ?? plan.title),
    plain(' ('),
    ctx.text(planPeriodText(plan.period, t)),
    plain(`)${words.noDate}`),
  ];
}

/** "Across the plan: 20 of 58 commitments delivered (34%); 38 planned." */
function summary(ctx: ViewContext, statuses: Statuses, objectives: readonly Objective[], whole: boolean): PlanText {
  const { plan, locale } = ctx;
  const words = ctx.t.progress;
  const counts = sumCounts(whole && plan.commitments?.length ? [...objectives, { id: 'plan', title: '', actions: plan.commitments }] : objectives);
  const delivered = statuses.doneCount(counts);
  const rest = statuses.rest(counts);
  const share = counts.total ? ` (${formatPercent(Math.round((delivered / counts.total) * 1000) / 10, { locale })})` : '';
  return fillText(words.summary, whole ? words.acrossPlan : words.shownHere, delivered, counts.total, statuses.doneWord(), share, rest.text ? rest : '');
}

function rowView(statuses: Statuses, name: readonly PlanText[], actions: readonly Action[] | undefined, objectiveId?: string): RowView {
  const counts = countCommitments(actions);
  const rest = statuses.rest(counts);
  const shown = joinTexts(name).text.trim();
  const countsText = joinTexts([fillText(statuses.words.counts, statuses.doneCount(counts), counts.total, statuses.doneWord()), ...(rest.text ? [rest] : [])], ', ');
  return {
    key: objectiveId === undefined ? 'plan' : `o:${objectiveId}`,
    ...(objectiveId === undefined ? {} : { objectiveId }),
    label: `${shown}, ${countsText.text}`,
    announcement: statuses.words.selected(shown),
    name,
    segments: statuses.resolved.order
      .filter((status) => counts.byStatus.get(status))
      .map((status) => ({ status, count: counts.byStatus.get(status)!, swatch: swatchOf(statuses.style(status))! })),
    counts: countsText,
  };
}

function measureView(ctx: ViewContext, statuses: Statuses, measure: Measure): MeasureView {
  const { locale } = ctx;
  const words = ctx.t.progress;
  const progress = measureProgress(measure);
  const percent = progress === undefined ? undefined : Math.round(progress * 100);
  const reading = {
    'target-met': words.targetMet,
    'worse-than-baseline': words.worse,
    'on-the-way': words.onTheWay(percent ?? 0),
    'target-not-met': words.notMet,
    unknown: '',
  }[measureStanding(measure)];
  // Each figure as printed, or a bare number in the measure's unit.
  const figure = (value: FigureValue): FigureView => ({ text: ctx.joined(unitParts(value, measure.unit, locale, measure.unit)), figure: value });
  const date = (value: string | undefined) => (value ? ` (${formatDate(value, locale)})` : '');
  const sentences: FigureSentence[] = [];
  if (measure.current !== undefined) sentences.push({ lead: words.now, figure: figure(measure.current), after: `${date(measure.currentDate)}.` });
  if (measure.baseline !== undefined) sentences.push({ lead: words.baseline, figure: figure(measure.baseline), after: `${date(measure.baselineDate)}.` });
  if (measure.target !== undefined) {
    sentences.push({ lead: words.target, figure: figure(measure.target), after: `${measure.deadline ? ` ${words.by} ${formatDate(measure.deadline, locale)}` : ''}.` });
  }
  // Only when the plan says which way is better.
  if (measure.better === 'higher') sentences.push({ lead: words.higherBetter });
  if (measure.better === 'lower') sentences.push({ lead: words.lowerBetter });
  const after = `${measure.current === undefined && !measure.values?.length ? ` ${words.noCurrent}` : ''}${measure.illustrative ? ` ${words.illustrative}` : ''}`;
  const source = measure.source;
  return {
    id: measure.id,
    ...(measure.number !== undefined ? { number: ctx.text(measure.number) } : {}),
    title: ctx.text(measure.title),
    ...(percent !== undefined ? { percent } : {}),
    reading,
    sentences,
    after,
    ...(measure.rag ? { rating: { label: ctx.text(statuses.name(measure.rag)), swatch: swatchOf(statuses.style(measure.rag)) } } : {}),
    ...(measure.period ? { period: ctx.text(periodText(measure.period, locale)) ?? plain('') } : {}),
    ...(measure.values?.length ? { series: seriesView(ctx, statuses, measure, figure) } : {}),
    ...(measure.note ? { note: ctx.text(measure.note) } : {}),
    ...(typeof source === 'string'
      ? { source: { kind: 'text' as const, label: ctx.t.common.source, text: ctx.text(source) } }
      : source
        ? { source: { kind: 'reference' as const, source } }
        : {}),
  };
}

/**
 * A measure's values by period: a table and, for two or more numbers none below zero, a column chart
 * (each column in its status's pattern, its figure as printed on it, named by its period, figure and
 * status). With script the chart is the reader's version and the table is shown when asked for.
 */
function seriesView(ctx: ViewContext, statuses: Statuses, measure: Measure, figure: (value: FigureValue) => FigureView): MeasureView['series'] {
  const words = ctx.t.progress;
  const points = measure.values!;
  const numbers = points.map((point) => figureNumber(point.figure));
  const known = numbers.filter((number): number is number => number !== undefined);
  const max = Math.max(...known);
  const chart = known.length > 1 && Math.min(...known) >= 0 && max > 0;
  const withStatus = points.some((point) => point.status);
  const withNotes = points.some((point) => point.note);
  const columns: TableColumn[] = [
    { text: plain(words.period) },
    { text: plain(words.figure), numeric: true },
    ...(withStatus ? [{ text: plain(words.statusHeading) }] : []),
    ...(withNotes ? [{ text: plain(words.note) }] : []),
  ];
  const rows: TableRow<SeriesCell>[] = points.map((point) => {
    const shown = figure(point.figure);
    const statusName = point.status ? statuses.name(point.status) : undefined;
    return {
      header: { text: ctx.text(periodText(point.period, ctx.locale)) ?? plain(''), csv: periodText(point.period, ctx.locale) },
      cells: [
        { text: shown.text, figure: point.figure, csv: csvFigure(point.figure), numeric: true },
        ...(withStatus
          ? [point.status ? { text: ctx.text(statusName!), csv: statusName, swatch: swatchOf(statuses.style(point.status)) } : { text: plain('') }]
          : []),
        ...(withNotes ? [{ text: ctx.text(point.note) ?? plain(''), csv: point.note }] : []),
      ],
    };
  });
  const title = ctx.text(measure.title);
  const captionParts = [title, plain(`: ${words.series}`)];
  const table: SeriesTable = {
    caption: joinTexts(captionParts),
    captionParts,
    columns,
    rows,
    rowHeaders: true,
    fileName: `${fileSlug(ctx.plan.id)}-${words.file}-${fileSlug(measure.id)}`,
  };
  const periodOf = (index: number) => rows[index]!.header!.text;
  const columnsOf = (): SeriesColumn[] =>
    points.map((point, index) => {
      const value = rows[index]!.cells[0]!.text;
      const status = point.status ? statuses.name(point.status) : undefined;
      const shown = `${periodOf(index).text}, ${value.text}`;
      return {
        key: `m:${measure.id}:${index}`,
        period: periodOf(index),
        value,
        height: ((numbers[index] ?? 0) / max) * 100,
        ...(point.status ? { swatch: swatchOf(statuses.style(point.status)) } : {}),
        label: status ? `${shown}, ${status}` : shown,
        announcement: words.selected(shown),
        ...(point.note ? { note: ctx.text(point.note) } : {}),
      };
    });
  return {
    ...(chart
      ? { chart: { summary: words.seriesChartName(points.length, periodOf(0).text, periodOf(points.length - 1).text), columns: columnsOf() } }
      : {}),
    table,
  };
}

/**
 * The counts and measures shown, as plain numbers: a row per objective (its commitments by status),
 * a row per measure (baseline, current, target…), and a row per value of a measure's series. An
 * objective's row stops after its counts, as the measure columns do not apply to it.
 */
function downloadTable(ctx: ViewContext, statuses: Statuses, objectives: readonly Objective[], measures: readonly Measure[]): TableModel {
  const words = ctx.t.progress.csv;
  const order = statuses.resolved.order;
  const cell = (value: string | number | undefined): TableCell => ({ text: plain(value === undefined ? '' : String(value)), csv: value });
  const blank = order.map(() => cell(undefined));
  // A period column only when a measure has a period or a series.
  const periods = measures.some((measure) => measure.period || measure.values?.length);
  const period = (value: Measure['period']) => (periods ? [cell(periodText(value, ctx.locale))] : []);
  const columns = [
    words.kind,
    words.name,
    words.commitments,
    ...order.map((status) => statuses.style(status)!.label),
    words.baseline,
    words.current,
    words.target,
    words.deadline,
    words.direction,
    words.rating,
    ...(periods ? [words.period] : []),
  ].map((text): TableColumn => ({ text: plain(text) }));
  const rows: TableRow[] = [
    ...objectives.map((objective): TableRow => {
      const counts = countCommitments(objective.actions);
      return {
        cells: [cell(words.objective), cell(numbered(objective.number, objective.title)), cell(counts.total), ...order.map((status) => cell(counts.byStatus.get(status) ?? 0))],
      };
    }),
    ...measures.flatMap((measure): TableRow[] => {
      const name = numbered(measure.number, measure.title);
      return [
        {
          cells: [
            cell(words.measure),
            cell(name),
            cell(undefined),
            ...blank,
            cell(csvFigure(measure.baseline)),
            cell(csvFigure(measure.current)),
            cell(csvFigure(measure.target)),
            cell(measure.deadline),
            cell(measure.better === 'higher' ? words.higher : measure.better === 'lower' ? words.lower : undefined),
            cell(measure.rag ? statuses.name(measure.rag) : undefined),
            ...period(measure.period),
          ],
        },
        // The series: each value in the "current" column, with its status and period.
        ...(measure.values ?? []).map((point) => ({
          cells: [
            cell(words.value),
            cell(name),
            cell(undefined),
            ...blank,
            cell(undefined),
            cell(csvFigure(point.figure)),
            cell(undefined),
            cell(undefined),
            cell(undefined),
            cell(point.status ? statuses.name(point.status) : undefined),
            ...period(point.period),
          ],
        })),
      ];
    }),
  ];
  return {
    caption: plain(ctx.t.progress.csvCaption),
    columns,
    rows,
    rowHeaders: false,
    fileName: `${fileSlug(ctx.plan.id)}-${ctx.t.progress.file}`,
  };
}
