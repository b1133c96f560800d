// Keyboard and screen-reader walk-throughs: for each element, the keys a keyboard user presses and
// what a screen reader announces after each one, read from Chromium's accessibility tree (the tree
// screen readers are given), written out by hand so a reviewer can check each line against the page.
// This checks what no rule engine can: that names say what a control does, that a state change is
// exposed, that a live region says something, that focus is not lost after an action.
//
// Each step is [keys, what is announced, ...what live regions say after it]. What is announced is
// the focused node, `role "name", value, states, position in its set`, after the containers the
// focus has just entered (`navigation "Contents" > list, 10 items > link "Money"`): a screen reader
// names the landmark, region, group, list or heading it moves into before the control, and reads a
// description (`(described as "…")`) after a name. A live region whose text changed says
// `live: "…"`. `keys` is a key (`Tab`, `Shift+Tab`, `ArrowRight`, `Enter`, `Space`, `Escape`…),
// `Tab ×3` (three presses, the last stop announced), `type:text` (typing), or `width:320` (the window
// made 320px wide, nothing pressed: the focus stays where it was).
//
// `reading` is browse mode: the headings (with level), landmarks, named regions, articles, figures
// and tables, in reading order, as a screen reader lists them.
//
// Checked on every walk besides the lines: the walk lands on every kind of control the element has
// (so a new kind of control needs a walk), each control's name contains the words shown on it (WCAG
// 2.5.3), and nothing goes wrong in the page.
//
// One browser, one page (test/pages/accessibility.html, the accessibility suite's), each element
// swapped in. Run: npm run build && node --test test/pages/walkthrough.test.mjs
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openAccessibilityPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);
const CUMBRIA = '/demo/feeds/cumbria-2021-2025.json';
const BILINGUAL = '/demo/feeds/cumbria-2021-2025-bilingual.json';
const CLEVELAND = '/demo/feeds/cleveland-2020-21-update.json';
const WEST_CUMBRIA = '/demo/feeds/west-cumbria-csp-2012-13.json';
const CAMBRIDGESHIRE = '/demo/feeds/cambridgeshire-2016-framework.json';
const WIDE = { width: 1024, height: 768 };

const BEFORE = 'button "Before the element"';
const AFTER = 'button "After the element"';

const OBJECTIVE_HEADINGS = [
  'heading 2 "1 A focus on crime and the causes of crime"',
  'heading 2 "2 A visible and effective police presence"',
  'heading 2 "3 A focus on victims"',
  'heading 2 "4 Preventing offending and reducing reoffending"',
  'heading 2 "5 Be the voice of the public on policing matters"',
  'heading 2 "6 Ensuring the Police are at the forefront of the response"',
  'heading 2 "7 Integrating blue light services"',
];
const CUMBRIA_BUDGET = 'Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025';
// (The space in "Re-Offending (priority" was lost from the name while it stood between two spans.)
const WEST_CUMBRIA_TABLES = [
  'table "Anti-Social Behaviour : West Cumbria Community Safety Partnership Plan 2012/13"',
  'table "Reduce Re-Offending (priority: Re-Offending) : West Cumbria Community Safety Partnership Plan 2012/13"',
  'table "Domestic Violence : West Cumbria Community Safety Partnership Plan 2012/13"',
  'table "KSI : West Cumbria Community Safety Partnership Plan 2012/13"',
  'table "Crime : West Cumbria Community Safety Partnership Plan 2012/13"',
];
const FIRST_ACTION =
  'Develop projects and support policing activities which aim to prevent people from becoming involved in illegal drug taking and which target organised drug crime, including County Lines, to prevent the harm this has in local communities';

// Each walk: the element on a sample feed, its browse-mode reading, then the keys and what is heard.
// BEFORE and AFTER are the host page's buttons either side of the element.
const WALKS = [
  {
    // The provider in Welsh (lang="cy" on <pcp-plan>) with three linked elements: choosing an
    // objective on the wheel opens it in the accordion, and every word the elements add is Welsh.
    name: 'pcp-plan in Welsh: summary, wheel and accordion linked (Cumbria, bilingual feed)',
    html: `<pcp-plan lang="cy" src="${BILINGUAL}"><pcp-plan-summary></pcp-plan-summary><pcp-priority-wheel detail="none"></pcp-priority-wheel><pcp-objectives layout="accordion"></pcp-objectives></pcp-plan>`,
    reading: [
      'heading 2 "Cynllun Heddlu a Throseddu 2021-2025"',
      'heading 2 "1 Canolbwyntio ar droseddu ac achosion troseddu"',
      'heading 2 "2 Presenoldeb heddlu gweladwy ac effeithiol"',
      'heading 2 "3 Canolbwyntio ar ddioddefwyr"',
      'heading 2 "4 Atal troseddu a lleihau aildroseddu"',
      'heading 2 "5 Bod yn llais y cyhoedd ar faterion plismona"',
      'heading 2 "6 Sicrhau bod yr Heddlu ar flaen y gad yn yr ymateb"',
      'heading 2 "7 Integreiddio’r gwasanaethau golau glas"',
    ],
    steps: [
      [
        'Tab',
        'group "Olwyn flaenoriaethau Cynllun Heddlu a Throseddu 2021-2025: "Cadw Cumbria’n Ddiogel" yn y canol, gyda 7 amcan o’i amgylch." > listbox "amcanion" > option "1 Canolbwyntio ar droseddu ac achosion troseddu, 9 cam gweithredu", not selected, 1 of 7',
      ],
      ['ArrowRight', 'option "2 Presenoldeb heddlu gweladwy ac effeithiol, 6 cam gweithredu", not selected, 2 of 7'],
      ['End', 'option "7 Integreiddio’r gwasanaethau golau glas, 2 cam gweithredu", not selected, 7 of 7'],
      ['Home', 'option "1 Canolbwyntio ar droseddu ac achosion troseddu, 9 cam gweithredu", not selected, 1 of 7'],
      ['Enter', 'option "1 Canolbwyntio ar droseddu ac achosion troseddu, 9 cam gweithredu", selected, 1 of 7', 'live: "Dewiswyd amcan 1: Canolbwyntio ar droseddu ac achosion troseddu"'],
      ['Tab', 'button "Dangos fel tabl", not pressed'],
      ['Tab', 'link "Lawrlwytho CSV : Cynllun Heddlu a Throseddu 2021-2025: amcanion"'],
      ['Tab', 'button "Dangos pob adran", collapsed'],
      // The objective chosen on the wheel is open in the accordion.
      ['Tab', 'list, 7 items > heading 2 "1 Canolbwyntio ar droseddu ac achosion troseddu" > button "1 Canolbwyntio ar droseddu ac achosion troseddu", expanded'],
      ['Tab', 'heading 2 "2 Presenoldeb heddlu gweladwy ac effeithiol" > button "2 Presenoldeb heddlu gweladwy ac effeithiol", collapsed'],
      ['Enter', 'button "2 Presenoldeb heddlu gweladwy ac effeithiol", expanded'],
      ['Shift+Tab', 'heading 2 "1 Canolbwyntio ar droseddu ac achosion troseddu" > button "1 Canolbwyntio ar droseddu ac achosion troseddu", expanded'],
      ['Shift+Tab', 'button "Dangos pob adran", collapsed'],
    ],
  },
  {
    // Nothing to operate: Tab passes it by, and browse mode finds its heading.
    name: 'pcp-plan-summary (Cumbria)',
    html: `<pcp-plan-summary src="${CUMBRIA}"></pcp-plan-summary>`,
    reading: ['heading 2 "Police and Crime Plan 2021-2025"'],
    steps: [
      ['Tab', AFTER],
      ['Shift+Tab', BEFORE],
    ],
  },
  {
    // Disclosure buttons inside headings, with Enter and Space, and "Show all sections" / "Hide all sections".
    name: 'pcp-objectives, accordion (Cumbria)',
    html: `<pcp-objectives layout="accordion" src="${CUMBRIA}"></pcp-objectives>`,
    reading: OBJECTIVE_HEADINGS,
    steps: [
      ['Tab', 'button "Show all sections", collapsed'],
      ['Tab', 'list, 7 items > heading 2 "1 A focus on crime and the causes of crime" > button "1 A focus on crime and the causes of crime", collapsed'],
      ['Enter', 'button "1 A focus on crime and the causes of crime", expanded'],
      // An open panel with nothing to operate in it adds no tab stop.
      ['Tab', 'heading 2 "2 A visible and effective police presence" > button "2 A visible and effective police presence", collapsed'],
      ['Space', 'button "2 A visible and effective police presence", expanded'],
      ['Shift+Tab', 'heading 2 "1 A focus on crime and the causes of crime" > button "1 A focus on crime and the causes of crime", expanded'],
      ['Enter', 'button "1 A focus on crime and the causes of crime", collapsed'],
      ['Shift+Tab', 'button "Show all sections", collapsed'],
      ['Enter', 'button "Hide all sections", expanded'],
      ['Tab', 'list, 7 items > heading 2 "1 A focus on crime and the causes of crime" > button "1 A focus on crime and the causes of crime", expanded'],
      ['Shift+Tab', 'button "Hide all sections", expanded'],
      ['Space', 'button "Show all sections", collapsed'],
    ],
  },
  {
    // The default layout: headings to read, nothing to operate.
    name: 'pcp-objectives, list (Cumbria)',
    html: `<pcp-objectives src="${CUMBRIA}"></pcp-objectives>`,
    reading: OBJECTIVE_HEADINGS,
    steps: [['Tab', AFTER]],
  },
  {
    // The wheel: one tab stop into a list box of objectives, arrows, Home and End, Enter and Space
    // select (and the live region says so), Escape leaves to the controls; the view toggle.
    name: 'pcp-priority-wheel (Cumbria)',
    html: `<pcp-priority-wheel src="${CUMBRIA}"></pcp-priority-wheel>`,
    reading: [],
    steps: [
      [
        'Tab',
        'group "Priority wheel of Police and Crime Plan 2021-2025: "Keeping Cumbria Safe" at the centre, with 7 objectives around it." > listbox "objectives" > option "1 A focus on crime and the causes of crime, 9 actions", not selected, 1 of 7',
      ],
      ['ArrowRight', 'option "2 A visible and effective police presence, 6 actions", not selected, 2 of 7'],
      ['ArrowLeft', 'option "1 A focus on crime and the causes of crime, 9 actions", not selected, 1 of 7'],
      ['End', 'option "7 Integrating blue light services, 2 actions", not selected, 7 of 7'],
      ['Home', 'option "1 A focus on crime and the causes of crime, 9 actions", not selected, 1 of 7'],
      ['ArrowRight', 'option "2 A visible and effective police presence, 6 actions", not selected, 2 of 7'],
      ['Enter', 'option "2 A visible and effective police presence, 6 actions", selected, 2 of 7', 'live: "Selected objective 2: A visible and effective police presence"'],
      ['ArrowLeft', 'option "1 A focus on crime and the causes of crime, 9 actions", not selected, 1 of 7'],
      ['Space', 'option "1 A focus on crime and the causes of crime, 9 actions", selected, 1 of 7', 'live: "Selected objective 1: A focus on crime and the causes of crime"'],
      ['Escape', 'button "Show as table", not pressed'],
      // Back into the wheel: the tab stop is where the user left it.
      [
        'Shift+Tab',
        'group "Priority wheel of Police and Crime Plan 2021-2025: "Keeping Cumbria Safe" at the centre, with 7 objectives around it." > listbox "objectives" > option "1 A focus on crime and the causes of crime, 9 actions", selected, 1 of 7',
      ],
      ['Tab', 'button "Show as table", not pressed'],
      // To the table: focus moves to it, announced by its caption; the toggle after it says it is pressed.
      ['Enter', 'region "Police and Crime Plan 2021-2025: objectives" > table "Police and Crime Plan 2021-2025: objectives"'],
      ['Tab', 'button "Show as table", pressed'],
      ['Tab', 'link "Download CSV : Police and Crime Plan 2021-2025: objectives"'],
      ['Tab', AFTER],
      ['Shift+Tab ×2', 'button "Show as table", pressed'],
      ['Space', 'button "Show as table", not pressed'],
      ['Tab', 'link "Download CSV : Police and Crime Plan 2021-2025: objectives"'],
    ],
  },
  {
    // The second ring: a list box of actions grouped by objective; the group is named on entering it.
    name: 'pcp-priority-wheel, two rings (Cumbria)',
    html: `<pcp-priority-wheel rings="2" src="${CUMBRIA}"></pcp-priority-wheel>`,
    reading: [],
    steps: [
      [
        'Tab',
        'group "Priority wheel of Police and Crime Plan 2021-2025: "Keeping Cumbria Safe" at the centre, with 7 objectives around it and their actions in an outer ring." > listbox "objectives" > option "1 A focus on crime and the causes of crime, 9 actions", not selected, 1 of 7',
      ],
      ['ArrowDown', 'option "2 A visible and effective police presence, 6 actions", not selected, 2 of 7'],
      ['Tab', `listbox "Actions of each objective" > group "objective 1" > option "${FIRST_ACTION}, action 1 of 9 of objective 1", not selected`],
      ['End', 'group "objective 7" > option "Understand the implications of Local Government Reorganisation for policing and other local services, action 2 of 2 of objective 7", not selected'],
      ['Home', `group "objective 1" > option "${FIRST_ACTION}, action 1 of 9 of objective 1", not selected`],
      // Choosing an action chooses its objective: the live region says which.
      ['Enter', `option "${FIRST_ACTION}, action 1 of 9 of objective 1", not selected`, 'live: "Selected objective 1: A focus on crime and the causes of crime"'],
      ['Shift+Tab', 'listbox "objectives" > option "1 A focus on crime and the causes of crime, 9 actions", selected, 1 of 7'],
      ['Tab ×2', 'button "Show as table", not pressed'],
      ['Tab', 'link "Download CSV : Police and Crime Plan 2021-2025: objectives"'],
    ],
  },
  {
    // A table that fits is no tab stop; at 320px it scrolls and becomes a named region to Tab to.
    name: 'pcp-budget-table (Cumbria)',
    html: `<pcp-budget-table src="${CUMBRIA}"></pcp-budget-table>`,
    reading: [`heading 2 "${CUMBRIA_BUDGET}"`, `region "${CUMBRIA_BUDGET}"`, `table "${CUMBRIA_BUDGET}"`],
    steps: [
      ['Tab', 'link "Download CSV : Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025"'],
      ['Tab', AFTER],
      ['Shift+Tab ×2', BEFORE],
      ['width:320', BEFORE],
      ['Tab', `region "${CUMBRIA_BUDGET}"`],
      ['Tab', 'link "Download CSV : Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025"'],
    ],
  },
  {
    name: 'pcp-scenario-table (Cleveland)',
    html: `<pcp-scenario-table src="${CLEVELAND}"></pcp-scenario-table>`,
    reading: ['heading 2 "What does this £3.6m equate to?"', 'region "What does this £3.6m equate to?"', 'table "What does this £3.6m equate to?"'],
    steps: [
      ['Tab', AFTER],
      ['Shift+Tab', BEFORE],
      ['width:320', BEFORE],
      ['Tab', 'region "What does this £3.6m equate to?"'],
      ['Tab', AFTER],
    ],
  },
  {
    // A chart that is a figure named by its heading; its one control is the CSV.
    name: 'pcp-funding (Cleveland)',
    html: `<pcp-funding src="${CLEVELAND}"></pcp-funding>`,
    // The figure is named by its summary, not after its heading: the title is heard once.
    reading: ['figure "A donut chart of 2 slices"', 'heading 2 "Financial Background and Context"'],
    steps: [
      ['Tab', 'figure "A donut chart of 2 slices" > listbox "Slices" > option "Local Precept: 27.5%", not selected, 1 of 2'],
      ['ArrowRight', 'option "Government: 72.5%", not selected, 2 of 2'],
      ['Enter', 'option "Government: 72.5%", selected, 2 of 2', 'live: "Selected Government: 72.5%"'],
      ['Escape', 'link "Download CSV : Police and Crime Plan Update 2020-2021"'],
      ['Tab', AFTER],
      ['Shift+Tab', 'link "Download CSV : Police and Crime Plan Update 2020-2021"'],
      ['Shift+Tab', 'figure "A donut chart of 2 slices" > listbox "Slices" > option "Government: 72.5%", selected, 2 of 2'],
    ],
  },
  {
    name: 'pcp-progress (Cleveland)',
    html: `<pcp-progress src="${CLEVELAND}"></pcp-progress>`,
    // With script the objectives' bars are one list box (their titles are the options' names), so
    // browse mode meets the section's heading only.
    reading: ['heading 2 "Commitments"'],
    steps: [
      ['Tab', 'listbox "A bar chart of 5 bars" > option "1 Investing in Our Police, 4 of 11 delivered, 7 planned", not selected, 1 of 5'],
      ['End', 'option "5 Securing the Future of our Communities, 1 of 5 delivered, 4 planned", not selected, 5 of 5'],
      ['Enter', 'option "5 Securing the Future of our Communities, 1 of 5 delivered, 4 planned", selected, 5 of 5', 'live: "Selected 5 Securing the Future of our Communities"'],
      ['Escape', 'link "Download CSV : Progress"'],
      ['Tab', AFTER],
    ],
  },
  {
    name: 'pcp-outcomes (Cambridgeshire 2016)',
    html: `<pcp-outcomes src="${CAMBRIDGESHIRE}"></pcp-outcomes>`,
    reading: ['heading 2 "Shared outcomes and aims"', 'region "Shared outcomes and aims"', 'table "Shared outcomes and aims"'],
    steps: [
      ['Tab', AFTER],
      ['Shift+Tab', BEFORE],
      // On a phone the themes are cards, which need no scrolling: nothing to stop at.
      ['width:320', BEFORE],
      ['Tab', AFTER],
    ],
  },
  {
    // The filters: two drop-downs (the arrow keys change them where they stand) and a search box,
    // in a named search landmark; the status line says how many entries are shown after each.
    name: 'pcp-action-plan (West Cumbria)',
    html: `<pcp-action-plan src="${WEST_CUMBRIA}"></pcp-action-plan>`,
    reading: [
      'heading 2 "West Cumbria Community Safety Partnership Plan 2012/13"',
      'search "Filter the action plan"',
      ...WEST_CUMBRIA_TABLES,
    ],
    steps: [
      ['Tab', 'search "Filter the action plan" > combobox "Priority", value "All priorities", collapsed'],
      ['ArrowDown', 'combobox "Priority", value "Anti-Social Behaviour", collapsed', 'live: "Showing 13 of 24 entries"'],
      ['Tab', 'combobox "Agency", value "All agencies", collapsed'],
      ['Tab', 'searchbox "Search"'],
      ['type:fire', 'searchbox "Search", value "fire"', 'live: "Showing 2 of 24 entries"'],
      // Escape empties a search box: the filter follows.
      ['Escape', 'searchbox "Search"', 'live: "Showing 13 of 24 entries"'],
      ['Tab', 'link "Download CSV : West Cumbria Community Safety Partnership Plan 2012/13"'],
      ['Shift+Tab ×3', 'search "Filter the action plan" > combobox "Priority", value "Anti-Social Behaviour", collapsed'],
      ['ArrowUp', 'combobox "Priority", value "All priorities", collapsed', 'live: "Showing 24 of 24 entries"'],
    ],
  },
  {
    // Forewords are articles named by their headings (here English feed text on a Welsh page).
    name: 'pcp-foreword in Welsh (Cumbria, bilingual feed)',
    html: `<pcp-foreword lang="cy" src="${BILINGUAL}"></pcp-foreword>`,
    reading: ['article "Foreword"', 'heading 2 "Foreword"', 'article "Comments from the Chief Constable"', 'heading 2 "Comments from the Chief Constable"'],
    steps: [['Tab', AFTER]],
  },
  {
    // Every way to get in touch is a link saying where it goes.
    name: 'pcp-contact (Cumbria)',
    html: `<pcp-contact src="${CUMBRIA}"></pcp-contact>`,
    reading: ['heading 2 "Contact"', 'heading 3 "Other formats"'],
    steps: [
      ['Tab', 'link "01768 217734"'],
      ['Tab', 'link "commissioner@cumbria-pcc.gov.uk"'],
      ['Tab', 'link "www.cumbria-pcc.gov.uk"'],
      ['Tab', 'link "01768 217734"'],
      ['Tab', 'link "commissioner@cumbria-pcc.gov.uk"'],
      ['Tab', AFTER],
    ],
  },
  {
    name: 'pcp-national-priorities (Cumbria)',
    html: `<pcp-national-priorities src="${CUMBRIA}"></pcp-national-priorities>`,
    reading: ['heading 2 "Identifying the priorities for this plan"'],
    steps: [['Tab', AFTER]],
  },
  {
    name: 'pcp-monitoring (Cumbria)',
    html: `<pcp-monitoring src="${CUMBRIA}"></pcp-monitoring>`,
    reading: ['heading 2 "Monitoring the plan"'],
    steps: [['Tab', AFTER]],
  },
  {
    name: 'pcp-grants (Cumbria)',
    html: `<pcp-grants src="${CUMBRIA}"></pcp-grants>`,
    reading: ['heading 2 "Police and Crime Commissioner\'s Property Fund"'],
    steps: [
      ['Tab', 'link "www.cumbria-pcc.gov.uk"'],
      ['Tab', AFTER],
    ],
  },
  {
    // The whole plan: "Skip the contents" and each contents link move the focus to a named region;
    // Tab goes on from there. Browse mode: one title, the contents navigation, a region per part.
    name: 'pcp-plan-document (Cumbria)',
    html: `<pcp-plan-document src="${CUMBRIA}"></pcp-plan-document>`,
    reading: [
      'heading 1 "Police and Crime Plan 2021-2025"',
      'navigation "Contents"',
      'heading 2 "Contents"',
      'region "Forewords"',
      'heading 2 "Forewords"',
      'article "Foreword"',
      'heading 3 "Foreword"',
      'article "Comments from the Chief Constable"',
      'heading 3 "Comments from the Chief Constable"',
      'region "Introduction"',
      'heading 2 "Introduction"',
      'heading 3 "Policing and crime objectives"',
      'region "Objectives"',
      'heading 2 "Objectives"',
      ...OBJECTIVE_HEADINGS.map((line) => line.replace('heading 2', 'heading 3')),
      'region "Money"',
      'heading 2 "Money"',
      `heading 3 "${CUMBRIA_BUDGET}"`,
      `region "${CUMBRIA_BUDGET}"`,
      `table "${CUMBRIA_BUDGET}"`,
      'heading 3 "Grants"',
      'heading 4 "Police and Crime Commissioner\'s Property Fund"',
      'region "Governance"',
      'heading 2 "Governance"',
      'heading 3 "Safer Cumbria partnership"',
      'heading 3 "Public Accountability Conferences"',
      'heading 3 "Victims\' Consultation Group"',
      'heading 3 "Joint Audit Committee"',
      'heading 3 "Ethics and Integrity Panel"',
      'heading 3 "Independent Custody Visitor Scheme"',
      'heading 3 "Police and Crime Panel"',
      'region "Monitoring the plan"',
      'heading 2 "Monitoring the plan"',
      'region "Identifying the priorities for this plan"',
      'heading 2 "Identifying the priorities for this plan"',
      'region "More about the plan"',
      'heading 2 "More about the plan"',
      'heading 3 "Working in partnership"',
      'heading 3 "We will do this by:"',
      'heading 3 "Examples of how we are doing this include:"',
      'heading 3 "The Police also work with many other agencies and groups. Some examples include:"',
      'heading 3 "Commissioning and funding"',
      'region "Contact"',
      'heading 2 "Contact"',
      'heading 3 "Other formats"',
      'region "About this page"',
      'heading 2 "About this page"',
      'heading 3 "Sources"',
      'heading 3 "Links"',
      'heading 3 "Notes"',
    ],
    steps: [
      ['Tab', 'button "Skip the contents"'],
      // (It used to land on an unnamed wrapper, read out as every part's title in one breath.)
      ['Enter', 'region "Forewords"'],
      ['Tab', 'region "Money" > link "Download CSV : Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025"'],
      ['Shift+Tab ×2', 'navigation "Contents" > list, 10 items > link "Contact"'],
      ['Shift+Tab ×9', 'link "Cumbria Police and Crime Commissioner"'],
      ['Tab ×3', 'navigation "Contents" > list, 10 items > link "Objectives"'],
      ['Enter', 'region "Objectives"'],
      ['Tab', 'region "Money" > link "Download CSV : Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025"'],
      ['Shift+Tab', 'navigation "Contents" > list, 10 items > link "About this page"'],
      ['Shift+Tab ×3', 'link "Identifying the priorities for this plan"'],
      ['Enter', 'region "Identifying the priorities for this plan"'],
      ['Tab', 'region "Contact" > link "01768 217734"'],
    ],
  },
  {
    // A partnership plan: its action plan, filters and all, is one part of the document.
    name: 'pcp-plan-document, partnership plan with an action plan (West Cumbria)',
    html: `<pcp-plan-document src="${WEST_CUMBRIA}"></pcp-plan-document>`,
    reading: [
      'heading 1 "West Cumbria Community Safety Partnership Plan 2012/13"',
      'navigation "Contents"',
      'heading 2 "Contents"',
      'region "Introduction"',
      'heading 2 "Introduction"',
      'heading 3 "Vision"',
      'heading 3 "Introduction"',
      'region "Priorities"',
      'heading 2 "Priorities"',
      'heading 3 "Anti Social Behaviour"',
      'heading 3 "Re-Offending"',
      'heading 3 "Domestic Violence"',
      'heading 3 "Violent Crime"',
      'heading 3 "KSI"',
      'heading 3 "Crime"',
      'region "Money"',
      'heading 2 "Money"',
      'heading 3 "Key figures"',
      'region "Partnership"',
      'heading 2 "Partnership"',
      'heading 3 "Partners"',
      'heading 3 "West Cumbria Community Safety Partnership Plan 2012/13"',
      'search "Filter the action plan"',
      ...WEST_CUMBRIA_TABLES,
      'region "Governance"',
      'heading 2 "Governance"',
      'heading 3 "West CSP Strategy group"',
      'heading 3 "Tactical Delivery Group"',
      'heading 3 "Local Multi Agency Problem Solving (LMAPS) meetings"',
      'region "More about the plan"',
      'heading 2 "More about the plan"',
      'heading 3 "Context: Allerdale District"',
      'heading 3 "Context: Copeland District"',
      'heading 3 "The Changing Context of Community Safety Partnerships"',
      'heading 3 "Priorities for West Cumbria Community Safety Partnership 2012/13"',
      'region "About this page"',
      'heading 2 "About this page"',
      'heading 3 "Sources"',
      'heading 3 "Notes"',
    ],
    steps: [
      ['Tab', 'button "Skip the contents"'],
      ['Enter', 'region "Introduction"'],
      ['Tab', 'region "Partnership" > search "Filter the action plan" > combobox "Priority", value "All priorities", collapsed'],
      ['Tab ×2', 'searchbox "Search"'],
      ['type:fire', 'searchbox "Search", value "fire"', 'live: "Showing 2 of 24 entries"'],
      ['Tab', 'link "Download CSV : West Cumbria Community Safety Partnership Plan 2012/13"'],
      ['Shift+Tab ×6', 'navigation "Contents" > list, 7 items > link "Governance"'],
    ],
  },
];

// ——— Helpers that read the accessibility tree ———

/** Containers a screen reader names when the focus moves into them. */
const CONTAINERS = new Set([
  'navigation', 'region', 'search', 'form', 'complementary', 'banner', 'contentinfo', 'article', 'figure',
  'group', 'listbox', 'radiogroup', 'tablist', 'toolbar', 'menu', 'table', 'grid', 'list', 'dialog', 'alertdialog', 'heading',
]);
/** Roles a keyboard user operates. */
const CONTROLS = new Set(['button', 'link', 'option', 'combobox', 'searchbox', 'textbox', 'checkbox', 'radio', 'switch', 'tab', 'slider', 'spinbutton', 'menuitem', 'treeitem']);
/** What browse mode lists: headings, landmarks, named regions, articles, figures, tables. */
const BROWSE = new Set(['heading', 'navigation', 'region', 'search', 'form', 'complementary', 'banner', 'contentinfo', 'main', 'article', 'figure', 'table']);

let page;
let client;

const propertiesOf = (node) => Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value.value]));

async function axTree() {
  const { nodes } = await client.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  return { nodes, byId };
}

/**
 * The backend DOM node id of the element `expression` finds in the page, evaluated in this CDP
 * session (a puppeteer handle belongs to another session).
 */
async function backendId(expression) {
  const { result } = await client.send('Runtime.evaluate', { expression });
  if (!result.objectId) return undefined;
  const { node } = await client.send('DOM.describeNode', { objectId: result.objectId });
  await client.send('Runtime.releaseObject', { objectId: result.objectId });
  return node.backendNodeId;
}

/** The element with the focus, through shadow roots. */
const DEEP_ACTIVE = `(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
})()`;

/** The non-ignored ancestors of `node`, outermost first. */
function ancestors(tree, node) {
  const out = [];
  for (let current = tree.byId.get(node.parentId); current; current = tree.byId.get(current.parentId)) {
    if (!current.ignored) out.unshift(current);
  }
  return out;
}

/** Text under a node, as its StaticText children give it. */
function textUnder(tree, node) {
  if (node.ignored && !node.childIds) return '';
  if (node.role?.value === 'StaticText') return node.name?.value ?? '';
  return (node.childIds ?? []).map((id) => textUnder(tree, tree.byId.get(id))).join(' ');
}

const clean = (text) => text.replace(/\s+/g, ' ').trim();

/** `role "name"`, with a heading's level and a list's item count. */
function label(tree, node) {
  const role = node.role?.value ?? 'unknown';
  const properties = propertiesOf(node);
  const name = clean(node.name?.value ?? '');
  let text = role === 'heading' ? `heading ${properties.level}` : role;
  if (name) text += ` "${name}"`;
  const description = clean(node.description?.value ?? '');
  if (description) text += ` (described as "${description}")`;
  if (role === 'list') {
    const items = (node.childIds ?? []).map((id) => tree.byId.get(id)).filter((child) => child?.role?.value === 'listitem').length;
    text += `, ${items} items`;
  }
  return text;
}

/** What a screen reader says for the focused node: role, name, value, states, position. */
function announce(tree, node, position) {
  const properties = propertiesOf(node);
  const role = node.role?.value;
  const parts = [label(tree, node)];
  if (!node.name?.value && !['RootWebArea', 'generic'].includes(role)) parts[0] += ' (no name)';
  const value = node.value?.value;
  if (value !== undefined && value !== '' && ['combobox', 'searchbox', 'textbox', 'slider', 'spinbutton'].includes(role)) parts.push(`value "${value}"`);
  if (properties.expanded !== undefined) parts.push(properties.expanded ? 'expanded' : 'collapsed');
  if (properties.pressed !== undefined) parts.push({ true: 'pressed', false: 'not pressed', mixed: 'half pressed' }[properties.pressed]);
  if (properties.checked !== undefined) parts.push({ true: 'checked', false: 'not checked', mixed: 'half checked' }[properties.checked]);
  if (properties.selected !== undefined) parts.push(properties.selected ? 'selected' : 'not selected');
  if (properties.disabled) parts.push('unavailable');
  if (properties.invalid === 'true') parts.push('invalid');
  if (position) parts.push(position);
  return parts.join(', ');
}

/** The text of each live region in the page, by its root's DOM node. */
function liveRegions(tree) {
  const out = new Map();
  for (const node of tree.nodes) {
    const live = propertiesOf(node).live;
    if (!live || live === 'off') continue;
    const parent = tree.byId.get(node.parentId);
    if (parent && propertiesOf(parent).live) continue; // only the region's root
    out.set(node.backendDOMNodeId, clean(textUnder(tree, node)));
  }
  return out;
}

/** The focused node, found by the element that has the focus (through shadow roots). */
async function focusState() {
  const tree = await axTree();
  const id = await backendId(DEEP_ACTIVE);
  const focused = tree.nodes.find((node) => node.backendDOMNodeId === id && !node.ignored);
  // Read from the DOM: the position in a set (Chromium's protocol does not give aria-posinset and
  // aria-setsize) and the text shown on the control (for WCAG 2.5.3, label in name).
  const { result } = await client.send('Runtime.evaluate', {
    expression: `(() => {
      const active = ${DEEP_ACTIVE};
      return [active?.getAttribute('aria-posinset'), active?.getAttribute('aria-setsize'), active?.innerText ?? active?.textContent ?? ''];
    })()`,
    returnByValue: true,
  });
  const [position, size, shown] = result.value;
  return { tree, focused, position: position && size ? `${position} of ${size}` : undefined, shown: clean(shown) };
}

/** A control's kind: its role, and for a button whether it discloses or toggles. */
function controlKind(node) {
  const properties = propertiesOf(node);
  const role = node.role?.value;
  if (role === 'button' && properties.expanded !== undefined) return 'disclosure button';
  if (role === 'button' && properties.pressed !== undefined) return 'toggle button';
  return role;
}

/**
 * The browse-mode reading of the element under test (headings, landmarks, named regions, tables),
 * and the kinds of control in it.
 */
async function reading() {
  const tree = await axTree();
  const host = await backendId(`document.querySelector('#stage > *')`);
  const start = tree.nodes.find((node) => node.backendDOMNodeId === host);
  const lines = [];
  const kinds = new Set();
  const walk = (node) => {
    if (!node) return;
    const role = node.role?.value;
    if (!node.ignored && BROWSE.has(role) && (role !== 'region' || node.name?.value)) lines.push(label(tree, node));
    if (!node.ignored && CONTROLS.has(role) && propertiesOf(node).focusable) kinds.add(controlKind(node));
    // (A drop-down's options are the drop-down's, not controls of their own.)
    if (role !== 'combobox') for (const id of node.childIds ?? []) walk(tree.byId.get(id));
  };
  walk(start);
  return { lines, kinds };
}

async function press(keys) {
  const combo = keys.split('+');
  for (const key of combo.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(combo.at(-1) === 'Space' ? ' ' : combo.at(-1));
  for (const key of combo.slice(0, -1).reverse()) await page.keyboard.up(key);
}

/** Run in the page: every table region in the elements is a tab stop exactly while it scrolls. */
function tableRegionsAgree() {
  const regions = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      if (element.matches('.table-region')) regions.push(element);
    }
  };
  walk(document);
  const scrolls = (region) => region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight;
  return regions.every((region) => (region.getAttribute('tabindex') === '0') === scrolls(region));
}

/** Performs one step; resolves when the elements have settled. */
async function perform(keys) {
  const repeated = /^(.+) ×(\d+)$/.exec(keys);
  if (repeated) {
    for (let count = 0; count < Number(repeated[2]); count += 1) await press(repeated[1]);
  } else if (keys.startsWith('type:')) {
    await page.keyboard.type(keys.slice('type:'.length));
  } else if (keys.startsWith('width:')) {
    await page.setViewport({ width: Number(keys.slice('width:'.length)), height: 640 });
    // A table region becomes a tab stop once it has measured that it scrolls (after a layout).
    await page.waitForFunction(tableRegionsAgree, { polling: 50, timeout: 15000 });
  } else {
    await press(keys);
  }
  await page.evaluate(() => window.__a11y.settle());
}

/** What is announced after a step: the focus (with the containers entered) and what live regions say. */
async function heard(previous, liveBefore) {
  const { tree, focused, position, shown } = await focusState();
  if (!focused) return { lines: ['nothing focused'], path: [], live: liveRegions(tree) };
  const path = ancestors(tree, focused);
  const entered = path.filter(
    (node) => CONTAINERS.has(node.role?.value) && !previous.includes(node.backendDOMNodeId) && (node.role.value !== 'group' || node.name?.value),
  );
  const lines = [[...entered.map((node) => label(tree, node)), announce(tree, focused, position)].join(' > ')];
  const live = liveRegions(tree);
  // (At the start there is no before: what a live region says as the page loads is not announced.)
  for (const [id, text] of live) if (liveBefore && text && text !== liveBefore.get(id)) lines.push(`live: "${text}"`);
  return {
    lines,
    path: path.map((node) => node.backendDOMNodeId),
    live,
    kind: controlKind(focused),
    role: focused.role?.value,
    name: clean(focused.name?.value ?? ''),
    shown,
  };
}

/**
 * Waits (up to 5 s) for what is heard to match the expectation: the action plan's search filters a
 * moment after typing stops. Resolves to what was heard last, for the assertion.
 */
async function hearUntil(expected, previous, liveBefore) {
  let result = await heard(previous, liveBefore);
  for (let tries = 0; tries < 50 && JSON.stringify(result.lines) !== JSON.stringify(expected); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.evaluate(() => window.__a11y.settle());
    result = await heard(previous, liveBefore);
  }
  return result;
}

describe('keyboard and screen-reader walk-throughs (Chromium accessibility tree)', () => {
  before(async () => {
    page = await openAccessibilityPage(session.browser, session.url);
    client = await page.createCDPSession();
    await client.send('Accessibility.enable');
  });

  for (const walk of WALKS) {
    it(walk.name, async () => {
      const errors = [];
      const collect = (error) => errors.push(error.message);
      page.on('pageerror', collect);
      try {
        await page.setViewport(WIDE);
        const state = await page.evaluate((html) => window.__a11y.mount(html, 'neutral'), walk.html);
        assert.deepEqual(state.errors, [], 'the feed loads');
        const { lines: browse, kinds } = await reading();
        assert.deepEqual(browse, walk.reading, 'browse mode: headings, landmarks, regions and tables in order');

        await page.focus('#before');
        const start = await heard([]);
        assert.deepEqual(start.lines, [BEFORE], 'the walk starts on the control before the element');
        let { path, live } = start;
        const met = new Set();
        for (const [index, [keys, ...expected]] of walk.steps.entries()) {
          await perform(keys);
          const result = await hearUntil(expected, path, live);
          assert.deepEqual(result.lines, expected, `step ${index + 1}: ${keys}`);
          ({ path, live } = result);
          met.add(result.kind);
          // WCAG 2.5.3: a control's name contains the words shown on it (a form field's label is its name already).
          // Words, as speech input speaks them: a comma the name adds where the control breaks its lines
          // (a progress bar's title, then its counts) is a pause, not another word.
          if (CONTROLS.has(result.role) && !['combobox', 'searchbox'].includes(result.role) && result.shown) {
            const words = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
            const inName = words(result.name).includes(words(result.shown));
            assert.ok(inName, `step ${index + 1}: the name "${result.name}" includes the label shown, "${result.shown}"`);
          }
        }
        const unmet = [...kinds].filter((kind) => !met.has(kind));
        assert.deepEqual(unmet, [], 'the walk uses every kind of control the element has');
        assert.deepEqual(errors, [], 'no errors in the page');
      } finally {
        page.off('pageerror', collect);
      }
    });
  }
});
