import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // No React plugin: esbuild compiles TSX (also @kizuki/core's TypeScript, reached through the workspace symlink).
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `vite` dev server in front of a running `kizuki serve`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
