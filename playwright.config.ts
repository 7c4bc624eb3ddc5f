// Playwright runs against the production build served by `next start` on a throw-away database
// prepared by scripts/test.ts (E2E_DATABASE_URL, E2E_PORT). Run it through `npm run test:e2e`.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
const cacheRefreshToken = process.env.E2E_CACHE_REFRESH_TOKEN;
if (!databaseUrl || !cacheRefreshToken) {
  throw new Error('Run Playwright through `npm run test:e2e`, which prepares the test database.');
}
// Debian's Chromium on these machines; Playwright's own browser elsewhere (after `npx playwright install`).
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  // Playwright's default is 30 s. On this session's machine (about half as fast as earlier ones) a
  // clean CI run took 19.6 s for the invite-and-sign-in journey and 19.0 s for the tour of every
  // record form at two widths: more than half of 30 s with nothing else running. 60 s keeps every
  // journey under half of its limit there; a journey that needs more says so itself.
  timeout: 60_000,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'npx tsx scripts/serve.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.E2E_AUTH_SECRET ?? 'e2e-only-secret-0123456789abcdefghijklmnop',
      CACHE_REFRESH_TOKEN: cacheRefreshToken,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
