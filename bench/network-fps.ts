/**
 * Drawing the network in Debian's Chromium on this machine (WebGL in software: no GPU here): the
 * network page's renderer, built by Vite into a page of its own, draws 1,000 and 10,000 nodes with
 * five and ten times as many ties, and the mouse drags the chart around for five seconds, as an
 * investigator pans. Frames per second are the frames sigma drew over that time. Target: 30
 * frames per second or better at 10,000 nodes.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/support/browser.ts';
import { freePort } from './support.ts';

const ROOT = fileURLToPath(new URL('./network-fps/', import.meta.url));
const OUT = fileURLToPath(new URL('./results/network-fps-page/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export async function benchNetworkFps(seconds = 5) {
  const { build } = await import('vite');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const port = await freePort();
  const server = createServer((request, response) => {
    const path = join(OUT, decodeURIComponent((request.url ?? '/').split('?')[0]!));
    const file = existsSync(path) && statSync(path).isFile() ? path : join(OUT, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.vezaDraw === 'function');
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      return gl ? String(gl.getParameter(gl.RENDERER)) : 'none';
    });
    const runs: Record<string, number>[] = [];
    for (const [nodes, edges] of [
      [1_000, 5_000],
      [10_000, 50_000],
      [10_000, 100_000],
    ] as const) {
      await page.reload();
      await page.waitForFunction(() => typeof window.vezaDraw === 'function');
      const firstDrawMs = await page.evaluate(([n, e]) => window.vezaDraw(n, e), [nodes, edges] as const);
      await page.waitForTimeout(500);
      // The camera pans for a while (the view moves: ties and labels wait until it stops).
      await page.evaluate(() => window.vezaStart());
      await page.evaluate((s) => window.vezaPan(s), seconds);
      const camera = await page.evaluate(() => window.vezaStop());
      // Drag in circles: the mouse moves every 16 ms, as a hand does.
      await page.mouse.move(640, 400);
      await page.mouse.down();
      await page.evaluate(() => window.vezaStart());
      const began = Date.now();
      let k = 0;
      while (Date.now() - began < seconds * 1000) {
        k++;
        await page.mouse.move(640 + 200 * Math.cos(k / 20), 400 + 150 * Math.sin(k / 20));
        await new Promise((r) => setTimeout(r, 16));
      }
      const panning = await page.evaluate(() => window.vezaStop());
      await page.mouse.up();
      runs.push({
        nodes,
        edges,
        firstDrawMs: Math.round(firstDrawMs),
        panFramesPerSecond: camera.framesPerSecond!,
        panRenderMsP50: camera.renderMsP50!,
        dragFramesPerSecond: panning.framesPerSecond!,
        dragRenderMsP50: panning.renderMsP50!,
        dragMouseMoves: k,
      });
    }
    const target = runs.find((r) => r.nodes === 10_000 && r.edges === 50_000)!;
    return {
      name: 'network drawn while panning in Chromium (sigma.js, WebGL), 1280×800',
      webgl: renderer,
      runs,
      target: { framesPerSecond: 30, at: '10,000 nodes' },
      meetsTarget: target.framesPerSecond! >= 30,
    };
  } finally {
    await chromium.close();
    server.close();
  }
}
