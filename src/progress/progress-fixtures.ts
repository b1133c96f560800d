/**
 * Made-up plan parts that the view-model tests (progress-view.unit.test.ts, through makeFeed) and the
 * element's browser tests (through minimalPlan) both build their plans from. Each call returns fresh
 * objects, so a test may change its copy. Test-only: excluded from the library build.
 */
import type { Measure, Objective, StatusScale } from '../schema/plan.js';

/** Objectives with an action in every status (one nested) and one with none. */
export function everyStatusObjectives(): Objective[] {
  return [
    {
      id: 'safer-streets',
      number: 1,
      title: 'Safer streets',
      actions: [
        { text: 'A', status: 'delivered' },
        { text: 'B', status: 'delivered', actions: [{ text: 'B1', status: 'delivered' }] },
        { text: 'C', status: 'in-progress' },
        { text: 'D', status: 'at-risk' },
        { text: 'E', status: 'not-started' },
        { text: 'F', status: 'planned' },
        { text: 'G' },
      ],
    },
    { id: 'victims-first', number: 2, title: 'Victims first', actions: [{ text: 'H', status: 'in-progress' }] },
  ];
}

/** Measures that go up and down: officers (higher is better), road injuries and deaths (lower is better). */
export function everyStatusMeasures(): [Measure, Measure, Measure] {
  return [
    { id: 'officers', title: 'Police officers', unit: 'officers', better: 'higher', baseline: 1150, baselineDate: '2019', target: 1350, deadline: '2023', current: 1250, currentDate: '2021-03', rag: 'green', illustrative: true },
    { id: 'ksi', title: 'People killed or seriously injured on the roads', better: 'lower', baseline: 400, target: 300, current: 375, rag: 'amber' },
    { id: 'vision-zero', title: 'Road deaths', better: 'lower', target: 0, deadline: '2040' },
  ];
}

/** The plan's own status scale (a panel's two words and colours), chosen for the whole plan. */
export function panelScale(): { statusScales: StatusScale[]; statusScale: string } {
  return {
    statusScales: [
      {
        id: 'panel',
        statuses: [
          { id: 'content', label: 'Content', colour: '#00703c' },
          { id: 'concern', label: 'Requires additional scrutiny', colour: '#d4351c' },
        ],
      },
    ],
    statusScale: 'panel',
  };
}

/** A measure with a series of three quarters: a printed figure, a figure with its value, a bare number; statuses on the panel's scale. */
export function answeredMeasure(): Measure {
  return {
    id: 'answered',
    number: 'KPQ 3',
    title: '999 calls answered in 10 seconds',
    period: '12 months to March 2024',
    values: [
      { period: 'Q1 2023/24', figure: '88.1%', status: 'content' },
      { period: 'Q2 2023/24', figure: { printed: '79.4%', value: 79.4 }, status: 'concern', note: 'new phone system' },
      { period: { financialYear: '2023-24', quarter: 3 }, figure: 90.25 },
    ],
  };
}
