/**
 * The feed format version this library writes. It reads 2.x, and 1.x feeds, which it upgrades as
 * `pcp migrate` does (see src/loader/migrate.ts). Minor versions only add optional fields.
 *
 * A module of its own, importing nothing: migrate.ts needs it, and the elements load that module only
 * for a format-1 feed, so it must not share the schema's chunk.
 */
export const SCHEMA_VERSION = '2.0';
