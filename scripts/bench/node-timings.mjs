// The Node-only figures: parse + validate of each feed (and of large synthetic plans), and the
// priority wheel's layout with label fitting. Uses lib/ (npm run build:lib).
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { FEEDS } from './cases.mjs';
import { scaleToBytes } from './synthetic.mjs';
import { kb } from './table.mjs';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs = 200, warmup = 20) {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchParse() {
  const { planFromText } = await import('../../lib/loader/load-plan.js');
  console.log('\nParse + validate (median of 200 runs, Node):');
  for (const name of FEEDS) {
    const text = await readFile(`demo/feeds/${name}.json`, 'utf8');
    const ms = time(() => planFromText(text));
    console.log(`  ${name.padEnd(40)} ${kb(text.length).padStart(10)}  ${ms.toFixed(3)} ms`);
  }

  // A large plan a body might publish: 12 objectives of 40 actions each, nested one level.
  const cumbria = JSON.parse(await readFile('demo/feeds/cumbria-2021-2025.json', 'utf8'));
  const big = structuredClone(cumbria);
  big.objectives = Array.from({ length: 12 }, (_, index) => ({
    id: `objective-${index + 1}`,
    number: index + 1,
    title: `Objective ${index + 1} with a long title that wraps across several lines on a phone`,
    actions: Array.from({ length: 40 }, (_, a) => ({ text: `Action ${a + 1}`, status: 'in-progress', actions: [{ text: 'Sub-action' }] })),
  }));
  const bigText = JSON.stringify(big);
  console.log(`  ${'synthetic: 12 objectives × 40 actions'.padEnd(40)} ${kb(bigText.length).padStart(10)}  ${time(() => planFromText(bigText), 50).toFixed(3)} ms`);
  // The plan the Chromium bench renders at 100× (every list of Cumbria's repeated).
  const huge = scaleToBytes(cumbria, 100);
  const label = `synthetic: Cumbria ×${huge.factor} (${huge.ratio.toFixed(0)}× bytes)`;
  console.log(`  ${label.padEnd(40)} ${kb(huge.text.length).padStart(10)}  ${time(() => planFromText(huge.text), 7, 2).toFixed(3)} ms`);
}

export async function benchWheelLayout() {
  // The wheel's label fitting (pure geometry; text measured here by an average glyph width, as Node has no canvas).
  const { layoutWheel } = await import('../../lib/priority-wheel/wheel-layout.js');
  const approx = (text, size) => text.length * size * 0.56;
  console.log('\nPriority wheel layout, label fitting included (median, Node):');
  for (const [count, size, rings] of [[5, 576, 1], [12, 576, 1], [12, 280, 1], [7, 576, 2], [30, 576, 1]]) {
    const objectives = Array.from({ length: count }, (_, index) => ({
      id: `o${index}`,
      number: index + 1,
      title: ['Preventing offending and reducing reoffending', 'Victims', 'A visible and effective police presence'][index % 3],
      actions: Array.from({ length: 5 }, (_, a) => ({ text: `Action ${a}` })),
    }));
    const ms = time(() => layoutWheel(objectives, { size, rings, centreText: 'Keeping communities safe', measure: approx }), 20);
    console.log(`  ${String(count).padStart(2)} objectives, ${size}px, ${rings} ring${rings > 1 ? 's' : ' '}`.padEnd(42) + `${ms.toFixed(2)} ms`);
  }
}
