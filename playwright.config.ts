import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.ts';
import { SITE_PORT, SITE_URL, SUBPATH_BASE, SUBPATH_PORT, SUBPATH_URL } from './tests/e2e/servers.ts';

const executablePath = await findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // Only Playwright specs: the node:test files under tests/ are not for this runner.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: SITE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      // The closed machines refuse Chromium's own background connections; keep it quiet.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve.ts --dir dist --base / --port ${SITE_PORT}`,
      url: SITE_URL,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.ts --dir dist-subpath --base ${SUBPATH_BASE} --port ${SUBPATH_PORT}`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
