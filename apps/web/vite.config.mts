import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The web app: built into dist/web, which the gateway serves at `/`; `vite` alone proxies the API to :3000. */
export default defineConfig({
  root,
  resolve: {
    alias: {
      '@app/enums': resolve(root, '../../libs/contracts/src/enums.ts'),
      '@app/permissions': resolve(root, '../../libs/contracts/src/auth/permissions/index.ts'),
    },
  },
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // React Query marks its hooks "use client" for server components; in a browser bundle that is moot.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  logLevel: 'warn',
});
