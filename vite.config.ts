import { defineConfig } from 'vite';

// `vite build` emits dist/pcp-elements.js: one ES module registering every element (the CDN file).
// Dependencies are bundled in, so a CMS page needs only that one file.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/pcp-elements.ts',
      formats: ['es'],
      fileName: () => 'pcp-elements.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
