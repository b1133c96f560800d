/**
 * Made-up plan parts that the view-model tests (parts-view.unit.test.ts, through makeFeed) and the
 * element's browser tests (through minimalPlan) both use. Each call returns fresh objects, so a test
 * may change its copy. Test-only: excluded from the library build.
 */
import type { Consultation, Precept } from '../schema/plan.js';

/** A policing precept: a year as set, and a proposed year with everything a year may say beyond its charges. */
export function policingPrecept(): Precept {
  return {
    id: 'policing',
    title: 'Policing precept',
    service: 'Policing',
    years: [
      { period: '2023/24', stage: 'set', charges: [{ band: 'D', amount: '£243.30', increase: '£15.00' }] },
      {
        period: '2024/25',
        stage: 'proposed',
        charges: [{ band: 'D', amount: '£256.30', increase: '£13.00', increasePercent: '5.34%', note: 'the most allowed' }],
        requirement: '£222,183,670',
        cap: '£13 per year for a Band D property',
        figures: [{ label: 'Capital budget', figure: '£12.4m' }],
        decisions: [{ number: '1', text: 'The Panel voted 8-2 to support the proposal' }],
      },
    ],
  };
}

/** A consultation with every field: dates, audiences, questions, responses, results, findings and a link. */
export function preceptSurvey(): Consultation {
  return {
    title: 'Precept survey',
    opens: '2024-01-02',
    closes: '2024-01-31',
    period: 'four weeks',
    audiences: ['residents', 'businesses'],
    questions: ['Would you pay more?'],
    respondents: 'More than 3,500',
    results: [{ label: 'said yes', figure: '62%' }],
    findings: [{ text: 'Most support more officers' }],
    url: 'https://example.org/survey',
  };
}
