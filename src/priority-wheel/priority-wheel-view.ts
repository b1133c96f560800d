/**
 * What <pcp-priority-wheel> shows, decided from the plan: each segment (its name, its number as
 * printed, its label's lines, its colour and pattern, whether its objective is selected and whether
 * it holds its ring's tab stop), the centre, the selected objective's panel, and the table that
 * "Show as table" draws and "Download CSV" downloads. Pure (no Lit, no DOM): the component measures
 * text with the page's fonts and passes that measure in; Node tests and the server pass
 * `approximateWidth`.
 */
import { fileSlug } from '../format/csv.js';
import type { Action, Objective, Plan } from '../schema/plan.js';
import { fillText, joinTexts, type PlanText, type ViewContext } from '../view/plan-text.js';
import { tableCsv, type TableCell, type TableColumn, type TableModel, type TableRow } from '../view/table-model.js';
import { approximateWidth, type FittedLabel, type Measure, type Sector } from './fit-label.js';
import { cachedWheelLayout, labelText, wheelSize, type WheelSegment } from './wheel-layout.js';
import { ringSwatches } from '../charts/ring-palette.js';
import '../i18n/messages/en/wheel.js';

/** The element's attributes and state that change what it shows. */
export interface WheelOptions {
  /** 1: the objectives; 2: also their actions in an outer ring. */
  rings: 1 | 2;
  /** `panel` shows the selected objective beside the wheel; `none` leaves that to other elements. */
  detail: 'panel' | 'none';
  /** `chart` draws the wheel; `table` shows the same content as a table. */
  view: 'chart' | 'table';
  /** The selected objective's id, as the selection holds it (exactly: ids come from the reader's choice, not an author's query). */
  selectedId?: string | undefined;
  /** The segment with keyboard focus ("o3": objective 3; "a3.2": its action 2): it holds its ring's tab stop. */
  focusKey?: string | undefined;
  /** The chart box's width in px; 0 or missing when not known (the server): the layout is made for 400. */
  width?: number | undefined;
  /** Width of text in the labels' font; default `approximateWidth` (what the server uses). */
  measure?: Measure | undefined;
}

/** What the plan calls its objectives ("theme", "themes"), or the element's own words. */
export interface WheelNouns {
  one: string;
  other: string;
}

/** A segment's label as fitted inside it. */
export interface WheelSegmentLabel extends FittedLabel {
  /** True when the first line is the objective's number as printed (drawn bold). */
  numbered: boolean;
}

/** One segment of either ring. */
export interface WheelSegmentView {
  /** "o3" for objective 3 (from 0), "a3.2" for its action 2: the key the arrow keys move between. */
  key: string;
  objectiveId: string;
  objectiveIndex: number;
  /** Set for the outer ring's segments. */
  actionIndex?: number | undefined;
  /** The objective's number as printed; undefined when the plan does not number it. */
  number?: string | undefined;
  /** The accessible name: "3 A focus on victims, 9 actions" (its position is `position`). */
  name: string;
  /** What the segment shows (objectives only); undefined when nothing fits, or in the outer ring. */
  label?: WheelSegmentLabel | undefined;
  /** The segment colour (class `c0` … `c5`), by its objective's position: never its neighbours'. */
  colour: number;
  /** The band pattern (0 … PATTERN_COUNT - 1), by its objective's position: never its neighbours'. */
  pattern: number;
  /** Its objective is the selected one: drawn highlighted, with a plain band. */
  selected: boolean;
  /** `aria-selected`: only an objective is selected, never its actions. */
  ariaSelected: boolean;
  /** `aria-posinset` and `aria-setsize` (objectives only). */
  position?: { index: number; of: number } | undefined;
  /** True for the one segment per ring in the tab order (roving tabindex). */
  tabStop: boolean;
  sector: Sector;
  /** The segment's outline (an SVG path). */
  path: string;
  /** The band along its outer edge that carries its pattern. */
  bandPath: string;
  /** What is announced when the reader selects it (its objective, for an action). */
  announcement: string;
}

/** An objective's actions in the outer ring, grouped under the objective's name. */
export interface WheelActionGroup {
  label: string;
  segments: readonly WheelSegmentView[];
  /** The group's outline (over its actions' thin separators); undefined for an objective with no actions. */
  outline?: string | undefined;
  /** How many actions it lists, drawn in its span ("9 actions", or "9"); undefined where neither fits. */
  count?: FittedLabel | undefined;
}

/** A line of the key beside the chart: an objective whose title does not fit in its segment. */
export interface WheelKeyEntry {
  objectiveId: string;
  /** The plan's own number for it; undefined when the plan does not number it. */
  number?: string | undefined;
  title: PlanText;
  /** The same colour and pattern as its segment. */
  colour: number;
  pattern: number;
}

/** The drawing. */
export interface WheelChartView {
  /** Width and height of the square drawing, in viewBox units (the SVG scales to its box). */
  size: number;
  /** `shows`: "text" (the centre text), "fallback" (the plan's title) or nothing, when neither fits in full. */
  centre: { radius: number; label?: FittedLabel | undefined; shows?: 'text' | 'fallback' | undefined };
  /** The one font size of the objectives' labels, in viewBox units. */
  fontSize: number;
  /**
   * The objectives whose title does not fit their segment, in order: shown in a key below the chart
   * (hidden from screen readers, which hear each title in its segment's name).
   */
  key: readonly WheelKeyEntry[];
  /** The objectives' listbox's name: the plan's word for them. */
  objectivesLabel: string;
  objectives: readonly WheelSegmentView[];
  /** The outer ring, when there is one with any actions in it. */
  actionRing?:
    | {
        label: string;
        /** One group per objective, in order (empty for an objective with no actions). */
        groups: readonly WheelActionGroup[];
        /** Every action segment round the ring, in the order the arrow keys follow. */
        segments: readonly WheelSegmentView[];
        /**
         * Under the chart, for sighted readers: what the outer ring and its figures are ("The outer ring shows
         * the actions of each objective, and how many there are."). Screen readers hear it in the summary and
         * in each objective's name ("…, 9 actions").
         */
        note: string;
      }
    | undefined;
  /** The selected objective's segment, outlined. */
  selected?: WheelSegmentView | undefined;
  /** The segment with keyboard focus, if it still exists. */
  focused?: WheelSegmentView | undefined;
  /** How to use the keyboard, shown under the chart. */
  instructions: string;
}

/** The panel beside the wheel: a prompt, or the selected objective. */
export type WheelDetailView =
  | { kind: 'prompt'; prompt: string }
  | {
      kind: 'objective';
      number?: string | undefined;
      title: PlanText;
      summary: readonly PlanText[];
      intro?: PlanText | undefined;
      actions: readonly Action[];
    };

/** A cell of the wheel's table. */
export interface WheelCell extends TableCell {
  /** The cell's paragraphs, each in its own language, shown one after another (an objective's summary). */
  readonly parts?: readonly PlanText[];
  /** The cell heads its row (the objective's title, in the second column after its number). */
  readonly rowHeader?: boolean;
}

/** A column of the wheel's table (`shown: false` for the action list, too long for the table: only the CSV has it). */
export type WheelColumn = TableColumn;

/** The objectives as a table and as CSV (`tableCsv`). */
export interface WheelTable extends TableModel<WheelCell> {
  readonly columns: readonly WheelColumn[];
  /** The caption as drawn, each part in its language: the plan's title, then ": objectives". */
  readonly captionParts: readonly PlanText[];
}

/** A plan with objectives, as the wheel shows it. */
export interface WheelShownView {
  kind: 'wheel';
  nouns: WheelNouns;
  /** The text for the centre: the strapline, else the vision's first paragraph, else the title. */
  centreText: string;
  /**
   * `centreText` when it is too long for the centre circle (which then shows the plan's title, or
   * nothing): shown in full as a paragraph below the chart. Never cut off.
   */
  centreBelow?: PlanText | undefined;
  /** The screen-reader summary before the chart or table (the plan's title and centre text keep their language). */
  summary: PlanText;
  /** The drawing; undefined while the table is shown instead. */
  chart?: WheelChartView | undefined;
  /** The table (shown with `view="table"`) and, always, the CSV's content. */
  table: WheelTable;
  showTable: boolean;
  /** The panel; undefined with `detail="none"`. */
  detail?: WheelDetailView | undefined;
  controls: { showAsTable: string; downloadCsv: string };
}

/** A plan with no objectives. */
export interface WheelEmptyView {
  kind: 'empty';
  message: string;
}

export type PriorityWheelView = WheelShownView | WheelEmptyView;

/** The plan's word for its objectives ("theme", "pillar"), or the element's, in the page's language. */
export function wheelNouns(ctx: ViewContext): WheelNouns {
  const { plan, t } = ctx;
  return {
    one: ctx.word(plan.levels?.[0]?.singular, t.common.objective),
    other: ctx.word(plan.levels?.[0]?.plural, t.common.objectives),
  };
}

/** The text at the wheel's centre. */
export const centreTextOf = (plan: Plan): string => plan.strapline ?? plan.vision?.[0] ?? plan.title;

export { wheelSize };

const numberOf = (objective: Objective): string | undefined => (objective.number !== undefined ? String(objective.number) : undefined);

const keyOf = (segment: WheelSegment): string =>
  segment.action ? `a${segment.objectiveIndex}.${segment.actionIndex}` : `o${segment.objectiveIndex}`;

/** Several texts read as one: in their language when they all share it. */
function joined(parts: readonly PlanText[], separator: string): PlanText {
  const text = parts.map((part) => part.text).join(separator);
  const lang = parts[0]?.lang;
  return lang !== undefined && parts.every((part) => part.lang === lang) ? { text, lang } : { text };
}

const tables = new WeakMap<ViewContext, WheelTable>();

/**
 * The objectives as a table: number, title (heading its row), summary, how many actions; the CSV
 * also lists the actions. Made once per plan and language, so its CSV link is made once too.
 */
export function wheelTable(ctx: ViewContext): WheelTable {
  const cached = tables.get(ctx);
  if (cached) return cached;
  const { plan, t } = ctx;
  const words = t.wheel;
  const { other } = wheelNouns(ctx);
  const title = ctx.text(plan.title);
  const columns: WheelColumn[] = [
    { text: { text: words.number } },
    { text: { text: words.title } },
    { text: { text: ctx.word(plan.labels?.summary, words.summaryHeading) } },
    { text: { text: words.actions }, numeric: true },
    { text: { text: words.actionList }, shown: false },
  ];
  const rows = plan.objectives.map((objective): TableRow<WheelCell> => {
    const summary = (objective.summary ?? []).map((text) => ctx.text(text));
    const actions = objective.actions ?? [];
    const actionList = actions.map((action) => action.text).join(' | ');
    return {
      cells: [
        { text: { text: numberOf(objective) ?? '' }, csv: objective.number },
        { text: ctx.text(objective.title), csv: objective.title, rowHeader: true },
        { text: joined(summary, ' '), csv: summary.map((part) => part.text).join(' '), parts: summary },
        { text: { text: String(actions.length) }, csv: actions.length, numeric: true },
        { text: { text: actionList }, csv: actionList },
      ],
    };
  });
  const table: WheelTable = {
    // Each part in its language (the plan's title may not be in the page's).
    caption: joinTexts([title, { text: `: ${other}` }]),
    captionParts: [title, { text: `: ${other}` }],
    columns,
    rows,
    rowHeaders: false,
    fileName: `${fileSlug(plan.id)}-${fileSlug(other)}`,
  };
  tables.set(ctx, table);
  return table;
}

const csvs = new WeakMap<WheelTable, string>();

/**
 * The table's CSV, made once per table: every wheel on a plan (and every one a page creates again)
 * links to the same text, which takes longer to build than the rest of the wheel's render.
 */
export function wheelCsv(table: WheelTable): string {
  let csv = csvs.get(table);
  if (csv === undefined) csvs.set(table, (csv = tableCsv(table)));
  return csv;
}

/** The selected objective in the panel, or the prompt to select one. */
function detailOf(ctx: ViewContext, selected: Objective | undefined, nouns: WheelNouns): WheelDetailView {
  if (!selected) return { kind: 'prompt', prompt: ctx.t.wheel.prompt(nouns.one, nouns.other) };
  return {
    kind: 'objective',
    number: numberOf(selected),
    title: ctx.text(selected.title),
    summary: (selected.summary ?? []).map((text) => ctx.text(text)),
    intro: ctx.text(selected.intro),
    actions: selected.actions ?? [],
  };
}

/**
 * "3 A focus on victims, 9 actions": it begins with exactly what the segment shows (what
 * voice-control users speak); when that is a short title or a number, the full title follows. Its
 * position ("3 of 7") is not in it: `aria-posinset` and `aria-setsize` give it, and it would be read twice.
 */
function objectiveName(ctx: ViewContext, segment: WheelSegment): string {
  const { objective } = segment;
  const { common } = ctx.t;
  const visible = labelText(segment.label);
  const name = visible.endsWith(objective.title) ? visible : [visible, objective.title].filter(Boolean).join(', ');
  const actions = objective.actions?.length ?? 0;
  return `${name}${actions ? `, ${common.count(actions, common.action, common.actions)}` : ''}`;
}

/** "Develop projects…, action 2 of 5 of objective 3" (the objective's title when the plan does not number it). */
function actionName(ctx: ViewContext, segment: WheelSegment, one: string): string {
  const actions = segment.objective.actions ?? [];
  // Plans end list items with ";" or "." — drop it before the position is read.
  const text = segment.action!.text.replace(/[\s;,.:]+$/, '');
  return ctx.t.wheel.actionName(text, segment.actionIndex! + 1, actions.length, one, numberOf(segment.objective), segment.objective.title);
}

function chartOf(ctx: ViewContext, options: WheelOptions, nouns: WheelNouns, selected: Objective | undefined, centreText: string): WheelChartView {
  const { plan, t } = ctx;
  const { one, other } = nouns;
  const rings = options.rings === 2 ? 2 : 1;
  const layout = cachedWheelLayout(plan.objectives, {
    size: wheelSize(options.width),
    rings,
    centreText,
    centreFallback: plan.title !== centreText ? plan.title : undefined,
    measure: options.measure ?? approximateWidth,
    countText: (count) => t.common.count(count, t.common.action, t.common.actions),
  });
  // One tab stop per ring (roving tabindex): the focused segment, else the selected one, else the first.
  const { focusKey } = options;
  const objectiveStop = focusKey?.startsWith('o') ? focusKey : `o${selected ? plan.objectives.indexOf(selected) : 0}`;
  const actionStop = focusKey?.startsWith('a')
    ? focusKey
    : keyOf(layout.actions.find((segment) => segment.objective === selected) ?? layout.actions[0] ?? layout.objectives[0]!);
  const announcements = plan.objectives.map((objective) => t.wheel.selected(one, numberOf(objective), objective.title));
  const swatches = ringSwatches(plan.objectives.length);

  const segmentView = (segment: WheelSegment, tabStop: string, name: string): WheelSegmentView => {
    const key = keyOf(segment);
    const isSelected = selected === segment.objective;
    const inner = !segment.action;
    return {
      key,
      objectiveId: segment.objective.id,
      objectiveIndex: segment.objectiveIndex,
      actionIndex: segment.actionIndex,
      number: numberOf(segment.objective),
      name,
      label: inner && segment.label ? { ...segment.label, numbered: segment.objective.number !== undefined } : undefined,
      // By its objective's place round the wheel, unlike its neighbours' (the last and the first meet).
      ...swatches[segment.objectiveIndex]!,
      selected: isSelected,
      ariaSelected: isSelected && inner,
      position: inner ? { index: segment.objectiveIndex + 1, of: plan.objectives.length } : undefined,
      tabStop: key === tabStop,
      sector: segment.sector,
      path: segment.path,
      bandPath: segment.bandPath,
      announcement: announcements[segment.objectiveIndex]!,
    };
  };

  const objectives = layout.objectives.map((segment) => segmentView(segment, objectiveStop, objectiveName(ctx, segment)));
  const actions = layout.actions.map((segment) => segmentView(segment, actionStop, actionName(ctx, segment, one)));
  const all = [...objectives, ...actions];
  const key = objectives
    .filter((segment, index) => layout.objectives[index]!.inKey)
    .map((segment): WheelKeyEntry => ({
      objectiveId: segment.objectiveId,
      number: segment.number,
      title: ctx.text(plan.objectives[segment.objectiveIndex]!.title),
      colour: segment.colour,
      pattern: segment.pattern,
    }));
  return {
    size: layout.size,
    centre: layout.centre,
    fontSize: layout.fontSize,
    key,
    objectivesLabel: other,
    objectives,
    actionRing: actions.length
      ? {
          label: t.wheel.actionsOf(one),
          groups: plan.objectives.map((objective, index) => {
            const group = layout.actionGroups.find((each) => each.objectiveIndex === index);
            return {
              label: objective.number !== undefined ? `${one} ${objective.number}` : objective.title,
              segments: actions.filter((segment) => segment.objectiveIndex === index),
              outline: group?.path,
              count: group?.label,
            };
          }),
          segments: actions,
          note: t.wheel.ringNote(one),
        }
      : undefined,
    selected: objectives.find((segment) => segment.selected),
    focused: all.find((segment) => segment.key === focusKey),
    instructions: t.wheel.instructions,
  };
}

/** Everything <pcp-priority-wheel> shows for the plan in `ctx` with these options. */
export function priorityWheelView(ctx: ViewContext, options: WheelOptions): PriorityWheelView {
  const { plan, t } = ctx;
  if (plan.objectives.length === 0) return { kind: 'empty', message: t.wheel.none };
  const nouns = wheelNouns(ctx);
  const centreText = centreTextOf(plan);
  const selected = plan.objectives.find((objective) => objective.id === options.selectedId);
  const showTable = options.view === 'table';
  const chart = showTable ? undefined : chartOf(ctx, options, nouns, selected, centreText);
  // The chart's name says what its centre shows; a text too long for the centre is below the chart,
  // read there, not in the name too. The table has no centre: its summary quotes the centre text.
  const shows = chart ? chart.centre.shows : 'text';
  const centreShown = shows === 'text' ? ctx.text(centreText) : shows === 'fallback' ? ctx.text(plan.title) : '';
  return {
    kind: 'wheel',
    nouns,
    centreText,
    centreBelow: chart && shows !== 'text' ? ctx.text(centreText) : undefined,
    summary: fillText(t.wheel.summary, ctx.text(plan.title), centreShown, t.common.count(plan.objectives.length, nouns.one, nouns.other), options.rings === 2),
    chart,
    table: wheelTable(ctx),
    showTable,
    detail: options.detail === 'none' ? undefined : detailOf(ctx, selected, nouns),
    controls: { showAsTable: t.wheel.showAsTable, downloadCsv: t.common.downloadCsv },
  };
}
