// IBM's Equal Access rule engine (accessibility-checker-engine, served at /__ace__.js by browser.mjs)
// beside axe-core: its WCAG 2.2 A and AA policy, run in the page, through open shadow roots. Every
// result that is not a pass fails (violations, potential violations, recommendations and the
// "review this by hand" prompts alike), except the few set aside below, each with its reason: the
// engine's own limits, or text the feed gives as the plan printed it. Most are set aside only where
// they are noise; a rule that finds a real barrier elsewhere still runs there.
//
// `scripted` says whether the element script runs on the page (the live elements) or not (what
// `pcp render` prints, as a reader whose script failed meets it). Some findings are noise only in the
// first: the engine cannot see event listeners, so it asks whether a working list box has keyboard
// handlers; without script the same list box would be a real barrier (issue 24), so there it fails.

/**
 * Runs the engine on the page's document (or on the element `within` selects, leaving out the host
 * page around it) and returns what it found, set-aside results left out, as "rule (reason): element
 * path — message" lines. Loads the engine into the page first if needed.
 */
export async function aceFindings(page, { scripted, within }) {
  if (!(await page.evaluate(() => typeof window.ace === 'object'))) await page.addScriptTag({ url: '/__ace__.js' });
  return page.evaluate(checkInPage, scripted, within);
}

/** Run in the page (so the set-aside tests can look at the element each result is about). */
async function checkInPage(scripted, within) {
  const isAriaHeading = (node) => node.getAttribute('role') === 'heading';
  /** The first element matching `selector` under `root`, open shadow roots included. */
  const deepQuery = (root, selector) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
      if (inner) return inner;
    }
    return undefined;
  };
  /**
   * Set aside: rule id → true (everywhere), or a test of the result's element (set aside where it
   * holds). `live` entries apply only while the element script runs.
   */
  const SET_ASIDE = {
    // Prompts for a person to review, raised on every stylesheet: "verify colour is not the only means"
    // and "confirm Windows high contrast mode is supported". The suite checks both: chart marks carry
    // patterns, labels and text besides colour, and every case runs again under forced colours (axe,
    // chart marks, focus indicators).
    style_color_misuse: true,
    style_highcontrast_visible: true,
    // A heuristic: short bold text "may be a heading". It does not see the role of the element it
    // is on, so it reports the ARIA headings the elements use past <h6> (role="heading"
    // aria-level="7"). The other bold short lines are not headings: the plan's strapline under its
    // title, a foreword's signature, a status label (a grant's "Open for applications", a measure's
    // "Amber" rating).
    text_block_heading: (node) =>
      isAriaHeading(node) || node.matches('.strapline, .signature') || Boolean(node.querySelector(':scope > .status, :scope > .tag')),
    // Heuristics on words in feed text, printed as the plan printed it (faithful to the source):
    // quotation marks ("mark it as <q>"), words such as "below", "top", "large", "round" ("may rely on
    // sensory characteristics"), and people's initials ("Mr N J H Cooke": "spaces between letters").
    // The elements' own words that it flags ("move round the wheel" in the wheel's keyboard
    // instructions) name the arrow keys and Enter as well; nothing relies on shape or position alone.
    text_quoted_correctly: true,
    text_sensory_misuse: true,
    text_whitespace_valid: true,
    // The plan document's "Skip the contents" button is off-screen until it has the focus, where it
    // shows; the suite's keyboard walk checks every tab stop is visible with a focus indicator.
    element_tabbable_visible: (node) => node.matches('button.skip'),
    // The engine takes an element as covered when a later element's bounding box contains its box;
    // the box of an inline element that wraps onto the next line (a source note after a link) spans
    // both lines whole. Set aside only where nothing covers the element: at the middle of each of
    // its boxes, the top element is the element itself or inside it.
    element_tabbable_unobscured: (node) => {
      node.scrollIntoView({ block: 'center' });
      return [...node.getClientRects()].every((box) => {
        const top = node.getRootNode().elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top === node || node.contains(top);
      });
    },
    // A table region that scrolls sideways is a tab stop so the keyboard can scroll it (WCAG 2.1.1,
    // 1.4.10): a named region (or group, in the action plan), not a widget. The live element makes it
    // one only while it scrolls (test/scroll-regions.test.ts); a server cannot measure, so without
    // script it always is (a wide table stays reachable on a narrow screen).
    element_tabbable_role_valid: (node) =>
      node.matches('.table-region:is([role="region"], [role="group"])[aria-labelledby]') &&
      (!scripted || node.scrollWidth > node.clientWidth),
    // Page-level: "a way to bypass blocks" passes when the page has an <h1>, but the engine looks for
    // one outside shadow roots only. A page that is the plan document alone has its <h1> in the
    // document's declarative shadow root.
    html_skipnav_exists: () => deepQuery(document, 'h1') !== undefined,
    // The engine does not implement scope="colgroup" (WCAG technique H63; the table declares its
    // <colgroup>s), so it reports a printed table's column-group headers as relating to no cell. Cells
    // under them are still checked.
    table_headers_related: (node) => node.localName === 'th' && node.getAttribute('scope') === 'colgroup' && Boolean(node.closest('table')?.querySelector(':scope > colgroup')),
    // A printed table the plan prints with no header row and one column (a list of contents, the
    // Brighton & Hove strategy's) is printed as it is: a header would be one the plan does not give.
    // A table with two or more columns and no headers still fails.
    table_headers_exists: (node) => !node.querySelector('th') && [...node.rows].every((row) => row.cells.length <= 1),
    // The engine counts a <label for> as a visible label only for <input> and <button>, not for
    // <select>; the action plan's drop-downs have visible <label for>s (axe's label rule checks them).
    input_label_visible: (node) =>
      (node.localName === 'select' && [...node.labels].some((label) => label.checkVisibility())) ||
      // The wheel's outer ring draws each action as a segment too narrow for words; the ring (a list
      // box named "Actions of each objective") is named for screen readers, its segments' words are in
      // the detail panel when chosen and in the table view ("Show as table"), one button away.
      (node.getAttribute('role') === 'listbox' && Boolean(node.closest('svg')) && scripted),
    // Live only. The engine sees only onkeydown attributes, not listeners: it asks whether the wheel's
    // list boxes can be used from the keyboard. The suite uses them (Home, End, arrows, Enter).
    aria_keyboard_handler_exists: 'live',
    // Live only. The action plan's filters apply as the reader chooses and types (the count is
    // announced), with no change of context, so the form has no submit button; Enter does nothing.
    form_submit_button_exists: 'live',
    // Live only, recommendations for the same filters: they are grouped already, in a search form
    // named "Filter the action plan" (a <fieldset> would name them twice), and each drop-down lists
    // the plan's own priorities or agencies, which come in no groups to give <optgroup>s.
    input_fields_grouped: 'live',
    select_options_grouped: 'live',
  };
  const target = within ? document.querySelector(within) : document;
  if (!target) throw new Error(`nothing to check: no ${within} on the page`);
  window.__aceChecker ??= new window.ace.Checker();
  const report = await window.__aceChecker.check(target, ['WCAG_2_2']);
  if (!report.results.length) throw new Error('the engine ran no rule on the page');
  return report.results
    .filter((result) => result.value[1] !== 'PASS')
    .filter((result) => {
      const aside = SET_ASIDE[result.ruleId];
      if (aside === true) return false;
      if (aside === 'live') return !scripted;
      if (typeof aside === 'function') return !(result.node instanceof Element && aside(result.node));
      return true;
    })
    .map((result) => `${result.ruleId} (${result.value.join(' ').toLowerCase()}): ${result.path.dom} ${result.snippet} — ${result.message}`);
}
