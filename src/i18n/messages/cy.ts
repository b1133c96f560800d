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
    skipContents: 'Neidio heibio’r cynnwys',
    banners: {
      draft: 'Drafft yw’r cynllun hwn. Gall newid cyn iddo gael ei gyhoeddi.',
      consultation: 'Mae’r cynllun hwn yn destun ymgynghoriad. Gall newid cyn iddo gael ei gyhoeddi.',
      superseded: 'Mae cynllun mwy newydd wedi disodli’r un hwn.',
    },
    period: 'Cyfnod:',
    periodRange: (start: string, end: string) => `${start} i ${end}`,
    lastUpdated: 'Diweddarwyd ddiwethaf:',
    contents: 'Cynnwys',
    forewords: 'Rhageiriau',
    introduction: 'Cyflwyniad',
    vision: 'Gweledigaeth',
    money: 'Arian',
    keyFigures: 'Ffigurau allweddol',
    illustrative: '(enghreifftiol)',
    grants: 'Grantiau',
    progress: 'Cynnydd',
    partnership: 'Partneriaeth',
    partners: 'Partneriaid',
    statutoryPartners: 'Partneriaid statudol:',
    otherPartners: 'Partneriaid eraill:',
    partnersList: 'Partneriaid:',
    more: 'Rhagor am y cynllun',
    about: 'Am y dudalen hon',
    sources: 'Ffynonellau',
    links: 'Dolenni',
    notes: 'Nodiadau am y ffrwd hon',
  },
  // <pcp-foreword>
  foreword: {
    none: 'Nid oes gan y cynllun hwn ragair.',
    notFound: (foreword: string) => `Nid oes gan y cynllun hwn ragair "${foreword}".`,
  },
  // <pcp-contact>
  contact: {
    title: 'Cysylltu â ni',
    none: 'Nid yw’r cynllun hwn yn rhoi manylion cyswllt.',
    organisation: 'Sefydliad',
    person: 'Person cyswllt',
    address: 'Cyfeiriad',
    phone: 'Ffôn',
    email: 'E-bost',
    website: 'Gwefan',
    social: 'Cyfryngau cymdeithasol',
    otherFormats: 'Fformatau eraill',
    formats: {
      braille: 'Braille',
      audio: 'sain',
      'large-print': 'print bras',
      'easy-read': 'fersiwn hawdd ei ddeall',
      'other-languages': 'ieithoedd eraill',
      'british-sign-language': 'Iaith Arwyddion Prydain',
    },
    availableIn: (formats: string) => `Mae’r cynllun hwn ar gael mewn ${formats}.`,
    askForIt: 'Gofynnwch amdano:',
    or: 'neu',
  },
  // <pcp-grants>
  grants: {
    none: 'Nid yw’r cynllun hwn yn cynnwys grantiau.',
    statuses: { open: 'Ar agor i geisiadau', closed: 'Ar gau', awarded: 'Wedi’i ddyfarnu' },
    funder: 'Wedi’i ariannu gan',
    amount: 'Swm',
    period: 'Cyfnod',
    eligibility: 'Pwy all wneud cais',
    more: 'Rhagor o wybodaeth',
    awards: 'Dyfarniadau',
    recipient: 'Derbynnydd',
    project: 'Prosiect',
    date: 'Dyddiad',
  },
  // <pcp-monitoring>
  monitoring: {
    title: 'Monitro’r cynllun',
    none: 'Nid yw’r cynllun hwn yn disgrifio sut y caiff ei fonitro.',
  },
  // <pcp-national-priorities>
  nationalPriorities: {
    title: 'Blaenoriaethau cenedlaethol',
    none: 'Nid yw’r cynllun hwn yn enwi unrhyw flaenoriaethau cenedlaethol.',
  },
};
