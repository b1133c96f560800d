import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PART_TAGS } from '../src/elements.js';

/** Every element in the same two states, so designers see them side by side. */
const meta: Meta = { title: 'States/Every element' };
export default meta;

/** Every element that shows part of a plan, from the registry (src/elements.ts). */
const TAGS = PART_TAGS;

/** A plan with only what the format requires: each element says what the plan does not have. */
const EMPTY_PLAN = {
  schemaVersion: '1.0',
  id: 'empty-example',
  title: 'A plan with only the required parts',
  area: 'Exampleshire',
  publisher: { name: 'Exampleshire Police and Crime Commissioner', kind: 'police-and-crime-commissioner' },
  period: { start: '2025', end: '2029' },
  status: 'published',
  objectives: [],
};

export const Empty: StoryObj = {
  render: () => html`${TAGS.map((tag) => {
    const element = document.createElement(tag) as HTMLElement & { plan: unknown };
    element.plan = EMPTY_PLAN;
    return html`<h2>&lt;${tag}&gt;</h2>
      ${element}`;
  })}`,
};

/** A feed that cannot be found: each element's message, and its fallback link kept. */
export const LoadError: StoryObj = {
  tags: ['error-state'],
  render: () => html`${TAGS.map((tag) => {
    const element = document.createElement(tag);
    element.setAttribute('src', 'feeds/no-such-plan.json');
    element.innerHTML = '<a href="#">Read the plan (PDF)</a>';
    return html`<h2>&lt;${tag}&gt;</h2>
      ${element}`;
  })}`,
};
