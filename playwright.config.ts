import { defineConfig } from '@playwright/test';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.E2E_PORT ?? 4173);

/** Browser tests run Debian's Chromium against the built site, served the way GitHub Pages serves it. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['./tests/e2e/summaryReporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    // The service worker would answer from its cache where tests route the dataset; one test turns it on.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `tsx scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
  },
});
