// The playground: validates a pasted feed with the library's own validator and previews it in
// every element. Feed text is only ever put into the page as text.
import { findPlanWarnings, planFromText, PlanError } from '../dist/api.js';
// The elements of the preview (dist/api.js is the feed API alone and registers none).
import '../dist/pcp-elements.js';

const form = document.getElementById('playground');
const feed = document.getElementById('feed');
const sample = document.getElementById('sample');
const result = document.getElementById('result');
const preview = document.getElementById('preview');
const template = document.getElementById('preview-template');

function show(kind, title, lines) {
  result.replaceChildren();
  const box = document.createElement('div');
  box.className = `result result--${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const heading = document.createElement('h2');
  heading.textContent = title;
  box.append(heading);
  if (lines.length) {
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    box.append(list);
  }
  result.append(box);
}

function check() {
  try {
    const plan = planFromText(feed.value, 'pasted feed');
    const warnings = findPlanWarnings(plan).map((warning) => `Warning: ${warning.path}: ${warning.message}`);
    show('ok', `The feed is valid: ${plan.title}, ${plan.objectives.length} objectives.`, warnings);
    if (!preview.firstElementChild) preview.append(template.content.cloneNode(true));
    preview.querySelector('pcp-plan').plan = plan;
    preview.hidden = false;
  } catch (error) {
    const problems = error instanceof PlanError && error.issues.length ? error.issues : [{ path: '', message: String(error.message ?? error) }];
    const more = error instanceof PlanError && error.issueCount > problems.length ? [`and ${error.issueCount - problems.length} more`] : [];
    show('error', 'The feed has problems', [...problems.map((issue) => `${issue.path || '(whole feed)'}: ${issue.message}`), ...more]);
    preview.hidden = true;
  }
  result.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});

sample.addEventListener('change', async () => {
  if (!sample.value) return;
  try {
    const response = await fetch(`feeds/${sample.value}.json`);
    if (!response.ok) throw new Error(`the sample could not be loaded (${response.status})`);
    feed.value = await response.text();
    check();
  } catch (error) {
    show('error', 'The sample could not be loaded', [String(error.message ?? error)]);
  }
});
