// Browser tests: every test/**/*.test.ts runs in real Chromium (Debian's, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { minifyHtmlTemplates } from './build/minify-html-templates.mjs';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { frameworksPlugin } from './test/frameworks-plugin.mjs';
import { secondOriginPlugin } from './test/second-origin-plugin.mjs';
import { testServerRoutes } from './test/server-routes.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chrome or Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
}

export default {
  // Browser tests: the shared suites in test/, and each element's own next to it (src/<element>/*.browser.test.ts).
  files: ['test/**/*.test.{ts,tsx}', 'src/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // A file's tests may take this long in all: the hostile-input suite takes about 35 s on a quiet 2-core machine
  // and passed 120 s (the default) on a busy one.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  // es2022 lowers the (experimental) decorators; 'auto' would leave them raw for current Chrome. The React tests are
  // .tsx: esbuild compiles their JSX as tsconfig.json says ("react-jsx", React's automatic runtime).
  plugins: [
    // The templates as the bundles and lib/ have them, so server-rendered HTML hydrates (test/hydration.test.ts).
    htmlTemplatesPlugin(),
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    forcedColorsPlugin(),
    frameworksPlugin(),
    // Another origin serving feeds with and without CORS headers (test/cross-origin.test.ts).
    secondOriginPlugin(),
  ],
  middleware: testServerRoutes,
};

/** Our sources' `html` and `svg` templates without their indentation, as every build has them (build/minify-html-templates.mjs). */
function htmlTemplatesPlugin() {
  return {
    name: 'pcp-minify-html-templates',
    transform(context) {
      if (!/^\/src\/.+\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
      const minified = minifyHtmlTemplates(context.body, context.path);
      return minified === null ? undefined : { body: minified };
    },
  };
}

/** `executeServerCommand('emulate-forced-colors', { active })`: @web/test-runner's emulateMedia lacks forced-colors. */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}
