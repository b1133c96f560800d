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
  wheel: {
    none: 'Nid oes gan y cynllun hwn amcanion i’w dangos.',
    summary: (title: string, centre: string, count: string, rings: boolean) =>
      `Olwyn flaenoriaethau ${title}: "${centre}" yn y canol, gyda ${count} o’i amgylch${rings ? ', a’u camau gweithredu mewn cylch allanol' : ''}.`,
    chartLabel: (centre: string) => `Olwyn flaenoriaethau: ${centre}`,
    position: (one: string, position: number, total: number) => `${one} ${position} o ${total}`,
    // "pob", "o fewn" and "Dewiswyd" leave the noun unmutated, so a feed's own word ("blaenoriaeth") reads right.
    actionsOf: (one: string) => `Camau gweithredu pob ${one}`,
    actionName: (text: string, position: number, total: number, one: string, number: string) =>
      `${text}, cam gweithredu ${position} o ${total} o fewn ${one} ${number}`,
    selected: (one: string, number: string, title: string) => `Dewiswyd ${one} ${number}: ${title}`,
    prompt: (_one: string, other: string) => `Dewiswch un o’r ${other} yn yr olwyn i weld beth fydd y cynllun yn ei wneud.`,
    showAsTable: 'Dangos fel tabl',
    instructions: 'Defnyddiwch y bysellau saeth i symud o amgylch yr olwyn, a’r fysell Enter i ddewis.',
    number: 'Rhif',
    title: 'Teitl',
    summaryHeading: 'Crynodeb',
    actions: 'Camau gweithredu',
    actionList: 'Rhestr camau gweithredu',
  },
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
  funding: {
    none: 'Nid yw’r cynllun hwn yn nodi cyfrannau cyllid.',
    notFound: (id: string) => `Nid oes gan y cynllun hwn gyfrannau cyllid "${id}".`,
    sharesOf: 'Cyfrannau o:',
    illustrative: '(enghreifftiol)',
    notBrokenDown: 'Heb ei rannu yn y cynllun',
    restNamed: (percent: string) => `Y gweddill, ${percent}:`,
    noFigure: '(nid yw’r cynllun yn rhoi ffigur).',
    restUnnamed: (percent: string) => `Nid yw’r cynllun yn rhannu’r ${percent} arall.`,
    csv: { set: 'Grŵp', share: 'Cyfran', percent: 'Y cant', amount: 'Swm (£)', period: 'Cyfnod' },
    file: 'cyllid',
  },
  // <pcp-scenario-table>
  scenarios: {
    none: 'Nid oes gan y cynllun hwn dablau senario.',
    notFound: (scenario: string) => `Nid oes gan y cynllun hwn dabl senario "${scenario}".`,
  },
  // <pcp-progress>
  progress: {
    none: 'Nid yw’r cynllun hwn yn adrodd unrhyw gynnydd eto.',
    noMatch: 'Nid oes cynnydd yn cyfateb i’r dewis hwn.',
    // Inside a sentence the words follow a count ("4 o 11 wedi’u cyflawni"), so they are plural.
    scale: {
      delivered: { label: 'Wedi’i gyflawni', word: 'wedi’u cyflawni' },
      'in-progress': { label: 'Ar y gweill', word: 'ar y gweill' },
      'at-risk': { label: 'Mewn perygl', word: 'mewn perygl' },
      'not-started': { label: 'Heb ddechrau', word: 'heb ddechrau' },
      planned: { label: 'Wedi’i gynllunio', word: 'wedi’u cynllunio' },
      'not-rated': { label: 'Heb ei raddio', word: 'heb eu graddio' },
      red: { label: 'Coch', word: 'coch' },
      amber: { label: 'Ambr', word: 'ambr' },
      green: { label: 'Gwyrdd', word: 'gwyrdd' },
      complete: { label: 'Wedi’i gwblhau', word: 'wedi’u cwblhau' },
    },
    asOf: (date: string) => `Cynnydd ar ${date}`,
    asPublished: (date: string) => `Cynnydd fel y’i cyhoeddwyd ar ${date}`,
    // "yn ôl" keeps the document's name unmutated.
    reportedIn: 'Cynnydd yn ôl',
    noDate: '; nid yw’r ffrwd yn rhoi dyddiad ar ei gyfer.',
    periodRange: (start: string, end: string) => `${start} i ${end}`,
    acrossPlan: 'Ar draws y cynllun',
    shownHere: 'Yn y dangosiad hwn',
    summary: (scope: string, delivered: number, total: number, word: string, share: string, rest: string) =>
      `${scope}: ${delivered} o ${total} ymrwymiad ${word}${share}${rest ? `; ${rest}` : ''}.`,
    counts: (delivered: number, total: number, word: string) => `${delivered} o ${total} ${word}`,
    key: 'Allwedd',
    commitments: 'Ymrwymiadau',
    measures: 'Mesurau',
    wholePlan: 'Ar gyfer y cynllun cyfan',
    now: 'Nawr',
    baseline: 'Llinell sylfaen',
    target: 'Targed',
    by: 'erbyn',
    higherBetter: 'Gorau po uchaf.',
    lowerBetter: 'Gorau po isaf.',
    noCurrent: 'Nid oes ffigur cyfredol wedi’i adrodd eto.',
    illustrative: '(Ffigurau enghreifftiol.)',
    rating: 'Sgôr:',
    targetMet: 'Targed wedi’i gyrraedd',
    worse: 'Yn waeth na’r llinell sylfaen',
    onTheWay: (percent: number) => `${percent}% o’r ffordd o’r llinell sylfaen i’r targed`,
    notMet: 'Targed heb ei gyrraedd eto',
    csv: {
      kind: 'Math',
      name: 'Enw',
      commitments: 'Ymrwymiadau',
      baseline: 'Llinell sylfaen',
      current: 'Cyfredol',
      target: 'Targed',
      deadline: 'Dyddiad terfyn',
      direction: 'Cyfeiriad',
      rating: 'Sgôr',
      objective: 'Amcan',
      measure: 'Mesur',
      higher: 'gorau po uchaf',
      lower: 'gorau po isaf',
    },
    file: 'cynnydd',
  },
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
