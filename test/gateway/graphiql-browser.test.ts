import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, validate } from 'graphql';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_TAB, EXAMPLE_TABS } from '../../src/graphiql-examples.js';
import { schema } from '../../src/schema/index.js';
import { missingBinaries } from '../support/components.js';
import { GwPullBusyboxDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const skipReason = missingBinaries('chromium');

/** Headless Chromium with a fresh profile and no calls home (DESIGN §7, the machine notes). */
async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'imagegraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const resultText = (page: Page) => page.evaluate(() => document.querySelector('.result-window')?.textContent ?? '');

/**
 * The result pane is a Monaco editor that renders only the visible, wrapped lines; the test reads
 * what the page received instead: every GraphQL response body (SSE events included), teed as it arrives.
 */
const RECORD_RESPONSES = () => {
  const w = window as unknown as { __bodies: { request: string; text: string }[] };
  w.__bodies = [];
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const res = await original(input, init);
    if (!res.body || typeof init?.body !== 'string') return res;
    const entry = { request: init.body, text: '' };
    w.__bodies.push(entry);
    const [mine, theirs] = res.body.tee();
    void (async () => {
      const reader = mine.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        entry.text += value;
      }
    })();
    return new Response(theirs, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
};

type Body = { data?: Record<string, unknown>; errors?: unknown[] };

/**
 * The first result the page received for the first request, from the `from`-th on, that runs
 * `operation` (by its operationName, or the only operation of its document; not a lookup).
 */
async function resultOf(page: Page, operation: string, from: number): Promise<Body> {
  const handle = await page.waitForFunction(
    ([op, start]) => {
      const bodies = (window as unknown as { __bodies: { request: string; text: string }[] }).__bodies.slice(start);
      const runs = (b: { request: string }) => {
        const { operationName, query } = JSON.parse(b.request) as { operationName?: string; query: string };
        return operationName ? operationName === op : new RegExp(`(query|mutation|subscription) ${op}\\b`).test(query);
      };
      const text = bodies.find(runs)?.text ?? '';
      const event = /^data: ?(.*)$/m.exec(text);
      if (event?.[1]) return event[1];
      return text.trim().startsWith('{') && text.trim().endsWith('}') ? text : null;
    },
    [operation, from] as const,
    { timeout: 30_000 },
  );
  return JSON.parse((await handle.jsonValue()) as string) as never;
}

/** Opens GraphiQL and waits until the schema is loaded (the Docs explorer can list Query). */
async function open(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:' && u.protocol !== 'blob:') problems.push(`external request: ${req.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
  // The sidebar state is kept in the profile: open the Docs explorer unless it already is.
  if (!(await page.locator('.graphiql-doc-explorer').count())) await page.click('[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer-root-type, .graphiql-doc-explorer-error', { timeout: 30_000 });
  return problems;
}

async function selectTab(page: Page, index: number): Promise<void> {
  await page.locator('.graphiql-tab').nth(index).locator('.graphiql-tab-button').click();
  await page.waitForFunction((i) => document.querySelectorAll('.graphiql-tab')[i]?.classList.contains('graphiql-tab-active'), index, { timeout: 5_000 });
}

/**
 * Runs one operation of the active tab (chosen by name from Run's menu when the tab has several) and
 * waits for its first result (a subscription's first event), then stops a stream.
 */
async function runOperation(page: Page, name: string, several: boolean, whileRunning?: () => Promise<unknown>): Promise<Body> {
  const from = await page.evaluate(() => (window as unknown as { __bodies: unknown[] }).__bodies.length);
  // GraphiQL parses a tab's operations after switching to it: Run is a menu once it knows there are several.
  await page.waitForSelector(`.graphiql-execute-button${several ? '' : ':not('}[aria-haspopup="menu"]${several ? '' : ')'}`, { timeout: 5_000 });
  await page.click('.graphiql-execute-button');
  if (several) await page.getByRole('menuitem', { name, exact: true }).click();
  await whileRunning?.();
  const body = await resultOf(page, name, from).catch(async (err: Error) => {
    const sent = await page.evaluate((start) => (window as unknown as { __bodies: { request: string }[] }).__bodies.slice(start).map((b) => b.request.slice(0, 200)), from);
    throw new Error(`${name}: no result (${err.message}); requests sent: ${JSON.stringify(sent)}`);
  });
  // A subscription that is still open: the execute button is now a stop button.
  if (await page.locator('.graphiql-execute-button[aria-label*="Stop"]').count()) await page.click('.graphiql-execute-button');
  return body;
}

/** The named operations of a tab, in document order. */
const operationsOf = (query: string) =>
  parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [{ name: d.name?.value ?? '?', fields: d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])), operation: d.operation }] : []));

/**
 * Operations that cannot run as loaded, and the one typed error each answers as loaded (the tab's
 * comment says why): importImage needs a tarball, a file GraphiQL cannot send or a URL the operator
 * put on IMPORT_URL_ALLOWLIST, and the sandbox has neither.
 */
const EXPECTED_AS_LOADED: Record<string, string> = { ImportImage: 'ValidationError' };

describe('GraphiQL', () => {
  describe('the example tabs', () => {
    it.each(EXAMPLE_TABS.map((t, i) => [i, t.query.match(/(query|mutation|subscription) (\w+)/)?.[2] ?? '?', t] as const))('%i %s validates against the schema', (_i, _name, tab) => {
      expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
      if (tab.variables) expect(() => JSON.parse(tab.variables ?? '')).not.toThrow();
    });

    it('cover every provider and flow of the issue', () => {
      const all = EXAMPLE_TABS.map((t) => t.query).join('\n');
      for (const needle of ['providers', 'images(', 'repositories(', 'namespaces', 'tags(', 'baseImages(', 'registry {', 'operatingSystem {', 'cycle: { sourceId', 'buildLog(', 'pai: {', 'stopImageBuild(', 'pullImage(', 'jobUpdated(', 'imageEvents']) expect(all).toContain(needle);
      // Issue 14's operations and parameters.
      for (const needle of ['pushImage(', 'cancelJob(', 'history {', 'config {', 'createCycleImageSource(', 'updateCycleImageSource(', 'deleteCycleImageSource(', 'useDisk: true', 'override: {', 'updateImage(', 'reimportImage(', 'cycleImages(', 'sort: [', 'containersCount', 'deleteRepositoryTag(', 'tag(name:', 'namespace(name:', 'deleteNamespace(', 'permissions {', 'addPaiImage(', 'publishPaiImage(', 'updateImageLabels(', 'pai: { labels:', 'registryAuths:', 'jobName:', 'providerBuildId', 'createRegistry(', 'issueRegistryCredentials(', 'shared: true', 'packagingType:']) expect(all).toContain(needle);
    });

    it('name each operation once across all tabs (the typed client needs unique names)', () => {
      const names = EXAMPLE_TABS.flatMap((t) => operationsOf(t.query).map((o) => o.name));
      expect(names.length - new Set(names).size, names.join(' ')).toBe(0);
    });

    it('reach every root field of the schema: a new operation cannot be forgotten', () => {
      const used = new Set(EXAMPLE_TABS.flatMap((t) => operationsOf(t.query).flatMap((o) => o.fields.map((f) => `${o.operation}.${f}`))));
      const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
        Object.keys(type?.getFields() ?? {}).map((f) => `${type === schema.getQueryType() ? 'query' : type === schema.getMutationType() ? 'mutation' : 'subscription'}.${f}`),
      );
      expect(roots.filter((r) => !used.has(r))).toEqual([]);
    });
  });
});

describe.skipIf(!!skipReason)('GraphiQL in a real browser', () => {
  let gw: TestGateway;
  let browser: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    // Every provider on its emulator (Docker too: the test's config says there is no local socket).
    gw = await startTestGateway({ GATEWAY_SANDBOX: 'auto' });
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  describe('GET /graphql', () => {
    let page: Page;
    let problems: string[];
    beforeAll(async () => {
      page = await browser.context.newPage();
      problems = await open(page, gw.url);
    }, 60_000);
    // Closed before the next describe: a live page of the same origin writes its tabs to localStorage
    // (debounced), which would land in the next page's freshly cleared storage.
    afterAll(async () => {
      await page?.close();
    });

    it('loads from the gateway itself, with the schema: no error, Docs lists Query.images', async () => {
      expect(await page.locator('.graphiql-doc-explorer-error').count()).toBe(0);
      await page.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
      await page.waitForSelector('.graphiql-doc-explorer-field-name', { timeout: 10_000 });
      const fields = await page.locator('.graphiql-doc-explorer-field-name').allTextContents();
      expect(fields).toContain('images');
      expect(await resultText(page)).toBe('');
      expect(problems).toEqual([]);
    }, 60_000);

    it('offers fields while typing (autocomplete knows the schema)', async () => {
      await selectTab(page, 0);
      await page.click('.graphiql-query-editor .view-lines');
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('{ ');
      await page.keyboard.type('prov');
      await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 10_000 });
      const offered = await page.locator('.suggest-widget.visible .monaco-list-row').allTextContents();
      expect(offered.join(' ')).toContain('providers');
      await page.keyboard.press('Escape');
    }, 60_000);

    it('runs what was just typed when Ctrl+Enter comes at once (before GraphiQL\'s debounce)', async () => {
      await selectTab(page, 0);
      await page.click('.graphiql-query-editor .view-lines');
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('query Mine { providers { provider mode } }');
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction(() => /"(data|errors)"|Cannot infer|Error/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, { timeout: 20_000 });
      const text = await resultText(page);
      expect(text).not.toContain('Cannot infer');
      expect(text).toContain('"mode"');
      expect(text).not.toContain('"healthy"');
    }, 60_000);
  });

  describe('every preloaded tab', () => {
    it('switches on the first click and runs as loaded', async () => {
      const page = await browser.context.newPage();
      // The tabs as preloaded, not as an earlier test left them (GraphiQL keeps tabs in localStorage).
      await page.addInitScript(() => localStorage.clear());
      await page.addInitScript(RECORD_RESPONSES);
      const problems = await open(page, gw.url);
      const outcomes: Record<string, Body> = {};
      const count = await page.locator('.graphiql-tab').count();
      expect(count).toBe(EXAMPLE_TABS.length);
      for (let i = 0; i < count; i++) {
        await selectTab(page, i);
        const operations = operationsOf(EXAMPLE_TABS[i]?.query ?? '');
        for (const { name } of operations) {
          // imageEvents reports changes as they happen: make one (a Docker tag) once it is listening.
          const change = async () => {
            await new Promise((r) => setTimeout(r, 1_000));
            await gw.execute({ document: GwPullBusyboxDocument });
          };
          outcomes[name] = await runOperation(page, name, operations.length > 1, name === 'ImageEvents' ? change : undefined);
        }
      }
      expect(Object.keys(outcomes)).toHaveLength(EXAMPLE_TABS.flatMap((t) => operationsOf(t.query)).length);
      // No GraphQL error, and no typed error inside a result (a failure of the example too) but the one expected.
      const failures = Object.entries(outcomes).flatMap(([name, body]) => {
        const text = JSON.stringify(body);
        const typed = /"__typename":"(\w+Error)"/.exec(text)?.[1];
        return body.errors || !body.data || typed !== EXPECTED_AS_LOADED[name] ? [`${name}: ${text.slice(0, 400)}`] : [];
      });
      expect(failures).toEqual([]);
      // What the flows delete is what they made (the ids came from the page's memory, not a seed).
      const at = (name: string, ...path: string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], outcomes[name]?.data);
      expect(at('DeleteSwrRepository', 'deleteRepository', 'deletedId')).toBe(at('CreateSwrRepository', 'createRepository', 'repository', 'id'));
      expect(at('DeletePaiImage', 'deleteImage', 'deletedId')).toBe(at('AddPaiImage', 'addPaiImage', 'image', 'id'));
      expect(at('DeleteBaseImage', 'deleteBaseImage', 'deletedId')).toBe(at('CreateBaseImage', 'createBaseImage', 'baseImage', 'id'));
      expect(at('DeleteBaseImage', 'deleteBaseImage', 'deletedId')).toBeTruthy();
      const images = outcomes.Images?.data as { images: { edges: { node: { provider: string } }[] } };
      expect(new Set(images.images.edges.map((e) => e.node.provider))).toEqual(new Set(['DOCKER', 'CYCLE', 'PAI']));
      expect(problems).toEqual([]);
      await page.close();
    }, 180_000);
  });

  describe('with authentication on', () => {
    it('tells how to send a key, and the key in the Headers pane is used', async () => {
      const key = 'graphiql-browser-test-key-0123456789';
      const authed = await startTestGateway({ GATEWAY_SANDBOX: 'auto', GATEWAY_API_KEYS: JSON.stringify([{ name: 'browser', key, scopes: ['read'] }]) });
      try {
        const page = await browser.context.newPage();
        await page.goto(authed.url, { waitUntil: 'load' });
        await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
        const editor = await page.locator('.graphiql-query-editor').textContent();
        expect(editor).toContain('Authorization');
        expect(AUTH_TAB.query).toContain('Headers pane');
        // Write the key in the Headers pane as the tab says, then run.
        await page.click('.graphiql-editor-tools [data-name="headers"]');
        await page.locator('.graphiql-editor-tool .view-lines >> visible=true').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${key}` }));
        await page.click('.graphiql-execute-button');
        await page.waitForFunction(() => /"(data|errors)"/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, { timeout: 20_000 });
        expect(await resultText(page)).toContain('"providers"');
        // GraphiQL keeps the headers across a reload (in this browser's storage).
        await page.waitForTimeout(700); // its storage write is debounced (500 ms)
        await page.reload({ waitUntil: 'load' });
        await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
        await page.click('.graphiql-editor-tools [data-name="headers"]');
        await page.waitForFunction(() => [...document.querySelectorAll('.graphiql-editor-tool .view-lines')].some((e) => e.textContent?.includes('Authorization')), undefined, { timeout: 10_000 });
        await page.close();
      } finally {
        await authed.close();
      }
    }, 90_000);
  });
});
