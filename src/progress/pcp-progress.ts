import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../base/style-props.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PcpElement } from '../base/pcp-element.js';
import { formatDate } from '../format/date.js';
import { formatNumber, formatPercent } from '../format/money.js';
import { countCommitments, measureProgress, STATUS_ORDER, sumCounts, type CommitmentCounts, type CommitmentStatus } from '../model/progress.js';
import type { Measure, Objective, Plan } from '../schema/plan.js';
import { parseScale, type StatusKey, type StatusScale } from './status-scale.js';
import { progressStyles } from './progress-styles.js';

let instances = 0;

/**
 * Progress against the plan, live from the feed: a bar per objective showing how many of its
 * commitments are delivered, in progress, at risk, not started or planned, with the counts as text
 * ("6 of 9 delivered"); a bar per measure from its baseline towards its target; a summary line for
 * the whole plan; the "as of" date; and a legend. Each status has a label and a pattern as well as a
 * colour, and the scale's labels and colours can be changed to a force's own (`scale`).
 *
 * Commitments are an objective's top-level actions (sub-actions are their details). Measures use
 * ARIA `meter` semantics with the value written out as text.
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
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when there is no progress to show.
 *
 * @cssproperty --pcp-status-delivered - Colour of "Delivered" (also in-progress, at-risk, not-started, planned, not-rated, red, amber, green, complete: `--pcp-status-<status>`).
 *
 * @event pcp-warning - The `scale` attribute has a mistake (the defaults are used for it). `detail: { path, message }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-progress src="/feeds/plan.json" scale='{"delivered": {"label": "Done", "color": "#1d70b8"}}'></pcp-progress>
 */
export class PcpProgress extends PcpElement {
  static override styles = [...(PcpElement.styles as []), progressStyles];

  /** One objective alone, by id or number. */
  @property({ reflect: true }) objective?: string;

  /** Only objectives with commitments in this status, and measures with this rating (e.g. "at-risk", "red"). */
  @property({ reflect: true }) status?: string;

  /** JSON: a label and/or colour per status, e.g. `{"delivered": {"label": "Done", "color": "#1d70b8"}}`. */
  @property() scale?: string;

  private readonly uid = `pcp-progress-${(instances += 1)}`;
  private statusScale: StatusScale = parseScale(undefined).scale;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scale')) {
      const { scale, problems } = parseScale(this.scale);
      this.statusScale = scale;
      for (const message of problems) {
        this.dispatchEvent(new CustomEvent('pcp-warning', { detail: { path: 'scale', message }, bubbles: true, composed: true }));
      }
    }
  }

  private label(status: StatusKey): string {
    return this.statusScale[status].label;
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
      const ids = new Set(this.objectives(plan).map((objective) => objective.id));
      measures = measures.filter((measure) => measure.objectiveId !== undefined && ids.has(measure.objectiveId));
    }
    if (this.status) measures = measures.filter((measure) => measure.rag === this.status);
    return measures;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const objectives = this.objectives(plan);
    const measures = this.measures(plan);
    if (objectives.length === 0 && measures.length === 0) {
      return this.renderEmpty(this.objective || this.status ? 'No progress matches this selection.' : 'This plan reports no progress yet.');
    }
    const used = new Set<StatusKey>();
    for (const objective of objectives) for (const status of countCommitments(objective.actions).byStatus.keys()) used.add(status);
    for (const measure of measures) if (measure.rag) used.add(measure.rag);
    const tag = unsafeStatic(`h${this.level}`);
    return html`
      ${plan.asOf ? html`<p class="as-of">Progress as of ${formatDate(plan.asOf)}</p>` : nothing}
      ${objectives.length ? html`<p class="summary" part="summary">${this.summary(plan, objectives)}</p>` : nothing}
      ${used.size ? this.renderLegend(used) : nothing}
      ${objectives.length
        ? html`<ol class="rows" role="list">
            ${objectives.map((objective) => this.renderRow(objective))}
          </ol>`
        : nothing}
      ${measures.length
        ? html`${staticHtml`<${tag} class="section-title">Measures</${tag}>`}
            <ul class="measures" role="list">
              ${measures.map((measure) => this.renderMeasure(measure))}
            </ul>`
        : nothing}
    `;
  }

  /** "Across the plan: 20 of 58 commitments delivered (34%); 38 planned." */
  private summary(plan: Plan, objectives: Objective[]): string {
    const counts = sumCounts(objectives);
    const scope = objectives.length === plan.objectives.filter((objective) => objective.actions?.length).length ? 'Across the plan' : 'Shown here';
    const delivered = counts.byStatus.get('delivered') ?? 0;
    const rest = this.countWords(counts, true);
    const share = counts.total ? ` (${formatPercent((delivered / counts.total) * 100)})` : '';
    return `${scope}: ${delivered} of ${counts.total} commitments ${this.label('delivered').toLocaleLowerCase('en-GB')}${share}${rest ? `; ${rest}` : ''}.`;
  }

  /** "2 in progress, 1 at risk" — every status but delivered, in the scale's words. */
  private countWords(counts: CommitmentCounts, skipDelivered: boolean): string {
    return STATUS_ORDER.filter((status) => !(skipDelivered && status === 'delivered') && counts.byStatus.get(status))
      .map((status) => `${counts.byStatus.get(status)} ${this.label(status).toLocaleLowerCase('en-GB')}`)
      .join(', ');
  }

  private renderLegend(used: Set<StatusKey>): TemplateResult {
    const keys = (Object.keys(this.statusScale) as StatusKey[]).filter((key) => used.has(key));
    return html`<ul class="legend" part="legend" aria-label="Key">
      ${keys.map(
        (key) => html`<li>
          <span class="swatch p${this.statusScale[key].pattern}" ${styleProps({ '--c': this.statusScale[key].color, backgroundColor: 'var(--c)' })}></span>${this.label(key)}
        </li>`,
      )}
    </ul>`;
  }

  private renderRow(objective: Objective): TemplateResult {
    const counts = countCommitments(objective.actions);
    const tag = unsafeStatic(`h${this.level}`);
    const delivered = counts.byStatus.get('delivered') ?? 0;
    const rest = this.countWords(counts, true);
    const nameId = `${this.uid}-${objective.id}`;
    return html`<li class="row" part="row">
      ${staticHtml`<${tag} class="name" id=${nameId}>${objective.number !== undefined ? `${objective.number} ` : ''}${objective.title}</${tag}>`}
      <div class="bar" part="bar" aria-hidden="true">
        ${STATUS_ORDER.filter((status) => counts.byStatus.get(status)).map(
          (status) => html`<span
            class="segment p${this.statusScale[status].pattern}"
            data-status=${status}
            ${styleProps({ '--c': this.statusScale[status].color, flexGrow: String(counts.byStatus.get(status)) })}
          ></span>`,
        )}
      </div>
      <p class="counts" part="counts">
        ${delivered} of ${counts.total} ${this.label('delivered').toLocaleLowerCase('en-GB')}${rest ? `, ${rest}` : ''}
      </p>
    </li>`;
  }

  private renderMeasure(measure: Measure): TemplateResult {
    const tag = unsafeStatic(`h${Math.min(6, this.level + 1)}`);
    const progress = measureProgress(measure);
    const unit = measure.unit ? ` ${measure.unit}` : '';
    const value = (n: number) => (measure.unit === '%' ? formatPercent(n) : `${formatNumber(n)}${unit}`);
    const parts = [
      measure.current !== undefined ? `Now ${value(measure.current)}${measure.currentDate ? ` (${formatDate(measure.currentDate)})` : ''}.` : undefined,
      measure.baseline !== undefined ? `Baseline ${value(measure.baseline)}${measure.baselineDate ? ` (${formatDate(measure.baselineDate)})` : ''}.` : undefined,
      measure.target !== undefined ? `Target ${value(measure.target)}${measure.deadline ? ` by ${formatDate(measure.deadline)}` : ''}.` : undefined,
      measure.direction === 'up' ? 'Higher is better.' : 'Lower is better.',
    ].filter(Boolean);
    const titleId = `${this.uid}-m-${measure.id}`;
    const percent = progress === undefined ? undefined : Math.round(progress * 100);
    return html`<li class="measure" part="measure">
      ${staticHtml`<${tag} class="name" id=${titleId}>${measure.title}</${tag}>`}
      ${percent !== undefined
        ? html`<div
            class="meter"
            part="meter"
            role="meter"
            aria-labelledby=${titleId}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${percent}
            aria-valuetext="${percent}% of the way from the baseline to the target"
          >
            <span class="segment fill" ${styleProps({ flexBasis: `${percent}%` })}></span>
          </div>`
        : nothing}
      <p class="figures">
        ${percent !== undefined ? html`${percent}% of the way from the baseline to the target. ` : nothing}${parts.join(' ')}${measure.current === undefined
          ? ' No current figure reported yet.'
          : ''}${measure.illustrative ? ' (Illustrative figures.)' : ''}
      </p>
      ${measure.rag
        ? html`<span class="tag"
            ><span class="swatch p${this.statusScale[measure.rag].pattern}" ${styleProps({ '--c': this.statusScale[measure.rag].color, backgroundColor: 'var(--c)' })}></span
            >${this.label(measure.rag)}</span
          >`
        : nothing}
      ${measure.note ? html`<p class="figures">${measure.note}</p>` : nothing}
    </li>`;
  }
}
