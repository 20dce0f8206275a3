import { defineConfig } from '@playwright/test';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.E2E_PORT ?? 4173);
/** The README's own start command (Vite's dev server), served at the root as `npm start` serves it (port + 1 is packed.spec's). */
const devPort = port + 2;

/**
 * Browser tests run Debian's Chromium against the built site, served the way GitHub Pages serves it, and
 * (dev.spec.ts) against the dev server the README's `npm start` runs.
 */
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
  projects: [
    { name: 'site', testIgnore: /dev\.spec\.ts/ },
    { name: 'dev', testMatch: /dev\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${devPort}/` } },
  ],
  webServer: [
    {
      command: `tsx scripts/serve.ts --port ${port}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
    },
    {
      command: `npm start -- --port ${devPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${devPort}/`,
      env: { BASE_PATH: '/' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
