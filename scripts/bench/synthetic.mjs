// A synthetic plan `factor` times the size of a real one: every list in it (objectives with their
// actions, forewords, sections, budget lines, grants, monitoring and national-priority items…)
// repeated `factor` times with unique ids, so each element has `factor` times as much to show.
const LISTS = ['people', 'forewords', 'introduction', 'objectives', 'measures', 'fundingShares', 'scenarios', 'keyFigures', 'grants', 'partners', 'sections', 'links', 'notes'];

function repeat(list, factor, rename) {
  return Array.from({ length: factor }, (_, copy) => list.map((item, index) => rename(structuredClone(item), copy, index))).flat();
}

const withId = (item, copy) => {
  if (copy > 0 && item && typeof item === 'object' && typeof item.id === 'string') item.id = `${item.id}-${copy + 1}`;
  return item;
};

export function scalePlan(plan, factor) {
  const big = structuredClone(plan);
  for (const key of LISTS) {
    if (Array.isArray(plan[key])) big[key] = repeat(plan[key], factor, withId);
  }
  big.objectives = big.objectives.map((objective, index) => ({ ...objective, number: index + 1 }));
  for (const key of ['monitoring', 'nationalPriorities']) {
    if (Array.isArray(plan[key]?.items)) big[key].items = repeat(plan[key].items, factor, withId);
  }
  for (const budget of big.budgets ?? []) {
    budget.lines = repeat(budget.lines, factor, withId);
    // The stated totals still hold: every line is there `factor` times.
    for (const period of Object.keys(budget.statedTotals ?? {})) budget.statedTotals[period] *= factor;
  }
  return big;
}

/** The plan scaled so its JSON is about `ratio` times the bytes of the original; returns { plan, text, factor }. */
export function scaleToBytes(plan, ratio) {
  const bytes = (value) => Buffer.byteLength(JSON.stringify(value));
  const base = bytes(plan);
  const at100 = bytes(scalePlan(plan, 100)) / base;
  // Bytes grow linearly with the factor: solve for the factor that gives `ratio`.
  const factor = Math.max(1, Math.round(1 + ((ratio - 1) * 99) / (at100 - 1)));
  const big = scalePlan(plan, factor);
  const text = JSON.stringify(big);
  return { plan: big, text, factor, ratio: Buffer.byteLength(text) / base };
}
