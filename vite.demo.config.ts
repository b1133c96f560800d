import { defineConfig } from 'vite';

// `npm start`: serves the demo pages (demo/) and the built bundle (dist/) from the project root.
export default defineConfig({
  root: '.',
  server: { open: process.env.CI ? false : '/demo/', port: 5173 },
  preview: { open: process.env.CI ? false : '/demo/', port: 5173 },
});
