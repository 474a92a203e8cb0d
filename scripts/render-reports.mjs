// Screenshots of HTML pages with headless Chromium over the DevTools protocol (no npm packages): each page at each
// width as a full-page PNG, and optionally printed to A4 PDF. Used by scripts/render-reports.sh.
//
//   node --experimental-websocket scripts/render-reports.mjs OUT_DIR WIDTHS PDF_DIR|- PAGE.html...
//
// Writes OUT_DIR/NAME-WIDTH.png (NAME: the page's file name without .approved.html, .received.html or .html) and PDF_DIR/NAME-a4.pdf.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [outDir, widthList, pdfDir, ...pages] = process.argv.slice(2);
const widths = widthList.split(',').map(Number);
const browser = process.env.CHROMIUM ?? 'chromium';
const profile = mkdtempSync(join(tmpdir(), 'render-reports-'));
const chrome = spawn(browser, [
  '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-extensions',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0',
  `--user-data-dir=${profile}`, 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe'] });

const endpoint = await new Promise((ok, fail) => {
  let text = '';
  chrome.stderr.on('data', chunk => {
    text += chunk;
    const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
    if (m) ok(m[1]);
  });
  chrome.on('exit', code => fail(new Error(`chromium exited (${code}): ${text}`)));
});

const ws = new WebSocket(endpoint);
await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
let next = 0;
const pending = new Map();
const waiters = [];
ws.onmessage = event => {
  const message = JSON.parse(event.data);
  if (message.id !== undefined) {
    const { ok, fail } = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) fail(new Error(JSON.stringify(message.error))); else ok(message.result);
  } else {
    for (const w of [...waiters]) {
      if (w.method === message.method && w.sessionId === message.sessionId) {
        waiters.splice(waiters.indexOf(w), 1);
        w.ok(message.params);
      }
    }
  }
};
const send = (method, params = {}, sessionId = undefined) => new Promise((ok, fail) => {
  const id = ++next;
  pending.set(id, { ok, fail });
  ws.send(JSON.stringify({ id, method, params, sessionId }));
});
const once = (method, sessionId) => new Promise(ok => waiters.push({ method, sessionId, ok }));

try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  for (const page of pages) {
    const name = basename(page).replace(/(\.(approved|received))?\.html?$/, '');
    const url = pathToFileURL(resolve(page)).href;
    for (const width of widths) {
      await send('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 1, mobile: width < 600 }, sessionId);
      const loaded = once('Page.loadEventFired', sessionId);
      await send('Page.navigate', { url }, sessionId);
      await loaded;
      await send('Runtime.evaluate', { expression: 'document.fonts.ready', awaitPromise: true }, sessionId);
      const { cssContentSize } = await send('Page.getLayoutMetrics', {}, sessionId);
      const height = Math.ceil(cssContentSize.height);
      const overflow = Math.ceil(cssContentSize.width) - width;
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: width < 600 }, sessionId);
      const shot = await send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width, height, scale: 1 }, captureBeyondViewport: true }, sessionId);
      const file = join(outDir, `${name}-${width}.png`);
      writeFileSync(file, Buffer.from(shot.data, 'base64'));
      if (process.env.RENDER_TILES) {
        // For looking at details: the page again in slices of 1000 px (RENDER_TILES=DIR).
        for (let y = 0, k = 1; y < height; y += 1000, k++) {
          const tile = await send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y, width, height: Math.min(1000, height - y), scale: 1 }, captureBeyondViewport: true }, sessionId);
          writeFileSync(join(process.env.RENDER_TILES, `${name}-${width}-${k}.png`), Buffer.from(tile.data, 'base64'));
        }
      }

      console.log(`${file} ${width}x${height}${overflow > 0 ? ` (content ${overflow} px wider than the page)` : ''}`);
    }

    if (pdfDir !== '-') {
      await send('Emulation.clearDeviceMetricsOverride', {}, sessionId);
      const loaded = once('Page.loadEventFired', sessionId);
      await send('Page.navigate', { url }, sessionId);
      await loaded;
      const printed = await send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, sessionId);
      const file = join(pdfDir, `${name}-a4.pdf`);
      writeFileSync(file, Buffer.from(printed.data, 'base64'));
      console.log(file);
    }
  }
} finally {
  ws.close();
  chrome.kill();
  await new Promise(ok => chrome.once('exit', ok));
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
