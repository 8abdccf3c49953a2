// Browser test of the GraphiQL page served by a running plangraph: it loads
// with no network beyond the server itself, shows the editor, and running
// the default query shows the seed documents.
//
//   PLANGRAPH_URL=http://127.0.0.1:18080 node --test server/web/e2e/
//
// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM), driven by
// playwright-core; no browser is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.PLANGRAPH_URL ?? 'http://127.0.0.1:18080';

// launch starts Debian's Chromium with no background traffic: the machine
// has no network, and the pages must not need one.
function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

test('GraphiQL loads offline and runs the default query', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const foreign = [];
    page.on('request', (req) => {
      const host = new URL(req.url()).hostname;
      if (!['127.0.0.1', 'localhost', '[::1]'].includes(host) && !req.url().startsWith('data:')) {
        foreign.push(req.url());
      }
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    const res = await page.goto(`${base}/graphiql`, { waitUntil: 'load' });
    assert.equal(res.status(), 200);
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await page.click('.graphiql-execute-button');
    const result = page.locator('.graphiql-response');
    await result.getByText('totalCount').waitFor({ timeout: 30000 });
    const text = await result.innerText();
    assert.match(text, /"totalCount": \d+/);
    assert.match(text, /上海市推进智慧城市建设2011-2013年行动计划/);

    mkdirSync('out', { recursive: true });
    await page.screenshot({ path: 'out/graphiql.png' });
    assert.deepEqual(foreign, [], 'the page reached beyond the server');
    assert.deepEqual(errors, [], 'the page threw');
  } finally {
    await browser.close();
  }
});

test('the explorer draws a region neighbourhood and follows a search', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/explorer?id=${encodeURIComponent('region:静安区')}`);
    await page.waitForFunction(() => Number(document.body.dataset.drawn) > 1, null, { timeout: 30000 });
    assert.match(await page.locator('#status').innerText(), /\d+ nodes, \d+ edges/);
    assert.match(await page.locator('aside h2').innerText(), /静安区/);

    await page.fill('#q', '智慧城市');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('id') !== 'region:静安区', null, { timeout: 30000 });
    mkdirSync('out', { recursive: true });
    await page.screenshot({ path: 'out/explorer.png' });
    assert.deepEqual(errors, [], 'the page threw');
  } finally {
    await browser.close();
  }
});
