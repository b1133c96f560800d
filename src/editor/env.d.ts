// Vite imports a file's text with `?raw` (the presets, scoped to the preview in the page).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
