// Lets the framework tests import React and Vue by their bare names in the browser, as an app's bundler would:
// - React 19 ships CommonJS only, so `react`, `react/jsx-runtime` (for JSX) and `react-dom/client` are served as
//   ES modules bundled by esbuild, with one shared copy of React (code splitting);
// - `vue` is Vue's full browser build (template compiler included): its default entry is for bundlers and reads
//   `process.env`, which a browser does not have.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const PREFIX = '/__esm__/';
const MODULES = {
  react: 'react.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
  'react-dom/client': 'react-dom-client.js',
};

/**
 * `export const { a, b } = module`: CommonJS has no static exports, so take the names Node sees, in a child process
 * (React's development build touches `console`, which web-test-runner has replaced in this one).
 */
function entrySource(name) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  const names = keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
  return `import module from '${name}';\nexport default module;\nexport const { ${names.join(', ')} } = module;\n`;
}

/** Bundled once per test run, on first request: file name → code. */
let built;
function build() {
  built ??= esbuild
    .build({
      entryPoints: Object.entries(MODULES).map(([name, file]) => ({ in: `entry:${name}`, out: file.slice(0, -3) })),
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: 'out',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' }, // React's development build: its warnings help tests
      plugins: [
        {
          name: 'entries',
          setup(build) {
            build.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path: path.slice(6), namespace: 'entry' }));
            build.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => ({
              contents: entrySource(path),
              resolveDir: process.cwd(),
            }));
          },
        },
      ],
    })
    .then(({ outputFiles }) => new Map(outputFiles.map((file) => [file.path.split('/').pop(), file.text])));
  return built;
}

export function frameworksPlugin() {
  return {
    name: 'frameworks',
    resolveImport({ source }) {
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return source in MODULES ? PREFIX + MODULES[source] : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await build()).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
