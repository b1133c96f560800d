/**
 * Upgrades a feed in format 1.x to format 2 (SCHEMA_VERSION): the few fields format 2 renamed. The
 * validator runs it on every 1.x feed before checking it, so old feeds keep working and render the
 * same text; `pcp migrate old.json > new.json` writes the result out. Array order is kept, so a
 * JSON path in a message points at the same place in the old file.
 */
import { SCHEMA_VERSION } from '../schema/version.js';

/** What `migrateFeed` changed, each with the JSON path in the old feed. */
export interface MigrationChange {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a feed that says it is in format 1 ("1.0", "1.2"). */
export function isFormat1(feed: unknown): feed is Json {
  return isObject(feed) && typeof feed['schemaVersion'] === 'string' && /^1\.\d+$/.test(feed['schemaVersion']);
}

/**
 * The feed in format 2, and what changed. A feed not in format 1 comes back as it is. The input is
 * never modified.
 */
export function migrateFeed(feed: unknown): { feed: unknown; changes: MigrationChange[] } {
  if (!isFormat1(feed)) return { feed, changes: [] };
  const changes: MigrationChange[] = [{ path: '/schemaVersion', message: `"${String(feed['schemaVersion'])}" becomes "${SCHEMA_VERSION}"` }];
  // Keys keep their order (schemaVersion stays where it was), so a migrated file diffs cleanly.
  const out: Json = {};
  for (const [key, value] of Object.entries(feed)) out[key] = key === 'schemaVersion' ? SCHEMA_VERSION : value;

  // labels.objective / labels.objectives name the top level of the structure: levels[0].
  const labels = out['labels'];
  if (isObject(labels) && ('objective' in labels || 'objectives' in labels)) {
    const { objective, objectives, ...rest } = labels;
    const level: Json = {};
    if (objective !== undefined) level['singular'] = objective;
    if (objectives !== undefined) level['plural'] = objectives;
    if (Object.keys(rest).length) out['labels'] = rest;
    else delete out['labels'];
    if (!('levels' in out)) out['levels'] = [level];
    changes.push({ path: '/labels', message: 'the words for objectives ("objective", "objectives") move to levels[0] ("singular", "plural")' });
  }

  // measures[].direction ("up"/"down") becomes better ("higher"/"lower").
  const measures = out['measures'];
  if (Array.isArray(measures)) {
    out['measures'] = measures.map((measure: unknown, index) => {
      if (!isObject(measure) || !('direction' in measure)) return measure;
      const { direction, ...rest } = measure;
      const better = direction === 'up' ? 'higher' : direction === 'down' ? 'lower' : direction;
      changes.push({ path: `/measures/${index}/direction`, message: `becomes "better": "${String(better)}"` });
      // Insert `better` where `direction` was, so the file reads in the same order.
      return Object.fromEntries(Object.entries(measure).map(([key, value]) => (key === 'direction' ? ['better', better] : [key, value]))) as typeof rest;
    });
  }
  return { feed: out, changes };
}
