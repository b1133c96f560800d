/**
 * What `<pcp-action-plan>` shows, decided without Lit or the DOM: the entries the filters keep
 * (priority, agency, free text), grouped by priority, with review dates formatted and marked overdue,
 * the filter controls' choices, the count, and one table model. The page's tables are drawn from that
 * model's rows and "Download CSV" is `tableCsv` of the same model, so they cannot drift.
 */
import { fileSlug } from '../format/csv.js';
import { formatDate, isFeedDate } from '../format/date.js';
import { isPast } from '../format/date-range.js';
import { agencyChoices, agencyMatches, agencyNames, canonicalAgency, normaliseName, partnerOf } from '../model/agencies.js';
import type { ActionPlanRow, Objective, Plan } from '../schema/plan.js';
import { joinTexts, type PlanText, type ViewContext } from '../view/plan-text.js';
import { columnShares, type ColumnLayout } from '../view/column-shares.js';
import type { TableCell, TableColumn, TableModel, TableRow } from '../view/table-model.js';
import '../i18n/messages/en/action-plan.js';

type Agency = ActionPlanRow['agencies'][number];

/** The attributes that decide what `<pcp-action-plan>` shows. */
export interface ActionPlanOptions {
  /** One priority: its name as printed (matched like agency names), or the id of its objective. */
  readonly priority?: string | undefined;
  /** One agency: its name, a partner's full name, or a short name the document uses. */
  readonly agency?: string | undefined;
  /** Free text, searched in aims, baseline, agencies' names and actions. */
  readonly search?: string | undefined;
  /** The date review dates are checked against; the feed's `asOf` when undefined. */
  readonly asOf?: string | undefined;
}

/**
 * A cell of the action plan's table (TableCell: its text and its CSV value), with what the page
 * draws: the lines as the plan prints them. A cell with no lines shows its `text` muted ("–", "No
 * actions listed").
 */
export interface ActionPlanCell extends TableCell {
  /** Aims, baseline data or actions, one per line; the agency; the review date (formatted) or the review as printed. */
  readonly lines: readonly PlanText[];
  /** Points listed under an aim (its details). */
  readonly details?: readonly PlanText[];
  /** The agency's partner's website. */
  readonly href?: string;
  /** The mark after a review date that the as-of date has passed ("Overdue"). */
  readonly overdue?: string;
}

/**
 * A line of the table and of the CSV: one agency's part of an aim (or an aim with no agency), with
 * cells for the columns priority, aims, baseline data, agency, actions, review date.
 */
export interface ActionPlanLine extends TableRow<ActionPlanCell> {
  /**
   * On an aim's first line, the number of lines its aims and baseline cells span (its agencies, at
   * least 1); 0 on the lines after, which draw neither.
   */
  readonly span: number;
}

/** The action plan's table model: the CSV's columns and lines; the page draws it one table per priority. */
export interface ActionPlanTable extends TableModel<ActionPlanCell> {
  readonly rows: readonly ActionPlanLine[];
}

/** An agency's part of an aim, as a card shows it: the same cells as its line of the table. */
export interface AgencyCells {
  readonly agency: ActionPlanCell;
  readonly actions: ActionPlanCell;
  readonly review: ActionPlanCell;
}

/** An aim as a card (narrow containers): its aims and baseline data, then each agency shown. */
export interface AimCard {
  readonly aims: ActionPlanCell;
  readonly baseline: ActionPlanCell;
  readonly agencies: readonly AgencyCells[];
}

/** An objective of another plan that a priority supports, linked to it when the feed gives its page. */
export interface SupportedObjective {
  readonly title: PlanText;
  readonly href?: string;
}

/** A priority: its caption (and card heading), its lines of the table, and its aims as cards. */
export interface PriorityGroup {
  readonly priority: PlanText;
  /** "(supports A, B)" after the priority, when it supports other plans' objectives. */
  readonly supports?: { readonly word: string; readonly objectives: readonly SupportedObjective[] };
  /** "(priority: Objective title)" when the priority's objective is titled otherwise than the priority. */
  readonly objective?: { readonly word: string; readonly title: PlanText };
  /** The group's lines: the same objects as in the table model's rows, in the same order. */
  readonly lines: readonly ActionPlanLine[];
  readonly cards: readonly AimCard[];
}

/** A filter control: its label, the "all" option, the options and the one selected ("" for all). */
export interface FilterChoice {
  readonly label: string;
  readonly all: string;
  /** The options, ending with the one asked for by attribute when it is none of the plan's. */
  readonly options: readonly string[];
  /**
   * Each option as shown, in its language when that is not the page's: an `<option>` holds only
   * text, so a template marks the option itself `lang="…"`.
   */
  readonly shown: readonly PlanText[];
  readonly selected: string;
}

export interface ActionPlanFilters {
  /** The form's accessible name. */
  readonly label: string;
  readonly priority: FilterChoice;
  readonly agency: FilterChoice;
  readonly search: { readonly label: string; readonly value: string };
}

/** The plan has no action plan. */
export interface ActionPlanEmpty {
  readonly empty: string;
}

export interface ActionPlanShown {
  readonly empty?: undefined;
  /** The heading: the action plan's title, or the plan's title followed by `titleSuffix` (": action plan"). */
  readonly title: PlanText;
  /** The element's words after the plan's title; "" when the action plan has a title of its own. */
  readonly titleSuffix: string;
  readonly filters: ActionPlanFilters;
  /** "Showing 5 of 24 entries". */
  readonly count: string;
  /** The entries shown, and all the plan has: an aim with no agency counts as one entry. */
  readonly shown: number;
  readonly total: number;
  /** The message in place of the tables when no entry matches the filters. */
  readonly noMatch?: string;
  readonly groups: readonly PriorityGroup[];
  /** Every line shown; the CSV is `tableCsv(table)`. */
  readonly table: ActionPlanTable;
  /**
   * The widths of the drawn columns (aims to review date), as whole percentages, shared by every
   * priority's table so the columns line up from one to the next; sized on every line of the plan,
   * so they stay put while the filters change what is shown.
   */
  readonly columnWidths: ColumnLayout;
  /** "Download CSV", and the words after the link; the file is `table.fileName` with ".csv". */
  readonly download: { readonly label: string; readonly after: string };
}

export type ActionPlanView = ActionPlanEmpty | ActionPlanShown;

/** True when `value` is a date as the feed writes dates (YYYY, YYYY-MM or YYYY-MM-DD, a real day): the schema's rule. */
export { isFeedDate };

/**
 * The date review dates are checked against: the `as-of` attribute, else the feed's `asOf`;
 * undefined when it is not a date (an `as-of` that is not one is not replaced by the feed's).
 */
export function reviewAsOf(plan: Plan, asOf: string | undefined): string | undefined {
  const date = asOf ?? plan.asOf;
  return date && isFeedDate(date) ? date : undefined;
}

const NONE: PlanText = { text: '–' };

/** The table model's columns that the page draws: all but the priority, which captions each table. */
const DRAWN_COLUMNS = [1, 2, 3, 4, 5];

/** Lines as one text ("a; b"), in their language when they share one, else each in its own. */
const joined = (lines: readonly PlanText[]): PlanText => joinTexts(lines, '; ');

/** A cell of lines; with none, `empty` shown muted. */
function linesCell(lines: readonly PlanText[], csv: string | undefined, empty: PlanText = NONE): ActionPlanCell {
  return { text: lines.length ? joined(lines) : empty, csv, lines };
}

interface ShownRow {
  readonly row: ActionPlanRow;
  readonly agencies: readonly Agency[];
}

/** True when `wanted` names the row's priority: its printed name (matched like agency names) or its objective's id. */
const namesPriority = (row: ActionPlanRow, wanted: string) => normaliseName(row.priority) === normaliseName(wanted) || row.objectiveId === wanted.trim();

/** The rows and agencies the filters keep. */
function filterRows(plan: Plan, options: ActionPlanOptions): ShownRow[] {
  const { priority, agency } = options;
  // Searched the way agency names are matched: "&" and "and" alike, punctuation ignored.
  const query = normaliseName(options.search ?? '');
  const found = (...texts: Array<string | undefined>) => texts.some((text) => text !== undefined && normaliseName(text).includes(query));
  const shown: ShownRow[] = [];
  for (const row of plan.actionPlan?.rows ?? []) {
    if (priority && !namesPriority(row, priority)) continue;
    let agencies = agency ? row.agencies.filter((entry) => agencyMatches(plan, entry, agency)) : row.agencies;
    if (agency && agencies.length === 0) continue;
    if (query) {
      const rowMatches = found(row.priority, ...row.aims, ...(row.aimDetails ?? []), ...(row.baseline ?? []));
      // Text found in the aim or baseline keeps all its agencies; found in an agency's part, just that agency.
      if (!rowMatches) agencies = agencies.filter((entry) => found(...agencyNames(plan, entry), ...(entry.actions ?? [])));
      if (!rowMatches && agencies.length === 0) continue;
    }
    shown.push({ row, agencies });
  }
  return shown;
}

/** An aim with no agency, or several, is at least one entry (one line of the table). */
const entries = (rows: readonly ShownRow[]) => rows.reduce((sum, shown) => sum + Math.max(1, shown.agencies.length), 0);

function filters(ctx: ViewContext, options: ActionPlanOptions): ActionPlanFilters {
  const { plan } = ctx;
  const t = ctx.t.actionPlan;
  const rows = plan.actionPlan?.rows ?? [];
  const priorities = [...new Set(rows.map((row) => row.priority))];
  const agencies = agencyChoices(plan);
  const wantedPriority = options.priority?.trim();
  // The printed name shows in the control, also when the attribute gave the objective's id.
  const priority = wantedPriority ? (rows.find((row) => namesPriority(row, wantedPriority))?.priority ?? wantedPriority) : '';
  // And the partner's full name when the attribute gave a short one.
  const wantedAgency = options.agency ? normaliseName(canonicalAgency(plan, options.agency)) : '';
  const agency = agencies.find((name) => normaliseName(name) === wantedAgency) ?? options.agency ?? '';
  const withSelected = (list: string[], selected: string) => (selected && !list.includes(selected) ? [...list, selected] : list);
  const choice = (label: string, all: string, list: string[], selected: string): FilterChoice => {
    const options = withSelected(list, selected);
    return { label, all, options, shown: options.map((option) => ctx.text(option)), selected };
  };
  return {
    label: t.filters,
    priority: choice(t.priority, t.allPriorities, priorities, priority),
    agency: choice(t.agency, t.allAgencies, agencies, agency),
    search: { label: t.search, value: options.search ?? '' },
  };
}

/**
 * The cells of an agency's part of an aim (or of an aim with none). The review: its date for readers,
 * marked when `asOf` has passed it, with the review as printed ("quarterly") after it when the plan
 * gives both, or that alone; the CSV keeps the date as the feed writes it.
 */
function agencyCells(ctx: ViewContext, agency: Agency | undefined, asOf: string | undefined): AgencyCells {
  const t = ctx.t.actionPlan;
  if (!agency) return { agency: linesCell([], undefined), actions: linesCell([], ''), review: linesCell([], undefined) };
  const url = partnerOf(ctx.plan, agency)?.url;
  const actions = (agency.actions ?? []).map((action) => ctx.text(action));
  const printed = ctx.text(agency.review);
  const csv = agency.reviewDate ?? agency.review;
  let review: ActionPlanCell;
  if (agency.reviewDate) {
    const date: PlanText = { text: formatDate(agency.reviewDate, ctx.locale) };
    review = {
      text: date,
      csv,
      lines: [date],
      ...(printed ? { notes: [printed] } : {}),
      ...(asOf !== undefined && isPast(agency.reviewDate, asOf) ? { overdue: t.overdue } : {}),
    };
  } else {
    review = linesCell(printed ? [printed] : [], csv);
  }
  return {
    agency: { ...linesCell([ctx.text(agency.agency)], agency.agency), ...(url ? { href: url } : {}) },
    actions: linesCell(actions, (agency.actions ?? []).join('; '), { text: t.noActions }),
    review,
  };
}

/** A priority's caption: what it supports, and its objective when that is titled otherwise. */
function groupTitle(ctx: ViewContext, priority: string, objective: Objective | undefined): Omit<PriorityGroup, 'lines' | 'cards'> {
  const t = ctx.t.actionPlan;
  return {
    priority: ctx.text(priority),
    ...(objective?.supports?.length
      ? {
          supports: {
            word: t.supports,
            objectives: objective.supports.map((reference) => ({
              title: ctx.text(reference.title ?? reference.objectiveId),
              ...(reference.url ? { href: `${reference.url}#${reference.objectiveId}` } : {}),
            })),
          },
        }
      : {}),
    ...(objective && normaliseName(objective.title) !== normaliseName(priority)
      ? { objective: { word: ctx.word(ctx.plan.levels?.[0]?.singular, t.priorityWord), title: ctx.text(objective.title) } }
      : {}),
  };
}

/** What `<pcp-action-plan>` shows for `options` (see ActionPlanView). */
export function actionPlanView(ctx: ViewContext, options: ActionPlanOptions = {}): ActionPlanView {
  const { plan } = ctx;
  const t = ctx.t.actionPlan;
  const allRows = plan.actionPlan?.rows ?? [];
  if (allRows.length === 0) return { empty: t.none };
  const asOf = reviewAsOf(plan, options.asOf);
  const rows = filterRows(plan, options);

  // Consecutive rows of one priority make a group, as the plans print them.
  const groups: Array<PriorityGroup & { lines: ActionPlanLine[]; cards: AimCard[] }> = [];
  for (const { row, agencies } of rows) {
    let group = groups.at(-1);
    if (!group || group.priority.text !== row.priority) {
      const objective = plan.objectives.find((candidate) => candidate.id === row.objectiveId);
      group = { ...groupTitle(ctx, row.priority, objective), lines: [], cards: [] };
      groups.push(group);
    }
    const details = (row.aimDetails ?? []).map((detail) => ctx.text(detail));
    const aimLines = row.aims.map((aim) => ctx.text(aim));
    const aims: ActionPlanCell = { ...linesCell(aimLines, [...row.aims, ...(row.aimDetails ?? [])].join('; ')), details };
    const baseline = linesCell((row.baseline ?? []).map((line) => ctx.text(line)), (row.baseline ?? []).join('; '));
    const priority: ActionPlanCell = { text: group.priority, csv: row.priority, lines: [group.priority] };
    const parts = agencies.map((agency) => agencyCells(ctx, agency, asOf));
    group.cards.push({ aims, baseline, agencies: parts });
    (parts.length ? parts : [agencyCells(ctx, undefined, asOf)]).forEach((part, index) => {
      group.lines.push({
        cells: [priority, aims, baseline, part.agency, part.actions, part.review],
        span: index === 0 ? Math.max(1, parts.length) : 0,
      });
    });
  }

  const title = plan.actionPlan?.title !== undefined ? ctx.text(plan.actionPlan.title) : ctx.text(plan.title);
  const titleSuffix = plan.actionPlan?.title !== undefined ? '' : t.titleSuffix;
  const column = (text: string): TableColumn => ({ text: { text } });
  const table: ActionPlanTable = {
    caption: titleSuffix ? joinTexts([title, { text: titleSuffix }]) : title,
    columns: [t.priority, t.aims, t.baseline, t.agency, t.actions, t.reviewDate].map(column),
    rows: groups.flatMap((group) => group.lines),
    rowHeaders: false,
    fileName: `${fileSlug(plan.id)}-${t.csvFile}`,
  };
  const filtered = Boolean(options.priority || options.agency || options.search);
  const columnWidths = filtered ? (actionPlanView(ctx, { asOf: options.asOf }) as ActionPlanShown).columnWidths : columnShares(table, DRAWN_COLUMNS, (cell) => ((cell as ActionPlanCell).overdue ? [(cell as ActionPlanCell).overdue!] : []));
  const shown = entries(rows);
  const total = entries(allRows.map((row) => ({ row, agencies: row.agencies })));
  return {
    title,
    titleSuffix,
    filters: filters(ctx, options),
    count: t.showing(shown, total),
    shown,
    total,
    ...(groups.length === 0 ? { noMatch: t.noMatch } : {}),
    groups,
    table,
    columnWidths,
    download: { label: ctx.t.common.downloadCsv, after: t.entriesShown },
  };
}
