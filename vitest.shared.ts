import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Test settings shared by every project: real infrastructure from one global setup, path
 * aliases, and a JSON report per project that `npm test` sums into its closing line.
 */
export function projectTestConfig(name: string, overrides: ViteUserConfig['test'] = {}): ViteUserConfig {
  return defineConfig({
    // Vite resolves the tsconfig `paths` aliases (@asn/*) itself.
    resolve: { tsconfigPaths: true },
    test: {
      name,
      globalSetup: [`${root}libs/testing/src/global-setup.ts`],
      environment: 'node',
      pool: 'forks',
      testTimeout: 60_000,
      hookTimeout: 120_000,
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: `${root}tmp/test-results/${name}.json` }]],
      ...overrides,
    },
  });
}
