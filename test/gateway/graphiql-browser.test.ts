import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingBinaries } from '../support/components.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const skipReason = missingBinaries('chromium');

describe.skipIf(!!skipReason)('GraphiQL in a real browser', () => {
  let gw: TestGateway;
  let browser: Browser;

  beforeAll(async () => {
    gw = await startTestGateway({});
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      // No network here: keep Chromium from calling home (DESIGN §7, the machine notes).
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  describe('GET /graphql', () => {
    it('loads GraphiQL from the gateway itself and runs the preloaded Providers operation', async () => {
      const page = await browser.newPage();
      const external: string[] = [];
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:') external.push(req.url());
      });
      await page.goto(gw.url, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"providers"'), undefined, { timeout: 20_000 });
      const result = await page.textContent('.result-window');
      expect(result).toContain('DOCKER');
      expect(external).toEqual([]);
    }, 60_000);
  });
});
