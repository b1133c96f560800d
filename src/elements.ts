/**
 * The element registry: every pcp element, once. Adding an element is a folder `src/<folder>/` and one
 * line here (see "Adding an element" in the README). From this list come the server renderer's
 * elements (`pcp render`), the per-element build entries (`dist/<folder>.js`), the fault, hostile
 * and property suites, the page tests and the "every element" stories; `src/registry.unit.test.ts`
 * fails, naming the element, when a file that must stay written out (the bundle entry, the API
 * index, package.json exports, size budgets, stories, the plan document) disagrees with it, or when
 * a folder with a `define.ts` is missing from it.
 *
 * Each entry:
 * - `tag`: the custom element name, `pcp-<folder>`;
 * - `folder`: its folder under `src/` (with `pcp-<folder>.ts`, the class, and `define.ts`);
 * - `className`: the class `define.ts` registers;
 * - `part`: true when it shows part of a plan (every element but the `<pcp-plan>` provider);
 * - `inDocument`: true when `<pcp-plan-document>` shows it as one of its parts.
 *
 * The order is the bundle's: the provider first.
 */
export interface ElementEntry {
  readonly tag: `pcp-${string}`;
  readonly folder: string;
  readonly className: `Pcp${string}`;
  readonly part: boolean;
  readonly inDocument: boolean;
}

export const ELEMENTS = [
  { tag: 'pcp-plan', folder: 'plan', className: 'PcpPlan', part: false, inDocument: false },
  { tag: 'pcp-plan-summary', folder: 'plan-summary', className: 'PcpPlanSummary', part: true, inDocument: false },
  { tag: 'pcp-objectives', folder: 'objectives', className: 'PcpObjectives', part: true, inDocument: true },
  { tag: 'pcp-priority-wheel', folder: 'priority-wheel', className: 'PcpPriorityWheel', part: true, inDocument: false },
  { tag: 'pcp-budget-table', folder: 'budget-table', className: 'PcpBudgetTable', part: true, inDocument: true },
  { tag: 'pcp-scenario-table', folder: 'scenario-table', className: 'PcpScenarioTable', part: true, inDocument: true },
  { tag: 'pcp-funding', folder: 'funding', className: 'PcpFunding', part: true, inDocument: true },
  { tag: 'pcp-progress', folder: 'progress', className: 'PcpProgress', part: true, inDocument: true },
  { tag: 'pcp-outcomes', folder: 'outcomes', className: 'PcpOutcomes', part: true, inDocument: true },
  { tag: 'pcp-action-plan', folder: 'action-plan', className: 'PcpActionPlan', part: true, inDocument: true },
  { tag: 'pcp-foreword', folder: 'foreword', className: 'PcpForeword', part: true, inDocument: true },
  { tag: 'pcp-contact', folder: 'contact', className: 'PcpContact', part: true, inDocument: true },
  { tag: 'pcp-national-priorities', folder: 'national-priorities', className: 'PcpNationalPriorities', part: true, inDocument: true },
  { tag: 'pcp-monitoring', folder: 'monitoring', className: 'PcpMonitoring', part: true, inDocument: true },
  { tag: 'pcp-grants', folder: 'grants', className: 'PcpGrants', part: true, inDocument: true },
  { tag: 'pcp-plan-document', folder: 'plan-document', className: 'PcpPlanDocument', part: true, inDocument: false },
] as const satisfies readonly ElementEntry[];

export type ElementTag = (typeof ELEMENTS)[number]['tag'];

/** The tags of the elements that show part of a plan (all but the `<pcp-plan>` provider). */
export type PartTag = Extract<(typeof ELEMENTS)[number], { part: true }>['tag'];

/** Every element's tag, in the registry's order. */
export const ELEMENT_TAGS: readonly ElementTag[] = ELEMENTS.map((element) => element.tag);

/** The elements that show part of a plan (all but the `<pcp-plan>` provider). */
export const PART_TAGS: readonly PartTag[] = ELEMENTS.filter((element): element is Extract<(typeof ELEMENTS)[number], { part: true }> => element.part).map(
  (element) => element.tag,
);
