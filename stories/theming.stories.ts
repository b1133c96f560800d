import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { contrastRatio } from '../src/styles/contrast.js';
import { feedUrl } from './kit.js';

interface Tokens {
  text: string;
  muted: string;
  surface: string;
  border: string;
  accent: string;
  accentText: string;
  focus: string;
  chart1: string;
  chart2: string;
  chart3: string;
  chart4: string;
  chart5: string;
  chart6: string;
  chartText: string;
  link: string;
  error: string;
  delivered: string;
  atRisk: string;
}

/** Each pair a designer must keep readable, with the ratio WCAG 2.2 AA asks of it. */
const CHECKS: Array<[string, keyof Tokens, keyof Tokens, number]> = [
  ['Text on the surface', 'text', 'surface', 4.5],
  ['Muted text on the surface', 'muted', 'surface', 4.5],
  ['Number badges: text on the accent', 'accentText', 'accent', 4.5],
  ['Links (accent) on the surface', 'accent', 'surface', 4.5],
  ['Borders and controls on the surface', 'border', 'surface', 3],
  ['Focus ring on the surface', 'focus', 'surface', 3],
  ['Chart colour 1 on the surface', 'chart1', 'surface', 3],
  ['Chart colour 2 on the surface', 'chart2', 'surface', 3],
  ['Chart colour 3 on the surface', 'chart3', 'surface', 3],
  ['Chart labels on chart colour 1', 'chartText', 'chart1', 4.5],
  ['Chart labels on chart colour 2', 'chartText', 'chart2', 4.5],
  ['Chart labels on chart colour 3', 'chartText', 'chart3', 4.5],
  ['Chart labels on chart colour 4', 'chartText', 'chart4', 4.5],
  ['Chart labels on chart colour 5', 'chartText', 'chart5', 4.5],
  ['Chart labels on chart colour 6', 'chartText', 'chart6', 4.5],
  ['Chart colour 4 on the surface', 'chart4', 'surface', 3],
  ['Chart colour 5 on the surface', 'chart5', 'surface', 3],
  ['Chart colour 6 on the surface', 'chart6', 'surface', 3],
  ['Links on the surface', 'link', 'surface', 4.5],
  ['Error messages (border) on the surface', 'error', 'surface', 3],
  ['Status "delivered" on the surface', 'delivered', 'surface', 3],
  ['Status "at risk" on the surface', 'atRisk', 'surface', 3],
];

function report(tokens: Tokens) {
  return html`<table class="contrast-report">
    <caption>
      Contrast of the tokens you chose
    </caption>
    <thead>
      <tr>
        <th scope="col">Pair</th>
        <th scope="col">Ratio</th>
        <th scope="col">Needs</th>
        <th scope="col">Result</th>
      </tr>
    </thead>
    <tbody>
      ${CHECKS.map(([label, a, b, needed]) => {
        const ratio = contrastRatio(tokens[a], tokens[b]);
        const ok = ratio !== undefined && ratio >= needed;
        return html`<tr>
          <th scope="row">${label}</th>
          <td>${ratio === undefined ? 'unknown colour' : `${ratio.toFixed(2)}:1`}</td>
          <td>${needed}:1</td>
          <td><strong>${ok ? 'Passes' : 'Fails: choose a stronger colour'}</strong></td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

const meta: Meta<Tokens> = {
  title: 'Theming/Design tokens',
  argTypes: Object.fromEntries(
    ['text', 'muted', 'surface', 'border', 'accent', 'accentText', 'focus', 'chart1', 'chart2', 'chart3', 'chart4', 'chart5', 'chart6', 'chartText', 'link', 'error', 'delivered', 'atRisk'].map((name) => [name, { control: 'color' }]),
  ),
  args: {
    text: '#0b0c0c',
    muted: '#505a5f',
    surface: '#ffffff',
    border: '#6f777b',
    accent: '#1d70b8',
    accentText: '#ffffff',
    focus: '#0b0c0c',
    chart1: '#1d70b8',
    chart2: '#00703c',
    chart3: '#4c2c92',
    chart4: '#b3261e',
    chart5: '#003078',
    chart6: '#6f3d00',
    chartText: '#ffffff',
    link: '#1d70b8',
    error: '#b10e1e',
    delivered: '#00703c',
    atRisk: '#b3261e',
  },
  render: (tokens) => {
    const style = {
      '--pcp-color-text': tokens.text,
      '--pcp-color-text-muted': tokens.muted,
      '--pcp-color-surface': tokens.surface,
      '--pcp-color-border': tokens.border,
      '--pcp-color-accent': tokens.accent,
      '--pcp-color-accent-text': tokens.accentText,
      '--pcp-color-focus': tokens.focus,
      '--pcp-chart-1': tokens.chart1,
      '--pcp-chart-2': tokens.chart2,
      '--pcp-chart-3': tokens.chart3,
      '--pcp-chart-4': tokens.chart4,
      '--pcp-chart-5': tokens.chart5,
      '--pcp-chart-6': tokens.chart6,
      '--pcp-chart-text': tokens.chartText,
      '--pcp-color-link': tokens.link,
      '--pcp-color-error': tokens.error,
      '--pcp-status-delivered': tokens.delivered,
      '--pcp-status-at-risk': tokens.atRisk,
      background: tokens.surface,
      color: tokens.text,
      padding: '1rem',
    };
    return html`<div style=${styleMap(style)}>
      ${report(tokens)}
      <pcp-plan src=${feedUrl('cambridgeshire-peterborough-2021-2024')}>
        <pcp-priority-wheel detail="none"></pcp-priority-wheel>
        <pcp-objectives layout="grid" heading-level="3"></pcp-objectives>
      </pcp-plan>
    </div>`;
  },
};
export default meta;

/** Change the tokens in the controls: the elements follow, and the table says which pairs fail. */
export const LiveTokens: StoryObj<Tokens> = {};

/** A low-contrast choice, to see the warnings. */
export const FailingChoice: StoryObj<Tokens> = {
  args: { muted: '#a0a0a0', accent: '#5aa0e0', border: '#dddddd' },
  parameters: { a11y: { test: 'off' } },
};
