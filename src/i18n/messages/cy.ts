/**
 * Cymraeg: the elements' own words in Welsh (same keys as en.ts). Written by the development team;
 * a Welsh Language Standards body should have them checked by a professional translator before
 * publishing (see docs/languages.md).
 */
import type { Messages } from './en.js';

export const cy: Messages = {
  locale: 'cy-GB',
  common: {
    loading: 'Wrthi’n llwytho’r cynllun…',
    errorTitle: 'Nid oedd modd dangos y cynllun hwn',
    errorKinds: {
      'no-source': 'Nid oes gan yr elfen hon gynllun i’w ddangos.',
      network: 'Nid oedd modd llwytho’r cynllun: ni atebodd y rhwydwaith.',
      http: 'Nid oedd modd llwytho’r cynllun: atebodd y gweinydd gyda gwall.',
      timeout: 'Nid oedd modd llwytho’r cynllun mewn pryd.',
      'not-json': 'Nid yw ffrwd y cynllun yn JSON dilys.',
      schema: 'Nid yw ffrwd y cynllun yn cyd-fynd â fformat y cynllun.',
      render: 'Nid oedd modd dangos y rhan hon o’r cynllun.',
    },
    moreProblems: (more: number) => `a ${more} arall`,
    tryAgain: 'Rhowch gynnig arall arni',
    downloadCsv: 'Lawrlwytho CSV',
    status: 'statws',
    statuses: { delivered: 'Wedi’i gyflawni', 'in-progress': 'Ar y gweill', 'at-risk': 'Mewn perygl', 'not-started': 'Heb ddechrau', planned: 'Wedi’i gynllunio' },
    planStatuses: { draft: 'Drafft', consultation: 'Ymgynghoriad', published: 'Cyhoeddwyd', superseded: 'Disodlwyd' },
    // Welsh puts a noun in the singular after a numeral ("7 amcan"), so `other` is not needed.
    count: (n: number, one: string) => `${n.toLocaleString('cy-GB')} ${one}`,
    objective: 'amcan',
    objectives: 'amcanion',
    action: 'cam gweithredu',
    actions: 'camau gweithredu',
    illustrative: 'Enghreifftiol: nid yw’r cynllun yn nodi hyn',
  },
  objectives: {
    none: 'Nid oes gan y cynllun hwn amcanion.',
    notFound: (objective: string) => `Nid oes gan y cynllun hwn amcan "${objective}".`,
    easyRead: 'Hawdd ei ddeall',
    showAll: 'Dangos y cyfan',
    hideAll: 'Cuddio’r cyfan',
    noEasyRead: 'Nid oes fersiwn hawdd ei ddeall o’r un hwn; dyma eiriau’r cynllun.',
  },
  planSummary: {
    document: 'Dogfen',
    publishedBy: 'Cyhoeddwyd gan',
    area: 'Ardal',
    period: 'Cyfnod',
    periodRange: (start: string, end: string) => `${start} i ${end}`,
    status: 'Statws',
    objectives: 'Amcanion',
  },
  // <pcp-priority-wheel>
  wheel: {},
  // <pcp-budget-table>
  budget: {
    none: 'Nid oes gan y cynllun hwn gyllideb.',
    notFound: (budget: string) => `Nid oes gan y cynllun hwn gyllideb "${budget}".`,
    noYears: (years: string) => `Nid oes gan y gyllideb hon yr un o’r blynyddoedd "${years}".`,
    line: 'Llinell y gyllideb',
    changeOn: 'Newid ers',
    illustrative: '(enghreifftiol)',
    total: 'Cyfanswm',
    linesAddUpTo: (computed: string) => `Cyfanswm y llinellau yw ${computed}`,
    mismatch: (stated: string, computed: string, difference: string) =>
      `Mae’r cynllun yn nodi ${stated} ond cyfanswm y llinellau yw ${computed}, gwahaniaeth o ${difference}.`,
    asStated: 'Mae’r cyfansymiau fel y mae’r cynllun yn eu nodi.',
    csvTotalStated: 'Cyfanswm (fel y’i nodir)',
    csvTotalSum: 'Cyfanswm (swm y llinellau)',
  },
  // <pcp-funding>
  funding: {},
  // <pcp-scenario-table>
  scenarios: {
    none: 'Nid oes gan y cynllun hwn dablau senario.',
    notFound: (scenario: string) => `Nid oes gan y cynllun hwn dabl senario "${scenario}".`,
  },
  // <pcp-progress>
  progress: {},
  // <pcp-outcomes>
  outcomes: {
    none: 'Nid yw’r cynllun hwn yn nodi canlyniadau na nodau a rennir.',
    notFound: (theme: string) => `Nid oes gan y cynllun hwn thema "${theme}" â chanlyniad a rennir.`,
    title: 'Canlyniadau a nodau a rennir',
    theme: 'thema',
    sharedOutcome: 'Canlyniad a rennir',
    aim: 'Nod',
  },
  // <pcp-action-plan>
  actionPlan: {
    none: 'Nid oes gan y cynllun hwn gynllun gweithredu.',
    titleSuffix: ': cynllun gweithredu',
    // Welsh keeps the noun singular after a numeral: "24 cofnod".
    showing: (shown: number, total: number) => `Yn dangos ${shown} o ${total} cofnod`,
    noMatch: 'Nid oes cofnodion yn cyfateb i’r hidlwyr hyn.',
    entriesShown: 'o’r cofnodion a ddangosir',
    csvFile: 'cynllun-gweithredu',
    filters: 'Hidlo’r cynllun gweithredu',
    priority: 'Blaenoriaeth',
    allPriorities: 'Pob blaenoriaeth',
    agency: 'Asiantaeth',
    allAgencies: 'Pob asiantaeth',
    search: 'Chwilio',
    overdue: 'Yn hwyr',
    supports: 'yn cefnogi',
    priorityWord: 'blaenoriaeth',
    noActions: 'Dim camau gweithredu wedi’u rhestru',
    aims: 'Nodau',
    baseline: 'Data sylfaenol',
    actions: 'Camau gweithredu',
    reviewDate: 'Dyddiad adolygu',
  },
  // <pcp-plan-document>
  document: {},
  // <pcp-foreword>
  foreword: {},
  // <pcp-contact>
  contact: {},
  // <pcp-grants>
  grants: {},
  // <pcp-monitoring>
  monitoring: {},
  // <pcp-national-priorities>
  nationalPriorities: {},
};
