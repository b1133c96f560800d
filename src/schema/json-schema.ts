/**
 * Turns the valibot schema into the published JSON Schema (draft-07) that feed authors point their
 * editor at. Kept out of the element bundle: only the CLI and the generator import it.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ActionSchema, NamedList, Objective } from './content.js';
import { Figure, FigureObject, PeriodRef } from './figure.js';
import { PlanSchema, SCHEMA_VERSION } from './plan.js';
import { ListItemSchema, SourceRef, Text } from './primitives.js';

export const SCHEMA_ID = 'https://unpkg.com/pcp-elements/schema/plan.schema.json';

export function buildJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(PlanSchema, {
    definitions: { Action: ActionSchema, ListItem: ListItemSchema, Text, Objective, NamedList, Figure, FigureObject, PeriodRef, SourceRef },
    // `v.check` rules (a financial year's second half follows its first) have no JSON Schema form;
    // the runtime validator and the CLI still apply them.
    errorMode: 'ignore',
  }) as Record<string, unknown>;
  return {
    $schema: generated['$schema'],
    $id: SCHEMA_ID,
    title: 'Police and Crime Plan feed',
    description: `A plan feed for pcp-elements, format version ${SCHEMA_VERSION}. Text is plain text, never HTML.`,
    ...generated,
  };
}
