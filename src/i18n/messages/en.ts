/**
 * Every word the elements write themselves, in English: the reference catalogue. Another language
 * is one file like this with the same keys (see cy.ts), listed in ../catalogues.ts. Feed text is not
 * here: it comes from the feed, in as many languages as the feed gives.
 *
 * One section per element (plus `common`), so each element's words are found together.
 * Functions take the numbers and names a sentence needs.
 */
const count = new Intl.PluralRules('en-GB');

export const en = {
  /** Intl locale for numbers, money and dates. */
  locale: 'en-GB',
  common: {
    loading: 'Loading the plan…',
    errorTitle: 'This plan could not be shown',
    /** A sentence by error kind, shown first in languages whose own detail the loader does not write. */
    errorKinds: {
      'no-source': 'This element has no plan to show.',
      network: 'The plan could not be loaded: the network did not answer.',
      http: 'The plan could not be loaded: the server answered with an error.',
      timeout: 'The plan could not be loaded in time.',
      'not-json': 'The plan feed is not valid JSON.',
      schema: 'The plan feed does not match the plan format.',
      render: 'This part of the plan could not be shown.',
    },
    moreProblems: (more: number) => `and ${more} more`,
    tryAgain: 'Try again',
    downloadCsv: 'Download CSV',
    status: 'status',
    statuses: { delivered: 'Delivered', 'in-progress': 'In progress', 'at-risk': 'At risk', 'not-started': 'Not started', planned: 'Planned' },
    planStatuses: { draft: 'Draft', consultation: 'Consultation', published: 'Published', superseded: 'Superseded' },
    /** "1 objective", "7 objectives": `one` and `other` are the noun's forms (from the feed's labels or below). */
    count: (n: number, one: string, other: string) => `${n.toLocaleString('en-GB')} ${count.select(n) === 'one' ? one : other}`,
    objective: 'objective',
    objectives: 'objectives',
    action: 'action',
    actions: 'actions',
    illustrative: 'Illustrative: not stated in the plan',
  },
  objectives: {
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
    periodRange: (start: string, end: string) => `${start} to ${end}`,
    status: 'Status',
    objectives: 'Objectives',
  },
  // <pcp-priority-wheel>
  wheel: {},
  // <pcp-budget-table>
  budget: {},
  // <pcp-funding>
  funding: {},
  // <pcp-scenario-table>
  scenarios: {},
  // <pcp-progress>
  progress: {},
  // <pcp-outcomes>
  outcomes: {},
  // <pcp-action-plan>
  actionPlan: {},
  // <pcp-plan-document>
  document: {
    skipContents: 'Skip the contents',
    /** The banner's sentence by plan status (its first word is `common.planStatuses`). */
    banners: {
      draft: 'This plan is a draft. It may change before it is published.',
      consultation: 'This plan is being consulted on. It may change before it is published.',
      superseded: 'A newer plan has replaced this one.',
    } as Partial<Record<'draft' | 'consultation' | 'published' | 'superseded', string>>,
    period: 'Period:',
    periodRange: (start: string, end: string) => `${start} to ${end}`,
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
    partnersList: 'Partners:',
    more: 'More about the plan',
    about: 'About this page',
    sources: 'Sources',
    links: 'Links',
    notes: 'Notes on this feed',
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
    statuses: { open: 'Open for applications', closed: 'Closed', awarded: 'Awarded' },
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
