import type { Plugin } from 'vite';

/**
 * d3-shape ships one pre-bundled ES module whose curve factories are built by immediately invoked
 * functions (`var bundle = (function custom(beta) {…})(0.85)`). A bundler must assume such calls have
 * side effects, so every curve would ship with `arc` and `pie`. Marking them pure lets tree-shaking drop
 * what the elements never import.
 */
export function d3PureAnnotations(): Plugin {
  return {
    name: 'pcp-d3-pure-annotations',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]d3-[a-z]+[\\/]dist[\\/][^\\/]+\.mjs$/.test(id)) return null;
      return { code: code.replace(/= \(function custom\(/g, '= /*#__PURE__*/(function custom('), map: null };
    },
  };
}
