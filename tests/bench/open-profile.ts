/**
 * Where a first start and a reload of the large program spend their time: the
 * network waterfall, the main thread's long tasks and a CPU profile (CDP
 * Profiler) of one fresh-context open and one reload. Prints, asserts nothing.
 * `tsx tests/bench/open-profile.ts` after `npx electron-vite build`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { hostLargeProgram } from './large-program-host';
import { OPEN_DONE, OPEN_PROBE, READ_OPEN_TIMINGS } from './probes';
import { launchChromium } from './stats';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const temp = await mkdtemp(join(tmpdir(), 'cotutor-profile-'));
const { large, host } = await hostLargeProgram(temp);
const browser = await launchChromium();
const route = `#/program/${large.program.id}/session/${large.firstSessionBlockId}`;
const short = (url: string): string => url.replace(/^.*\/(assets|api)\//, '$1/');

function summarise(label: string, profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const dt = (profile.timeDeltas[index] ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anon)'} ${short(url)}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const file = url === '' ? functionName : short(url);
    byUrl.set(file, (byUrl.get(file) ?? 0) + dt);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  // Inclusive time: every function on a sample's stack, once per sample.
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const dt = (profile.timeDeltas[index] ?? 0) / 1000;
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node !== undefined && node.callFrame.functionName !== '')
        names.add(node.callFrame.functionName);
    }
    for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  });
  console.log(`  ${label}: inclusive\n${top(inclusive, 60)}`);
  console.log(
    `  ${label}: self time by script\n${top(byUrl, 14)}\n  by function\n${top(self, 25)}`,
  );
}

async function direct(): Promise<string> {
  const start = performance.now();
  const response = await fetch(`${host.origin}/api/documents/load`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      origin: host.origin,
    },
    body: JSON.stringify({ id: large.program.id }),
  });
  const first = performance.now() - start;
  const bytes = (await response.arrayBuffer()).byteLength;
  return `direct load ${response.status} ttfb ${first.toFixed(0)} total ${(performance.now() - start).toFixed(0)} ms ${bytes} B`;
}

async function one(kind: 'fresh' | 'reload'): Promise<void> {
  if (process.env.DIRECT === '1') console.log(await direct(), await direct());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(
    `try { sessionStorage.setItem('cotutor.token', ${JSON.stringify(host.token)}); } catch {}`,
  );
  await page.addInitScript(OPEN_PROBE);
  await page.addInitScript(
    `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });`,
  );
  const cdp = await context.newCDPSession(page);
  if (kind === 'reload') {
    await page.goto(`${host.origin}/${route}`);
    await page.evaluate(OPEN_DONE);
  }
  const profiling = process.env.PROFILE !== '0';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (kind === 'reload') await page.reload();
  else await page.goto(`${host.origin}/${route}`);
  await page.evaluate(OPEN_DONE);
  const profile = profiling
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
    : null;
  const timings = await page.evaluate(READ_OPEN_TIMINGS);
  const brief = await page.evaluate<string>(`(() => {
    const r = performance.getEntriesByType('resource');
    const n = performance.getEntriesByType('navigation')[0];
    const scripts = r.filter((e) => e.name.endsWith('.js'));
    const load = r.find((e) => e.name.endsWith('/api/documents/load'));
    const p = window.__openProbe;
    const f = (x) => Math.round(x);
    return 'html ' + f(n.responseEnd) + ' scripts ' + scripts.length + ' last ' + f(Math.max(...scripts.map((e) => e.responseEnd))) + ' dcl ' + f(n.domContentLoadedEventEnd) + ' load ' + f(load.startTime) + '/' + f(load.responseStart) + '/' + f(load.responseEnd) + ' field ' + f(p.firstField) + ' editable ' + f(p.firstEditable) + ' marks ' + performance.getEntriesByType('mark').map((m) => m.name + '@' + f(m.startTime)).join(' ');
  })()`);
  console.log(`${kind}: ${brief}`);
  if (profile === null) {
    await context.close();
    return;
  }
  const waterfall = await page.evaluate<string[]>(
    `performance.getEntriesByType('resource').map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize, e.encodedBodySize, e.name.replace(/^.*\\/(assets|api)\\//, '$1/')].join(' '))`,
  );
  const nav = await page.evaluate(
    `(() => { const n = performance.getEntriesByType('navigation')[0]; return { responseEnd: n.responseEnd, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd }; })()`,
  );
  const marks = await page.evaluate(
    `performance.getEntriesByType('mark').map((m) => m.name + ' ' + m.startTime.toFixed(0)).join(', ')`,
  );
  const longTasks = await page.evaluate('window.__longTasks');
  console.log(`\n== ${kind}`, JSON.stringify(timings), JSON.stringify(nav));
  console.log(`  marks: ${marks}`);
  console.log(`  long tasks [start, ms]: ${JSON.stringify(longTasks)}`);
  console.log(`  waterfall (start end transfer body name):\n    ${waterfall.join('\n    ')}`);
  summarise(kind, profile);
  if (process.env.PROFILE_OUT)
    await writeFile(`${process.env.PROFILE_OUT}-${kind}.cpuprofile`, JSON.stringify(profile));
  await context.close();
}

try {
  const times = Number(process.env.PROFILE_RUNS ?? 1);
  for (let i = 0; i < times; i++) {
    await one('fresh');
    await one('reload');
  }
} finally {
  await browser.close();
  await host.close();
  await rm(temp, { recursive: true, force: true });
}
