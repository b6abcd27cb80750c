import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console: a single-page app built into dist/, served by the gateway under `/` (API under /v1).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { tsconfigPaths: true },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // exceljs (about 930 kB) is its own chunk, loaded only when someone exports to Excel.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true, reportCompressedSize: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080', '/config.json': 'http://127.0.0.1:8080' } },
});
