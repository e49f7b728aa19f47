/** Vite/Vitest `?raw` imports: the file's text. Used by tests to read the shipped packs. */
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
