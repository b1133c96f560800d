/**
 * The one error type the loading path produces. Elements show `message` and `issues`; the
 * `pcp-error` event carries the same facts.
 */

/** What went wrong, so elements and scripts can react differently (retry a network error, not a schema error). */
export type PlanErrorKind =
  | 'no-source' // the element has no src, plan or inline JSON, and no <pcp-plan> around it
  | 'network' // the request did not reach a server (offline, refused, blocked by CSP or mixed content)
  | 'cross-origin' // the feed's website (another origin) answered but most likely sends no Access-Control-Allow-Origin for this page
  | 'http' // the server answered with an error status (404, 500...)
  | 'timeout' // no answer in time
  | 'not-json' // the text is not JSON
  | 'schema' // JSON, but not a plan feed: `issues` says where
  | 'render'; // an element failed to render a valid plan (a bug: please report it)

/** One problem at one place in the feed. `path` is a JSON Pointer such as `/objectives/2/actions/0/status`. */
export interface PlanIssue {
  path: string;
  message: string;
}

export interface PlanErrorOptions {
  source?: string | undefined;
  path?: string | undefined;
  issues?: PlanIssue[] | undefined;
  /** How many problems were found, when `issues` lists only the first of them. */
  issueCount?: number | undefined;
  status?: number | undefined;
  cause?: unknown;
}

export class PlanError extends Error {
  override readonly name = 'PlanError';
  readonly kind: PlanErrorKind;
  /** Where the feed came from: its URL, "inline" or "property". */
  readonly source: string | undefined;
  /** JSON Pointer of the first problem, or "" for the whole feed. */
  readonly path: string;
  /** The problems found, each with its path (the first 50 of `issueCount`). */
  readonly issues: PlanIssue[];
  /** How many problems were found in all. */
  readonly issueCount: number;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;

  constructor(kind: PlanErrorKind, message: string, options: PlanErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.source = options.source;
    this.issues = options.issues ?? [];
    this.issueCount = options.issueCount ?? this.issues.length;
    this.path = options.path ?? this.issues[0]?.path ?? '';
    this.status = options.status;
  }

  /** The plain-data form sent in `pcp-error` events. */
  toDetail(): PlanErrorDetail {
    return { kind: this.kind, message: this.message, path: this.path, issues: this.issues, source: this.source, error: this };
  }
}

/** The `detail` of a `pcp-error` event. */
export interface PlanErrorDetail {
  kind: PlanErrorKind;
  message: string;
  path: string;
  issues: PlanIssue[];
  source: string | undefined;
  error: PlanError;
}

/** Wraps anything thrown into a PlanError, so callers handle one type. */
export function toPlanError(error: unknown, kind: PlanErrorKind = 'render', source?: string): PlanError {
  if (error instanceof PlanError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PlanError(kind, message, { source, cause: error });
}
