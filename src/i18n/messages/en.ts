/**
 * Every word the elements write themselves, in English: the reference catalogue. Another language
 * is one file like this with the same keys (see cy.ts), listed in ../catalogues.ts. Feed text is not
 * here: it comes from the feed, in as many languages as the feed gives.
 *
 * One section per element (plus `common`), so each element's words are found together.
 * Functions take the numbers and names a sentence needs.
 */
import type { BuiltInStatusId, GrantStatusId, PlanStatusId } from '../../schema/statuses.js';

const count = new Intl.PluralRules('en-GB');

/**
 * Default status labels, and the same inside a sentence ("4 of 11 delivered"): one for each built-in
 * status of the feed (schema/statuses.ts), so a status added there must be given words here.
 */
const statusWords = {
  delivered: { label: 'Delivered', word: 'delivered' },
  'in-progress': { label: 'In progress', word: 'in progress' },
  'at-risk': { label: 'At risk', word: 'at risk' },
  'not-started': { label: 'Not started', word: 'not started' },
  planned: { label: 'Planned', word: 'planned' },
  'not-rated': { label: 'Not rated', word: 'not rated' },
  red: { label: 'Red', word: 'red' },
  amber: { label: 'Amber', word: 'amber' },
  green: { label: 'Green', word: 'green' },
  complete: { label: 'Complete', word: 'complete' },
} satisfies Record<BuiltInStatusId, { label: string; word: string }>;

export const en = {
  /** Intl locale for numbers, money and dates. */
  locale: 'en-GB',
  /**
   * Month names (January first), for browsers whose Intl has no date data for the locale (see
   * format/date.ts): Chrome has none for Welsh. Every browser has en-GB's, so English gives none.
   */
  months: undefined as readonly string[] | undefined,
  common: {
    /** A plan's period from its dates; either may be missing when the document does not give it. */
    period: (start: string | null, end: string | null) =>
      start && end ? `${start} to ${end}` : start ? `From ${start}` : end ? `Until ${end}` : 'Not stated',
    loading: 'Loading the plan…',
    errorTitle: 'This plan could not be shown',
    /** A sentence by error kind, shown first in languages whose own detail the loader does not write. */
    errorKinds: {
      'no-source': 'This element has no plan to show.',
      network: 'The plan could not be loaded: the network did not answer.',
      'cross-origin': 'The plan could not be loaded: its website does not let other websites read it.',
      http: 'The plan could not be loaded: the server answered with an error.',
      timeout: 'The plan could not be loaded in time.',
      'not-json': 'The plan feed is not valid JSON.',
      schema: 'The plan feed does not match the plan format.',
      render: 'This part of the plan could not be shown.',
    },
    moreProblems: (more: number) => `and ${more} more`,
    /** How a screen reader hears the sign of an amount: "minus £5,260,984". */
    minus: 'minus',
    plus: 'plus',
    tryAgain: 'Try again',
    downloadCsv: 'Download CSV',
    /** Under a table while it is wider than its column and scrolls sideways. */
    scrollHint: 'Scroll sideways to see the whole table.',
    status: 'status',
    planStatuses: { draft: 'Draft', consultation: 'Consultation', published: 'Published', superseded: 'Superseded' } satisfies Record<PlanStatusId, string>,
    /** "1 objective", "7 objectives": `one` and `other` are the noun's forms (from the feed's labels or below). */
    count: (n: number, one: string, other: string) => `${n.toLocaleString('en-GB')} ${count.select(n) === 'one' ? one : other}`,
    objective: 'objective',
    objectives: 'objectives',
    action: 'action',
    actions: 'actions',
    illustrative: 'Illustrative: not stated in the plan',
  },
  objectives: {
    /** Before the objectives of other plans a lower-level item supports. */
    supports: 'Supports:',
    none: 'This plan has no objectives.',
    notFound: (objective: string) => `This plan has no objective "${objective}".`,
    easyRead: 'Easy read',
    showAll: 'Show all',
    hideAll: 'Hide all',
    noEasyRead: "There is no easy-read version of this one; these are the plan's words.",
  },
  planSummary: {
    document: 'Document',
    publishedBy: 'Published by',
    area: 'Area',
    period: 'Period',
    status: 'Status',
    objectives: 'Objectives',
  },
  // <pcp-priority-wheel>
  wheel: {
    none: 'This plan has no objectives to show.',
    /** The screen-reader summary before the chart; `count` is "7 objectives". */
    summary: (title: string, centre: string, count: string, rings: boolean) =>
      `Priority wheel of ${title}: "${centre}" at the centre, with ${count} around it${rings ? ' and their actions in an outer ring' : ''}.`,
    chartLabel: (centre: string) => `Priority wheel: ${centre}`,
    /** "objective 3 of 7" in a segment's name. */
    position: (one: string, position: number, total: number) => `${one} ${position} of ${total}`,
    actionsOf: (one: string) => `Actions of each ${one}`,
    /** "Develop projects, action 2 of 5 of objective 3"; the objective's title when the plan does not number it. */
    actionName: (text: string, position: number, total: number, one: string, number: string | undefined, title: string) =>
      `${text}, action ${position} of ${total} of ${number !== undefined ? `${one} ${number}` : title}`,
    selected: (one: string, number: string | undefined, title: string) => (number !== undefined ? `Selected ${one} ${number}: ${title}` : `Selected ${one}: ${title}`),
    prompt: (one: string, _other: string) => `Select ${/^[aeiou]/i.test(one) ? 'an' : 'a'} ${one} in the wheel to see what the plan will do.`,
    showAsTable: 'Show as table',
    instructions: 'Use the arrow keys to move round the wheel and Enter to select.',
    number: 'Number',
    title: 'Title',
    summaryHeading: 'Summary',
    actions: 'Actions',
    actionList: 'Action list',
  },
  // <pcp-budget-table>
  budget: {
    none: 'This plan has no budget.',
    notFound: (budget: string) => `This plan has no budget "${budget}".`,
    noYears: (years: string) => `This budget has none of the years "${years}".`,
    line: 'Budget line',
    /** Before a year's label: "Change on 2021-22". */
    changeOn: 'Change on',
    illustrative: '(illustrative)',
    total: 'Total',
    linesAddUpTo: (computed: string) => `Lines add up to ${computed}`,
    mismatch: (stated: string, computed: string, difference: string) =>
      `The plan states ${stated} but the lines add up to ${computed}, a difference of ${difference}.`,
    asStated: 'Totals are as the plan states them.',
    csvTotalStated: 'Total (as stated)',
  },
  // <pcp-funding>
  funding: {
    none: 'This plan states no funding shares.',
    notFound: (id: string) => `This plan has no funding shares "${id}".`,
    sharesOf: 'Shares of:',
    illustrative: '(illustrative)',
    notBrokenDown: 'Not broken down in the plan',
    /** Followed by the remainder's label from the feed, then `noFigure`. */
    restNamed: (percent: string | undefined) => (percent ? `The rest, ${percent}:` : 'The rest:'),
    noFigure: '(the plan gives no figure).',
    restUnnamed: (percent: string | undefined) => (percent ? `The plan does not break down the other ${percent}.` : 'The plan does not break down the rest.'),
    csv: { set: 'Set', share: 'Share', percent: 'Per cent', amount: 'Amount (£)', period: 'Period' },
    /** The fixed part of the CSV file's name. */
    file: 'funding',
    /** Read before the donut, after the set's heading: the kind of chart and how many slices it has. */
    chartSummary: (slices: number) => `A donut chart of ${slices} ${slices === 1 ? 'slice' : 'slices'}; the list after it gives each figure.`,
  },
  // <pcp-scenario-table>
  scenarios: {
    none: 'This plan has no scenario tables.',
    notFound: (scenario: string) => `This plan has no scenario table "${scenario}".`,
  },
  // <pcp-progress>
  progress: {
    none: 'This plan reports no progress yet.',
    noMatch: 'No progress matches this selection.',
    /** Default status labels, and the same inside a sentence (see `statusWords`). */
    scale: statusWords,
    asOf: (date: string) => `Progress as of ${date}`,
    asPublished: (date: string) => `Progress as published on ${date}`,
    /** "Progress reported in <document> (<period>); the feed gives no date for it." */
    reportedIn: 'Progress reported in',
    noDate: '; the plan gives no date for it.',
    acrossPlan: 'Across the plan',
    shownHere: 'Shown here',
    /** "Across the plan: 20 of 58 commitments delivered (34%); 38 planned." */
    summary: (scope: string, delivered: number, total: number, word: string, share: string, rest: string) =>
      `${scope}: ${delivered} of ${total} ${total === 1 ? 'commitment' : 'commitments'} ${word}${share}${rest ? `; ${rest}` : ''}.`,
    /** "6 of 9 delivered" */
    counts: (delivered: number, total: number, word: string) => `${delivered} of ${total} ${word}`,
    key: 'Key',
    commitments: 'Commitments',
    measures: 'Measures',
    wholePlan: 'For the whole plan',
    now: 'Now',
    baseline: 'Baseline',
    target: 'Target',
    by: 'by',
    higherBetter: 'Higher is better.',
    lowerBetter: 'Lower is better.',
    noCurrent: 'No current figure reported yet.',
    illustrative: '(Illustrative figures.)',
    rating: 'Rating:',
    targetMet: 'Target met',
    worse: 'Worse than the baseline',
    onTheWay: (percent: number) => `${percent}% of the way from the baseline to the target`,
    notMet: 'Target not met yet',
    /** A measure's meter, read after the measure's heading (so not its title again); its value is read after it. */
    meter: 'Progress to target',
    /** After a measure's title, the caption of its values by period: "Burglaries: over time". */
    series: 'over time',
    period: 'Period',
    figure: 'Figure',
    statusHeading: 'Status',
    note: 'Note',
    csv: {
      kind: 'Kind',
      name: 'Name',
      commitments: 'Commitments',
      baseline: 'Baseline',
      current: 'Current',
      target: 'Target',
      deadline: 'Deadline',
      direction: 'Direction',
      rating: 'Rating',
      objective: 'Objective',
      measure: 'Measure',
      higher: 'higher is better',
      lower: 'lower is better',
      value: 'Measure value',
      period: 'Period',
    },
    file: 'progress',
  },
  // <pcp-outcomes>
  outcomes: {
    none: 'This plan states no shared outcomes or aims.',
    notFound: (theme: string) => `This plan has no theme "${theme}" with a shared outcome.`,
    title: 'Shared outcomes and aims',
    /** The first column's heading when the feed has no `labels.objective`. */
    theme: 'theme',
    sharedOutcome: 'Shared outcome',
    aim: 'Aim',
  },
  // <pcp-action-plan>
  actionPlan: {
    none: 'This plan has no action plan.',
    /** After the plan's title when the action plan has none of its own: "Police and Crime Plan: action plan". */
    titleSuffix: ': action plan',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} entries`,
    noMatch: 'No entries match these filters.',
    /** After the "Download CSV" link. */
    entriesShown: 'of the entries shown',
    /** The fixed part of the CSV file's name. */
    csvFile: 'action-plan',
    filters: 'Filter the action plan',
    priority: 'Priority',
    allPriorities: 'All priorities',
    agency: 'Agency',
    allAgencies: 'All agencies',
    search: 'Search',
    overdue: 'Overdue',
    /** "(supports A, B)": the national priorities a priority supports. */
    supports: 'supports',
    /** "(priority: Objective title)" when the feed has no `labels.objective`. */
    priorityWord: 'priority',
    noActions: 'No actions listed',
    aims: 'Aims',
    baseline: 'Baseline data',
    actions: 'Actions',
    reviewDate: 'Review date',
  },
  // <pcp-plan-document>
  document: {
    capHeading: 'Limit',
    printedContents: 'Contents of the printed plan',
    skipContents: 'Skip the contents',
    /** The banner's sentence by plan status (its first word is `common.planStatuses`). */
    banners: {
      draft: 'This plan is a draft. It may change before it is published.',
      consultation: 'This plan is being consulted on. It may change before it is published.',
      superseded: 'A newer plan has replaced this one.',
    } as Partial<Record<'draft' | 'consultation' | 'published' | 'superseded', string>>,
    period: 'Period:',
    lastUpdated: 'Last updated:',
    contents: 'Contents',
    forewords: 'Forewords',
    introduction: 'Introduction',
    vision: 'Vision',
    money: 'Money',
    keyFigures: 'Key figures',
    illustrative: '(illustrative)',
    grants: 'Grants',
    progress: 'Progress',
    partnership: 'Partnership',
    partners: 'Partners',
    statutoryPartners: 'Statutory partners:',
    otherPartners: 'Other partners:',
    more: 'More about the plan',
    about: 'About this page',
    sources: 'Sources',
    links: 'Links',
    notes: 'Notes',
    precepts: 'Council tax (precept)',
    tables: 'Tables',
    consultations: 'Consultation',
    governance: 'Governance',
    meetings: 'Meetings',
    editions: 'Editions and other formats',
    band: 'Band',
    amount: 'Amount',
    increase: 'Increase',
    increasePercent: 'Increase (%)',
    perMonth: 'Per month',
    increasePerMonth: 'Increase per month',
    perWeek: 'Per week',
    increasePerWeek: 'Increase per week',
    requirement: 'Precept requirement:',
    cap: 'Limit:',
    opens: 'Opens:',
    closes: 'Closes:',
    audiences: 'Who was asked:',
    questions: 'Questions:',
    respondents: 'Responses:',
    members: 'Members:',
    meets: 'Meets:',
    partOf: 'Reports to:',
    year: 'Year',
    stage: 'Stage',
    decisions: 'Decisions:',
    delivers: 'What it pays for:',
    results: 'Results:',
    findings: 'Findings:',
    items: 'Items:',
    published: 'Published:',
    approved: 'Approved:',
    current: '(this edition)',
    /** Editions by the feed's kind ("other" has no word). */
    editionKinds: {
      plan: 'Full plan',
      draft: 'Draft',
      consultation: 'Consultation',
      refresh: 'Refresh',
      'annual-review': 'Annual review',
      extension: 'Extension',
      update: 'Update',
      summary: 'Summary',
      'plan-on-a-page': 'Plan on a page',
      'easy-read': 'Easy read',
      bsl: 'British Sign Language',
      audio: 'Audio',
      video: 'Video',
      translation: 'Translation',
    } as Record<string, string>,
    source: 'Source:',
    page: 'page',
  },
  // <pcp-foreword>
  foreword: {
    none: 'This plan has no foreword.',
    notFound: (foreword: string) => `This plan has no foreword "${foreword}".`,
  },
  // <pcp-contact>
  contact: {
    title: 'Contact',
    none: 'This plan gives no contact details.',
    organisation: 'Organisation',
    person: 'Contact',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    social: 'Social media',
    otherFormats: 'Other formats',
    /** The accessible formats by the feed's code, as they read in a sentence. */
    formats: {
      braille: 'braille',
      audio: 'audio',
      'large-print': 'large print',
      'easy-read': 'easy read',
      'other-languages': 'other languages',
      'british-sign-language': 'British Sign Language',
    } as Record<string, string>,
    /** `formats` is the list already joined ("braille, audio"). */
    availableIn: (formats: string) => `This plan is available in ${formats}.`,
    askForIt: 'Ask for it:',
    or: 'or',
  },
  // <pcp-grants>
  grants: {
    none: 'This plan has no grants.',
    statuses: { open: 'Open for applications', closed: 'Closed', awarded: 'Awarded' } satisfies Record<GrantStatusId, string>,
    funder: 'Funded by',
    amount: 'Amount',
    period: 'Period',
    eligibility: 'Who may apply',
    more: 'More',
    awards: 'Awards',
    recipient: 'Recipient',
    project: 'Project',
    date: 'Date',
  },
  // <pcp-monitoring>
  monitoring: {
    title: 'Monitoring the plan',
    none: 'This plan does not describe how it is monitored.',
  },
  // <pcp-national-priorities>
  nationalPriorities: {
    title: 'National priorities',
    none: 'This plan names no national priorities.',
  },
};

/** The shape every catalogue has: the English one's keys, with strings and sentence functions. */
export type Messages = typeof en;
