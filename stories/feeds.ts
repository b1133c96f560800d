/** The sample feeds as Storybook serves them (see .storybook/main.ts staticDirs). */
export const FEEDS = {
  'Cumbria 2021-2025': 'feeds/cumbria-2021-2025.json',
  'Cambridgeshire and Peterborough 2021-2024 (draft)': 'feeds/cambridgeshire-peterborough-2021-2024.json',
  'Cambridgeshire 2016 framework': 'feeds/cambridgeshire-2016-framework.json',
  'Cleveland 2020-21 update': 'feeds/cleveland-2020-21-update.json',
  'West Cumbria CSP 2012-13': 'feeds/west-cumbria-csp-2012-13.json',
} as const;

export type FeedName = keyof typeof FEEDS;
