import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../base/style-props.js';
import { BlobLinkController } from '../base/blob-link.js';
import { planPeriodText } from '../i18n/plan-period.js';
import { heading } from '../base/heading.js';
import { fileSlug, toCsv } from '../format/csv.js';
import { PcpElement } from '../base/pcp-element.js';
import { formatDate } from '../format/date.js';
import { formatPercent } from '../format/money.js';
import { csvFigure, figureNumber, periodText, unitText, type FigureValue } from '../format/figure.js';
import { renderFigure } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { renderTable } from '../narrative/render-table.js';
import { statusLabel } from '../objectives/render-actions.js';
import { tableStyles } from '../styles/table-styles.js';
import { countCommitments, measureProgress, measureStanding, STATUS_ORDER, sumCounts, type CommitmentCounts, type CommitmentStatus } from '../model/progress.js';
import type { Measure, Objective, Plan } from '../schema/plan.js';
import { parseScale, planStatusScale, type StatusKey, type StatusScale } from './status-scale.js';
import { progressStyles } from './progress-styles.js';
import { focusStyles } from '../styles/tokens.js';

let instances = 0;

/**
 * Progress against the plan, live from the feed: a bar per objective showing how many of its
 * commitments are delivered, in progress, at risk, not started or planned, with the counts as text
 * ("6 of 9 delivered"); a bar per measure from its baseline towards its target; a summary line for
 * the whole plan; the "as of" date; and a legend. Each status has a label and a pattern as well as a
 * colour, and the scale's labels and colours can be changed to a force's own (`scale`).
 *
 * Commitments are an objective's top-level actions (sub-actions are their details). Measures use
 * ARIA `meter` semantics with the value written out as text. A measure's values by period are a table
 * (figures as printed, each status with its label and pattern) after a small column chart that screen
 * readers skip, and are in the CSV.
 *
 * @summary Progress bars for commitments and measures, with a status scale.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 *
 * @csspart summary - The line for the whole plan.
 * @csspart legend - The key to the statuses.
 * @csspart row - One objective's bar and counts.
 * @csspart bar - A stacked bar.
 * @csspart counts - The counts as text.
 * @csspart measure - One measure.
 * @csspart meter - A measure's bar.
 * @csspart series - A measure's values by period as columns.
 * @csspart table - A measure's values by period as a table.
 * @csspart download - The "Download CSV" paragraph.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when there is no progress to show.
 *
 * @cssproperty --pcp-status-delivered - Colour of "Delivered" (each status has one: `--pcp-status-<status>`). Default #00703c.
 * @cssproperty --pcp-status-in-progress - Colour of "In progress". Default #1d70b8.
 * @cssproperty --pcp-status-at-risk - Colour of "At risk". Default #b3261e.
 * @cssproperty --pcp-status-not-started - Colour of "Not started". Default #505a5f.
 * @cssproperty --pcp-status-planned - Colour of "Planned". Default #4c2c92.
 * @cssproperty --pcp-status-not-rated - Colour of "Not rated". Default #6f777b.
 * @cssproperty --pcp-status-red - Colour of "Red". Default #b3261e.
 * @cssproperty --pcp-status-amber - Colour of "Amber". Default #a35a00.
 * @cssproperty --pcp-status-green - Colour of "Green". Default #00703c.
 * @cssproperty --pcp-status-complete - Colour of "Complete". Default #1d70b8.
 *
 * @event pcp-warning - The `scale` attribute has a mistake (the defaults are used for it). `detail: { path, message }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-progress src="/feeds/plan.json" scale='{"delivered": {"label": "Done", "color": "#1d70b8"}}'></pcp-progress>
 */
export class PcpProgress extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, tableStyles, progressStyles];

  /** One objective alone, by id or number. */
  @property({ reflect: true }) objective?: string;

  /** Only objectives with commitments in this status, and measures with this rating (e.g. "at-risk", "red"). */
  @property({ reflect: true }) status?: string;

  /** JSON: a label and/or colour per status, e.g. `{"delivered": {"label": "Done", "color": "#1d70b8"}}`. */
  @property() scale?: string;

  private readonly uid = `pcp-progress-${(instances += 1)}`;
  private readonly csvLink = new BlobLinkController(this);
  private statusScale: StatusScale = parseScale(undefined).scale;
  /** The catalogue the scale's default labels were taken from. */
  private scaleWords: unknown;
  /** The plan's own scale the current one was made with. */
  private planScale: ReturnType<typeof planStatusScale>;

  /** Statuses in the order they are counted and drawn: the plan's own scale first, then the built-in ones. */
  private order(): string[] {
    return [...new Set([...(this.planScale?.statuses.map((status) => status.id) ?? []), ...STATUS_ORDER])];
  }

  /** How many count as done: delivered, or a status the plan's scale marks done. */
  private doneCount(counts: CommitmentCounts): number {
    return this.order().reduce((sum, status) => sum + (this.statusScale[status]?.done ? (counts.byStatus.get(status) ?? 0) : 0), 0);
  }

  /** The word for done things: "delivered", or the label of the plan's done status. */
  private doneWord(): string {
    const key = this.order().find((status) => this.statusScale[status]?.done && status !== 'complete') ?? 'delivered';
    return this.statusScale[key]!.word;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const planScale = this.loadedPlan && planStatusScale(this.loadedPlan);
    if (changed.has('scale') || this.scaleWords !== this.t || this.planScale !== planScale) {
      this.planScale = planScale;
      const { scale, problems } = parseScale(this.scale, this.t.progress.scale, planScale);
      this.statusScale = scale;
      this.scaleWords = this.t;
      // Reported when the attribute changes, not again when only the page's language does.
      const report = changed.has('scale') ? problems : [];
      for (const message of report) {
        this.dispatchEvent(new CustomEvent('pcp-warning', { detail: { path: 'scale', message }, bubbles: true, composed: true }));
      }
    }
  }

  private label(status: StatusKey): string {
    return this.statusScale[status]!.label;
  }

  /** A status's label: from this element's scale, else the plan's (or the built-in) words, else its id. */
  private statusName(status: string): string {
    return this.statusScale[status]?.label ?? statusLabel(status, this.t, this.loadedPlan);
  }

  /** Objectives with commitments to count; none when the plan gives no statuses at all (nothing to report). */
  private objectives(plan: Plan): Objective[] {
    const reportsStatus = plan.objectives.some((objective) => objective.actions?.some((action) => action.status));
    if (!reportsStatus) return [];
    let objectives = plan.objectives.filter((objective) => (objective.actions?.length ?? 0) > 0);
    if (this.objective) {
      const wanted = this.objective.trim();
      const byId = objectives.filter((objective) => objective.id === wanted);
      objectives = byId.length ? byId : objectives.filter((objective) => String(objective.number) === wanted);
    }
    const status = this.status;
    if (status) objectives = objectives.filter((objective) => countCommitments(objective.actions).byStatus.has(status as CommitmentStatus));
    return objectives;
  }

  private measures(plan: Plan): Measure[] {
    let measures = plan.measures ?? [];
    if (this.objective) {
      const wanted = this.objective.trim();
      const ids = new Set(
        plan.objectives.filter((objective) => objective.id === wanted || String(objective.number) === wanted).map((objective) => objective.id),
      );
      measures = measures.filter((measure) => measure.objectiveId !== undefined && ids.has(measure.objectiveId));
    }
    // A measure without a rating counts as "not rated", as a commitment without a status does.
    if (this.status) measures = measures.filter((measure) => (measure.rag ?? 'not-rated') === this.status);
    return measures;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const words = this.t.progress;
    const objectives = this.objectives(plan);
    const measures = this.measures(plan);
    // Plan-wide commitments count only when the plan reports where they stand.
    const commitments = plan.commitments?.some((action) => action.status) ? plan.commitments : undefined;
    if (objectives.length === 0 && measures.length === 0 && !(commitments && !this.objective && !this.status)) {
      return this.renderEmpty(this.objective || this.status ? this.t.progress.noMatch : this.t.progress.none);
    }
    const used = new Set<StatusKey>();
    for (const objective of objectives) for (const status of countCommitments(objective.actions).byStatus.keys()) used.add(status);
    for (const measure of measures) {
      if (measure.rag) used.add(measure.rag);
      for (const point of measure.values ?? []) if (point.status && this.statusScale[point.status]) used.add(point.status);
    }
    const wholePlan = !this.objective && !this.status ? commitments : undefined;
    return html`
      <p class="as-of">${this.asOfText(plan)}</p>
      ${objectives.length ? html`<p class="summary" part="summary">${this.summary(plan, objectives)}</p>` : nothing}
      ${used.size ? this.renderLegend(used) : nothing}
      ${objectives.length
        ? html`${this.heading(this.level, words.commitments)}
            <ol class="rows" role="list">
              ${objectives.map((objective) =>
                this.renderRow(html`${objective.number !== undefined ? `${objective.number} ` : ''}${this.text(objective.title)}`, objective.actions),
              )}
              ${wholePlan ? this.renderRow(words.wholePlan, wholePlan) : nothing}
            </ol>`
        : nothing}
      ${measures.length
        ? html`${this.heading(this.level, words.measures)}
            <ul class="measures" role="list">
              ${measures.map((measure) => this.renderMeasure(measure, plan))}
            </ul>`
        : nothing}
      <p class="download" part="download">
        <a
          href=${this.csvLink.href([plan, this.objective, this.status, this.statusScale], () => this.csv(objectives, measures))}
          download="${fileSlug(plan.id)}-${words.file}.csv"
          >${this.t.common.downloadCsv}</a
        >
      </p>
    `;
  }

  /** The counts and measures shown, as plain numbers. */
  private csv(objectives: Objective[], measures: Measure[]): string {
    const statuses = this.order();
    const words = this.t.progress.csv;
    const locale = this.i18n.locale;
    const blank = statuses.map(() => undefined);
    // A period column only when a measure has a period or a series.
    const periods = measures.some((measure) => measure.period || measure.values?.length);
    const period = (value: Parameters<typeof periodText>[0]) => (periods ? [periodText(value, locale)] : []);
    return toCsv([
      [words.kind, words.name, words.commitments, ...statuses.map((status) => this.label(status)), words.baseline, words.current, words.target, words.deadline, words.direction, words.rating, ...(periods ? [words.period] : [])],
      ...objectives.map((objective) => {
        const counts = countCommitments(objective.actions);
        return [words.objective, `${objective.number !== undefined ? `${objective.number} ` : ''}${objective.title}`, counts.total, ...statuses.map((status) => counts.byStatus.get(status) ?? 0)];
      }),
      ...measures.flatMap((measure) => {
        const name = `${measure.number !== undefined ? `${measure.number} ` : ''}${measure.title}`;
        return [
          [
            words.measure,
            name,
            undefined,
            ...blank,
            csvFigure(measure.baseline),
            csvFigure(measure.current),
            csvFigure(measure.target),
            measure.deadline,
            measure.better === 'higher' ? words.higher : measure.better === 'lower' ? words.lower : undefined,
            measure.rag ? this.label(measure.rag) : undefined,
            ...period(measure.period),
          ],
          // The series: each value in the "current" column, with its status and period.
          ...(measure.values ?? []).map((point) => [
            words.value,
            name,
            undefined,
            ...blank,
            undefined,
            csvFigure(point.figure),
            undefined,
            undefined,
            undefined,
            point.status ? this.statusName(point.status) : undefined,
            ...period(point.period),
          ]),
        ];
      }),
    ]);
  }

  private heading(level: number, text: unknown, className = 'section-title', id?: string): TemplateResult {
    return heading(level, text, id === undefined ? { className } : { className, id });
  }

  /** The date the figures are reported at; honest when the feed gives none. */
  private asOfText(plan: Plan): unknown {
    const words = this.t.progress;
    const locale = this.i18n.locale;
    if (plan.asOf) return words.asOf(formatDate(plan.asOf, locale));
    if (plan.updated) return words.asPublished(formatDate(plan.updated, locale));
    const period = this.text(planPeriodText(plan.period, this.t));
    return html`${words.reportedIn} ${this.text(plan.documentType ?? plan.title)} (${period})${words.noDate}`;
  }

  /** "Across the plan: 20 of 58 commitments delivered (34%); 38 planned." */
  private summary(plan: Plan, objectives: Objective[]): string {
    const whole = !this.objective && !this.status;
    const counts = sumCounts(whole && plan.commitments?.length ? [...objectives, { id: 'plan', title: '', actions: plan.commitments }] : objectives);
    const delivered = this.doneCount(counts);
    const rest = this.countWords(counts, true);
    const share = counts.total ? ` (${formatPercent(Math.round((delivered / counts.total) * 1000) / 10, { locale: this.i18n.locale })})` : '';
    const words = this.t.progress;
    return words.summary(whole ? words.acrossPlan : words.shownHere, delivered, counts.total, this.doneWord(), share, rest);
  }

  /** "2 in progress, 1 at risk" — every status but delivered, in the scale's words. */
  private countWords(counts: CommitmentCounts, skipDelivered: boolean): string {
    return this.order().filter((status) => !(skipDelivered && this.statusScale[status]?.done) && counts.byStatus.get(status))
      .map((status) => `${counts.byStatus.get(status)} ${this.statusScale[status]!.word}`)
      .join(', ');
  }

  private renderLegend(used: Set<StatusKey>): TemplateResult {
    const keys = (Object.keys(this.statusScale) as StatusKey[]).filter((key) => used.has(key));
    return html`<ul class="legend" part="legend" aria-label=${this.t.progress.key}>
      ${keys.map(
        (key) => html`<li>
          <span class="swatch p${this.statusScale[key]!.pattern}" style=${styleProps({ '--c': this.statusScale[key]!.color })}></span>${this.label(key)}
        </li>`,
      )}
    </ul>`;
  }

  private renderRow(name: unknown, actions: Objective['actions']): TemplateResult {
    const counts = countCommitments(actions);
    const delivered = this.doneCount(counts);
    const rest = this.countWords(counts, true);
    return html`<li class="row" part="row">
      ${this.heading(this.level + 1, name, 'name')}
      <div class="bar" part="bar" aria-hidden="true">
        ${this.order().filter((status) => counts.byStatus.get(status)).map(
          (status) => html`<span
            class="segment p${this.statusScale[status]!.pattern}"
            data-status=${status}
            style=${styleProps({ '--c': this.statusScale[status]!.color, flexGrow: String(counts.byStatus.get(status)) })}
          ></span>`,
        )}
      </div>
      <p class="counts" part="counts">${this.t.progress.counts(delivered, counts.total, this.doneWord())}${rest ? `, ${rest}` : ''}</p>
    </li>`;
  }

  /**
   * A measure's values by period: a table (the text equivalent) and, for two or more numbers none
   * below zero, a column chart hidden from screen readers, each column with its status's pattern.
   */
  private renderSeries(measure: Measure, value: (figure: FigureValue) => unknown): TemplateResult {
    const words = this.t.progress;
    const points = measure.values!;
    const numbers = points.map((point) => figureNumber(point.figure));
    const known = numbers.filter((number): number is number => number !== undefined);
    const max = Math.max(...known);
    const chart = known.length > 1 && Math.min(...known) >= 0 && max > 0;
    const statuses = points.some((point) => point.status);
    const notes = points.some((point) => point.note);
    const swatch = (status: string) => {
      const entry = this.statusScale[status];
      return entry ? html`<span class="swatch p${entry.pattern}" style=${styleProps({ '--c': entry.color })}></span> ` : nothing;
    };
    const head = [
      [
        { content: words.period },
        { content: words.figure, numeric: true },
        ...(statuses ? [{ content: words.statusHeading }] : []),
        ...(notes ? [{ content: words.note }] : []),
      ],
    ];
    const rows = points.map((point) => [
      { content: this.text(periodText(point.period, this.i18n.locale)) },
      { content: value(point.figure), numeric: true },
      ...(statuses ? [{ content: point.status ? html`${swatch(point.status)}${this.text(this.statusName(point.status))}` : '' }] : []),
      ...(notes ? [{ content: this.text(point.note) }] : []),
    ]);
    return html`${chart
        ? html`<div class="series" part="series" aria-hidden="true">
            ${numbers.map((number, index) => {
              const entry = points[index]!.status ? this.statusScale[points[index]!.status!] : undefined;
              return html`<span class="column"
                ><span
                  class="segment ${entry ? `p${entry.pattern}` : ''}"
                  style=${styleProps({ '--c': entry?.color ?? 'var(--_accent)', height: `${((number ?? 0) / max) * 100}%` })}
                ></span
              ></span>`;
            })}
          </div>`
        : nothing}
      ${renderTable(`${this.uid}-s-${measure.id}`, html`${this.text(measure.title)}: ${words.series}`, head, rows, true)}`;
  }

  private renderMeasure(measure: Measure, plan: Plan): TemplateResult {
    const progress = measureProgress(measure);
    const standing = measureStanding(measure);
    const words = this.t.progress;
    const locale = this.i18n.locale;
    // Each figure as printed (a bare number in the measure's unit), with the period, note and source the plan gives it.
    const value = (figure: FigureValue) => renderFigure(figure, (number) => unitText(number, measure.unit, locale, measure.unit), this.viewContext!);
    const date = (value: string) => formatDate(value, locale);
    const parts = [
      measure.current !== undefined ? html`${words.now} ${value(measure.current)}${measure.currentDate ? ` (${date(measure.currentDate)})` : ''}.` : undefined,
      measure.baseline !== undefined ? html`${words.baseline} ${value(measure.baseline)}${measure.baselineDate ? ` (${date(measure.baselineDate)})` : ''}.` : undefined,
      measure.target !== undefined ? html`${words.target} ${value(measure.target)}${measure.deadline ? ` ${words.by} ${date(measure.deadline)}` : ''}.` : undefined,
      // Only when the plan says which way is better.
      measure.better === 'higher' ? words.higherBetter : measure.better === 'lower' ? words.lowerBetter : undefined,
    ].filter((part) => part !== undefined);
    const titleId = `${this.uid}-m-${measure.id}`;
    const percent = progress === undefined ? undefined : Math.round(progress * 100);
    const reading = {
      'target-met': words.targetMet,
      'worse-than-baseline': words.worse,
      'on-the-way': words.onTheWay(percent ?? 0),
      'target-not-met': words.notMet,
      unknown: '',
    }[standing];
    return html`<li class="measure" part="measure">
      ${this.heading(this.level + 1, html`${measure.number !== undefined ? html`${this.text(measure.number)} ` : nothing}${this.text(measure.title)}`, 'name', titleId)}
      ${percent !== undefined
        ? html`<div
            class="meter"
            part="meter"
            role="meter"
            aria-labelledby=${titleId}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${percent}
            aria-valuetext=${reading}
          >
            <span class="segment fill" style=${styleProps({ flexBasis: `${percent}%` })}></span>
          </div>`
        : nothing}
      <p class="figures">
        ${reading ? html`<span aria-hidden=${percent !== undefined ? 'true' : nothing}>${reading}. </span>` : nothing}${parts.map((part, index) => html`${index ? ' ' : ''}${part}`)}${measure.current === undefined && !measure.values?.length
          ? ` ${words.noCurrent}`
          : ''}${measure.illustrative ? ` ${words.illustrative}` : ''}
      </p>
      ${measure.rag
        ? html`<span class="tag"
            ><span class="swatch p${this.statusScale[measure.rag]!.pattern}" style=${styleProps({ '--c': this.statusScale[measure.rag]!.color })}></span
            ><span class="visually-hidden">${words.rating} </span>${this.label(measure.rag)}</span
          >`
        : nothing}
      ${measure.period ? html`<p class="figures">${this.text(periodText(measure.period, locale))}</p>` : nothing}
      ${measure.values?.length ? this.renderSeries(measure, value) : nothing}
      ${measure.note ? html`<p class="figures">${this.text(measure.note)}</p>` : nothing}
      ${typeof measure.source === 'string'
        ? html`<p class="figures">${this.t.document.source} ${this.text(measure.source)}</p>`
        : measure.source
          ? html`<div class="figures">${renderSource(measure.source, this.viewContext!)}</div>`
          : nothing}
    </li>`;
  }
}
