// The goals of issue 10, each with the figures that decide it. Printed, never enforced.
import { table } from './table.mjs';

const ratioOf = (result) => result.ratio;

function worst(results) {
  return results.reduce((most, result) => (ratioOf(result) > ratioOf(most) ? result : most));
}

export function benchSummary({ render, requests, shift }) {
  const { summary: real, big, bytesRatio } = render;
  const pages = real.filter((result) => result.page);
  const bigPage = big.find((result) => result.page);
  const within = (results) => `${results.filter((result) => ratioOf(result) <= 2).length} of ${results.length}`;
  const worstReal = worst(real);
  const worstBig = worst(big);
  const cumbria = real.filter((result) => result.feed === 'cumbria-2021-2025');
  const growth = big
    .map((large) => {
      const one = cumbria.find((result) => result.label === large.label);
      return one && { label: large.label, factor: large.elementMs / one.elementMs, floor: large.floorMs / one.floorMs };
    })
    .filter(Boolean);
  // Linear: time grows no more than the bytes do, or no more than the browser's own time for the
  // same content as static HTML (layout of some content, a CSS grid of cards, grows faster by itself).
  const superLinear = growth.filter((entry) => entry.factor > bytesRatio * 1.25 && entry.factor > entry.floor * 1.25);
  const feedShift = Math.max(...shift.map((entry) => entry.plain.after));
  const reservedShift = Math.max(...shift.map((entry) => entry.host.before + entry.host.after));
  const fmt = (value) => `${value.toFixed(2)}×`;

  console.log('\nGoals (issue 10)');
  console.log(
    table(
      ['goal', 'figures', 'met?'],
      [
        ['whole plan page ≤ 2× static, real feeds', pages.map((result) => fmt(ratioOf(result))).join(' '), pages.every((result) => ratioOf(result) <= 2) ? 'yes' : 'no'],
        ['whole plan page ≤ 2× static, 100×', fmt(ratioOf(bigPage)), ratioOf(bigPage) <= 2 ? 'yes' : 'no'],
        ['every element ≤ 2× static, real feeds', `${within(real)} cases; worst ${worstReal.label} on ${worstReal.feed} ${fmt(ratioOf(worstReal))}`, ratioOf(worstReal) <= 2 ? 'yes' : 'no'],
        ['every element ≤ 2× static, 100×', `${within(big)} cases; worst ${worstBig.label} ${fmt(ratioOf(worstBig))}`, ratioOf(worstBig) <= 2 ? 'yes' : 'no'],
        [
          'growth linear (≤1.25× bytes growth or static growth)',
          `bytes ×${bytesRatio.toFixed(0)}; time ×${Math.min(...growth.map((entry) => entry.factor)).toFixed(0)}–×${Math.max(...growth.map((entry) => entry.factor)).toFixed(0)}` +
            (superLinear.length ? `; over: ${superLinear.map((entry) => `${entry.label} ×${entry.factor.toFixed(0)} (static ×${entry.floor.toFixed(0)})`).join(', ')}` : ''),
          superLinear.length ? 'no' : 'yes',
        ],
        ['one request for ten elements on one URL', `${requests.requests} request(s), ${requests.shown}/10 rendered`, requests.requests === 1 ? 'yes' : 'no'],
        ['no layout shift when the feed arrives', `CLS up to ${feedShift.toFixed(4)} with nothing reserved`, feedShift === 0 ? 'yes' : 'no'],
        ['… with the space reserved (host min-height)', `CLS up to ${reservedShift.toFixed(4)}`, reservedShift === 0 ? 'yes' : 'no'],
      ],
    ),
  );
}
