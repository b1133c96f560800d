/**
 * Collapses CSS text: comments go, whitespace runs become one space, and spaces beside `{ } ; , >`
 * go. Colons are left alone (`a :hover` and `a:hover` differ). Used by the build for Lit's `css`
 * templates and by `pcp render --light-dom` for the stylesheet it prints.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
