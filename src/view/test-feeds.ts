/**
 * Feeds for Node unit tests of view models: the bundled sample feeds (demo/feeds), validated as an
 * element would validate them, and a small valid plan to build edge cases from. Test-only: nothing
 * in the library imports this module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { validatePlan } from '../loader/validate-plan.js';
import type { PlanFeed } from '../schema/plan.js';

const FEEDS = new URL('../../demo/feeds/', import.meta.url);

/** The names of the bundled sample feeds ("essex-2021-2024"). */
export const feedNames: readonly string[] = readdirSync(FEEDS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

const cache = new Map<string, PlanFeed>();

/** A bundled sample feed, validated (and migrated, for format 1), by name. */
export function sampleFeed(name: string): PlanFeed {
  let feed = cache.get(name);
  if (!feed) {
    feed = validatePlan(JSON.parse(readFileSync(new URL(`${name}.json`, FEEDS), 'utf8')), `${name}.json`);
    cache.set(name, feed);
  }
  return feed;
}

/**
 * A small valid plan with `extra` fields merged over it, validated: the base for edge cases
 * (2 or 12 objectives, three levels, missing parts, Welsh text).
 */
export function makeFeed(extra: Record<string, unknown> = {}): PlanFeed {
  return validatePlan({
    schemaVersion: '2.0',
    id: 'test-plan',
    title: 'Test Police and Crime Plan',
    publisher: { name: 'Test OPCC', kind: 'police-and-crime-commissioner' },
    area: 'Testshire',
    period: { start: '2024-04-01', end: '2028-03-31' },
    status: 'published',
    objectives: [
      { id: 'first', number: 1, title: 'First objective' },
      { id: 'second', number: 2, title: 'Second objective' },
    ],
    ...extra,
  });
}
