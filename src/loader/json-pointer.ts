/** Builds an RFC 6901 JSON Pointer ("/objectives/2/title") from path segments. */
export function toJsonPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
