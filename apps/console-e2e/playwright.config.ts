import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');

/**
 * The console's browser tests: Playwright's runner driving Debian's Chromium (Playwright's own
 * download cannot work on these machines; `npm test` installs the package when it is missing)
 * against a whole platform booted by the global setup, on a desktop and on a 360 px phone.
 */
export default defineConfig({
  testDir: './tests',
  globalSetup: './src/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: join(root, 'tmp', 'console-e2e'),
  reporter: [['list'], ['json', { outputFile: join(root, 'tmp', 'test-results', 'console-e2e.json') }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these Chromium reaches out to Google's hosts at start, which this network refuses.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // The flows run on a desktop; every page is also visited on a 360 px phone (screens.spec.ts):
  // axe and a screenshot there too, without playing each flow twice.
  // Last, once both are done, a service is stopped to see the console degrade (degraded.spec.ts).
  // First of all, the demo the setup loaded is checked as `npm start` leaves it, before any flow writes.
  projects: [
    { name: 'demo', testMatch: /demo\.spec\.ts/ },
    { name: 'desktop', testIgnore: /(demo|screens|degraded)\.spec\.ts/, dependencies: ['demo'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 860 } } },
    { name: 'phone', testMatch: /screens\.spec\.ts/, dependencies: ['demo'], use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } } },
    { name: 'degraded', testMatch: /degraded\.spec\.ts/, dependencies: ['desktop', 'phone'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 860 } } },
  ],
});
