import { expect } from '@open-wc/testing';
import { clearPlanCache, findPlanWarnings, loadPlanFromUrl, planFromText, validatePlan } from '../src/loader/index.js';
import { PlanError } from '../src/loader/plan-error.js';
import { hits, minimalPlan, uniqueFeedUrl } from './fixtures/plans.js';

async function rejection(promise: Promise<unknown>): Promise<PlanError> {
  try {
    await promise;
  } catch (error) {
    return error as PlanError;
  }
  throw new Error('expected the promise to reject');
}

function thrown(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    return error as PlanError;
  }
  throw new Error('expected a throw');
}

describe('loader: loadPlanFromUrl', () => {
  afterEach(() => clearPlanCache());

  it('loads, parses and validates a feed', async () => {
    const plan = await loadPlanFromUrl(uniqueFeedUrl('cumbria-2021-2025'));
    expect(plan.title).to.equal('Police and Crime Plan 2021-2025');
    expect(plan.objectives).to.have.length(7);
  });

  it('makes one request for ten callers of one URL', async () => {
    const url = uniqueFeedUrl();
    const plans = await Promise.all(Array.from({ length: 10 }, () => loadPlanFromUrl(url)));
    expect(new Set(plans).size).to.equal(1);
    expect(await hits(url)).to.equal(1);
    // A later caller is served from the cache too.
    await loadPlanFromUrl(url);
    expect(await hits(url)).to.equal(1);
  });

  it('treats relative and absolute forms of one URL as one feed', async () => {
    const url = uniqueFeedUrl();
    await Promise.all([loadPlanFromUrl(url), loadPlanFromUrl(new URL(url, location.href).href)]);
    expect(await hits(url)).to.equal(1);
  });

  it('fetches again after clearPlanCache', async () => {
    const url = uniqueFeedUrl();
    await loadPlanFromUrl(url);
    clearPlanCache(url);
    await loadPlanFromUrl(url);
    expect(await hits(url)).to.equal(2);
  });

  it('reports a 404 with the status and URL', async () => {
    const error = await rejection(loadPlanFromUrl('/demo/feeds/does-not-exist.json'));
    expect(error).to.be.instanceOf(PlanError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('404').and.contain('/demo/feeds/does-not-exist.json');
  });

  it('reports a server error (500)', async () => {
    const error = await rejection(loadPlanFromUrl('/__test__/status?code=500'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
  });

  it('reports a network failure', async () => {
    // Port 9 on loopback (discard) refuses connections here.
    const error = await rejection(loadPlanFromUrl('http://127.0.0.1:9/plan.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('could not be fetched');
  });

  it('times out, and a retry makes a new request', async () => {
    const url = `/__test__/slow?ms=2000&t=${Date.now()}`;
    const error = await rejection(loadPlanFromUrl(url, { timeoutMs: 100 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('0.1 seconds');
    await rejection(loadPlanFromUrl(url, { timeoutMs: 100 }));
    expect(await hits(url)).to.equal(2);
  });

  it('aborts the request only when every caller has aborted', async () => {
    const url = `/__test__/slow?ms=300&t=${Date.now()}`;
    const first = new AbortController();
    const second = new AbortController();
    const one = loadPlanFromUrl(url, { signal: first.signal });
    const two = loadPlanFromUrl(url, { signal: second.signal });
    first.abort();
    const firstError = await rejection(one);
    expect((firstError as unknown as DOMException).name).to.equal('AbortError');
    // The second caller still gets its answer ("{}" is not a plan, so a schema error, not an abort).
    const secondError = await rejection(two);
    expect(secondError.kind).to.equal('schema');
  });

  it('rejects an address that is not a URL, without throwing', async () => {
    const promise = loadPlanFromUrl('http://[');
    const error = await rejection(promise);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('"http://[" is not a valid URL');
  });

  it('keeps each caller to its own timeout on a shared request', async () => {
    const url = `/__test__/slow?ms=400&t=${Date.now()}`;
    const [impatient, patient] = await Promise.all([
      rejection(loadPlanFromUrl(url, { timeoutMs: 50 })),
      rejection(loadPlanFromUrl(url, { timeoutMs: 5000 })),
    ]);
    expect(impatient.kind).to.equal('timeout');
    // The patient caller got the answer ("{}", which is not a plan).
    expect(patient.kind).to.equal('schema');
    expect(await hits(url)).to.equal(1);
  });

  it('uses the default timeout for a timeout that is not a positive number', async () => {
    const url = `/__test__/slow?ms=200&t=${Date.now()}`;
    for (const timeoutMs of [Number.NaN, -5, 0]) {
      clearPlanCache();
      expect((await rejection(loadPlanFromUrl(url, { timeoutMs }))).kind, String(timeoutMs)).to.equal('schema');
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(loadPlanFromUrl(uniqueFeedUrl(), { signal: controller.signal }));
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });
});

describe('loader: parsing', () => {
  it('names the line and column of a JSON syntax error', () => {
    const error = thrown(() => planFromText('{\n  "title": "A",\n  "area" "B"\n}', 'inline'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('line 3, column 10: expected ":" after the property name but found a quote (")');
    expect(error.source).to.equal('inline');
  });

  it('points at the end for truncated JSON', () => {
    const error = thrown(() => planFromText('{"title": "A",\n"objectives": [', 'x'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('line 2, column 16: expected a value but found the end of the feed');
  });

  it('explains a trailing comma and single quotes', () => {
    expect(thrown(() => planFromText('{"a": [1, 2,]}')).message).to.contain('line 1, column 13: a trailing comma is not allowed');
    expect(thrown(() => planFromText("{'title': 'A'}")).message).to.contain('line 1, column 2: expected a property name in double quotes');
    expect(thrown(() => planFromText('{"title": "A"} x')).message).to.contain('line 1, column 16: unexpected "x" after the end');
  });

  it('explains an HTML page served instead of a feed', () => {
    const error = thrown(() => planFromText('<!doctype html><title>Not found</title>'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('HTML');
  });

  it('ignores a byte-order mark and counts lines ending in CR or CRLF', () => {
    const text = JSON.stringify(minimalPlan({ title: 'With BOM' }));
    expect(planFromText(`\uFEFF${text}`).title).to.equal('With BOM');
    expect(thrown(() => planFromText('{\r\n"a": 1,\r\n"b": }')).message).to.contain('line 3, column 6');
    expect(thrown(() => planFromText('{\r"a": 1,\r"b": }')).message).to.contain('line 3, column 6');
  });

  it('explains numbers JSON does not allow', () => {
    expect(thrown(() => planFromText('{"a": 01}')).message).to.contain('no leading zeros');
  });

  it('explains an empty feed', () => {
    expect(thrown(() => planFromText('   ')).message).to.contain('empty');
  });
});

describe('loader: validation', () => {
  it('accepts a minimal plan', () => {
    expect(validatePlan(minimalPlan()).title).to.equal('Test Police and Crime Plan');
  });

  it('names the JSON path of a wrong enum value', () => {
    const plan = minimalPlan();
    (plan.objectives[0]!.actions![0] as { status: string }).status = 'done';
    const error = thrown(() => validatePlan(plan));
    expect(error.kind).to.equal('schema');
    expect(error.path).to.equal('/objectives/0/actions/0/status');
    expect(error.issues[0]!.message).to.contain('expected one of "delivered"').and.contain('but got "done"');
    expect(error.message).to.contain('/objectives/0/actions/0/status: expected one of');
  });

  it('reports a missing required field as required', () => {
    const plan = minimalPlan() as Partial<ReturnType<typeof minimalPlan>>;
    delete plan.title;
    const error = thrown(() => validatePlan(plan));
    expect(error.issues).to.deep.include({ path: '/title', message: 'is required' });
  });

  it('lists every problem, each with its path', () => {
    const plan = minimalPlan({ status: 'final' as never, area: 42 as never });
    const error = thrown(() => validatePlan(plan));
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['/status', '/area']);
    expect(error.message).to.contain('and 1 more problem');
  });

  it('rejects javascript: links', () => {
    const plan = minimalPlan({ links: [{ label: 'Click', url: 'javascript:alert(1)' }] });
    const error = thrown(() => validatePlan(plan));
    expect(error.path).to.equal('/links/0/url');
    expect(error.issues[0]!.message).to.contain('http(s), mailto: or tel:');
  });

  it('rejects an unsupported schema version', () => {
    const error = thrown(() => validatePlan(minimalPlan({ schemaVersion: '3.0' })));
    expect(error.path).to.equal('/schemaVersion');
  });

  it('rejects a feed that is not an object', () => {
    expect(thrown(() => validatePlan([])).message).to.contain('got a list');
    expect(thrown(() => validatePlan(null)).kind).to.equal('schema');
  });

  it('rejects duplicate objective ids at the second one', () => {
    const plan = minimalPlan();
    plan.objectives[2]!.id = 'safer-streets';
    const error = thrown(() => validatePlan(plan));
    expect(error.path).to.equal('/objectives/2/id');
    expect(error.message).to.contain('used twice');
  });

  it('accepts a reference to an objective that does not exist, and warns about it', () => {
    // The measure still renders (it is only left out when a reader picks that objective), so it is a warning, not an error.
    const plan = validatePlan(
      minimalPlan({
        measures: [{ id: 'officers', title: 'Officers', better: 'higher', objectiveId: 'nowhere' }],
      }),
    );
    const warnings = findPlanWarnings(plan).filter((warning) => warning.path === '/measures/0/objectiveId');
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.message).to.contain('refers to objective "nowhere", which is not in /objectives');
  });

  it('rejects duplicate budget ids, which would make the whole-plan document show one budget twice', () => {
    const budget = { id: 'b', title: 'B', periods: [{ id: '2021-22' }], lines: [{ id: 'pay', label: 'Pay', kind: 'expenditure' as const, values: { '2021-22': 1 } }] };
    const error = thrown(() => validatePlan(minimalPlan({ budgets: [budget, { ...budget, title: 'Other' }] })));
    expect(error.path).to.equal('/budgets/1/id');
  });

  it('rejects budget values for periods the budget does not list', () => {
    const plan = minimalPlan({
      budgets: [
        {
          id: 'revenue',
          title: 'Budget',
          periods: [{ id: '2024-25' }],
          lines: [{ id: 'pay', label: 'Pay', kind: 'expenditure', values: { '2024-25': 1, '2025-26': 2 } }],
        },
      ],
    });
    expect(thrown(() => validatePlan(plan)).path).to.equal('/budgets/0/lines/0/values/2025-26');
  });

  it('rejects a financial year whose halves do not follow', () => {
    const plan = minimalPlan({
      budgets: [{ id: 'b', title: 'B', periods: [{ id: '2024-26' }], lines: [{ id: 'l', label: 'L', kind: 'income', values: {} }] }],
    });
    expect(thrown(() => validatePlan(plan)).path).to.equal('/budgets/0/periods/0/id');
  });

  it('checks an object again after it was changed', () => {
    const plan = minimalPlan();
    validatePlan(plan);
    (plan as { status: string }).status = 'final';
    expect(thrown(() => validatePlan(plan)).path).to.equal('/status');
  });

  it('reports hostile nesting instead of crashing', () => {
    const plan = minimalPlan();
    let action: { text: string; actions?: unknown[] } = { text: 'deepest' };
    for (let depth = 0; depth < 20000; depth += 1) action = { text: 'level', actions: [action] };
    plan.objectives[0]!.actions = [action as never];
    const error = thrown(() => validatePlan(plan));
    expect(error.kind).to.equal('schema');
    expect(error.message).to.contain('nested too deeply');
  });

  it('caps a flood of problems at 50 listed', () => {
    const plan = minimalPlan({
      objectives: Array.from({ length: 200 }, () => ({ id: 'BAD ID', title: '' })) as never,
    });
    const error = thrown(() => validatePlan(plan));
    expect(error.issues).to.have.length(50);
    expect(error.issueCount).to.be.greaterThan(50);
    expect(error.message).to.match(/and \d+ more problems/);
  });
});
