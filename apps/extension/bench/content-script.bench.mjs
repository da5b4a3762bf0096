#!/usr/bin/env node
/**
 * Content-script cost bench (not a timed test). Real Chromium (playwright-core), the built
 * extension loaded (one cloud contract saved), a ~5,400-element portal page served on
 * https://portal.azure.com mutating every frame; the same page and workload run without the
 * extension in the same run. The ratio of main-thread task time (CDP Performance.getMetrics
 * TaskDuration, summed over the page and its reactblade frame) is the content scripts' cost.
 *
 * Scenarios:
 *   busy  — the Support plans view: every Azure feature active (fill watcher, flagger, help panel).
 *   idle  — the same churn on a virtual machine blade, where no SupportLink feature applies.
 *   form  — busy, plus the Link support benefits form in a reactblade frame (its own grid churning):
 *           every 100 frames the form appears, then the "already associated" error; the frame page
 *           measures the time until the fields are filled and until the error is flagged.
 *
 *   npm run build -w @supportlink/extension && npm run bench:content -w @supportlink/extension
 *
 * Options: --scenario busy|idle|form|all (default all), --frames N (600), --runs N (5), --chromium PATH.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..', '.output', 'chrome-mv3');
const { chromeExtensionId } = JSON.parse(readFileSync(join(here, '..', 'extension-id.json'), 'utf8'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const FRAMES = Number(arg('frames', '600'));
const RUNS = Number(arg('runs', '5'));
const CHROMIUM = arg('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const ONLY = arg('scenario', 'all');

const SUPPORT_PLANS =
  'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';
const VM_BLADE =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-bench/providers/Microsoft.Compute/virtualMachines/vm-bench/overview';
const FRAME_URL = 'https://bench-7.reactblade.portal.azure.net/ReactView/Index?view=LinkSupportBenefits';
const ACCESS_ID = '6610442';
const CONTRACT_ID = 'CLD-7730-1185';

const SCENARIOS = {
  busy: { url: SUPPORT_PLANS, frame: false, proof: '[data-supportlink="azure-support-plans-help"]' },
  idle: { url: VM_BLADE, frame: false, proof: null },
  form: { url: SUPPORT_PLANS, frame: true, proof: '[data-supportlink="azure-support-plans-help"]' },
};

/** Churn shared by the page and the frame: a grid of `rows` × 5 cells edited, toggled and replaced. */
const CHURN = String.raw`
  const words = ['Subscription', 'Plan', 'Active', 'Developer', 'Standard', 'Professional Direct', 'Resource group', 'West Europe'];
  function makeGrid(parent, rows) {
    const grid = document.createElement('div');
    grid.setAttribute('role', 'grid');
    for (let r = 0; r < rows; r++) {
      const row = document.createElement('div');
      row.setAttribute('role', 'row');
      row.className = 'fxc-gc-row';
      for (let c = 0; c < 5; c++) {
        const cell = document.createElement('div');
        cell.setAttribute('role', 'gridcell');
        const span = document.createElement('span');
        span.textContent = words[(r + c) % words.length] + ' ' + r;
        cell.append(span);
        row.append(cell);
      }
      grid.append(row);
    }
    parent.append(grid);
    return Array.from(grid.children);
  }
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  /** One frame of churn: text edits, class toggles, rows replaced, a toast added and removed. */
  function churn(rows, edits, toggles, replaced, toastParent) {
    for (let i = 0; i < edits; i++) {
      rows[rnd(rows.length)].children[rnd(5)].firstChild.textContent = words[rnd(words.length)] + ' ' + rnd(1000);
    }
    for (let i = 0; i < toggles; i++) rows[rnd(rows.length)].classList.toggle('fxs-selected');
    for (let i = 0; i < replaced; i++) {
      const at = rnd(rows.length);
      const fresh = rows[at].cloneNode(true);
      rows[at].replaceWith(fresh);
      rows[at] = fresh;
    }
    const toast = document.createElement('div');
    toast.className = 'fxs-notification';
    toast.textContent = 'Saved at ' + performance.now().toFixed(0);
    toastParent.append(toast);
    if (toastParent.children.length > 12) toastParent.children[1].remove();
  }
`;

/** ~5,400 elements: a portal shell, a blade with a grid of 480 rows × 5 cells, message bars, inputs. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Azure portal</title></head>
<body><div class="fxs-portal"><header class="fxs-topbar"><div class="fxs-avatarmenu-username">bench@contoso.com</div></header>
<section class="fxs-blade"><h2 class="fxs-blade-title-titleText">Support plans</h2><div class="fxs-blade-content" id="content"></div></section></div>
<script>${CHURN}
  const content = document.getElementById('content');
  const rows = makeGrid(content, 480);
  for (let i = 0; i < 20; i++) {
    const bar = document.createElement('div');
    bar.className = 'fxs-messagebox';
    bar.innerHTML = '<span>Notification ' + i + ': deployment succeeded.</span> <a href="#">Details</a>';
    content.append(bar);
  }
  for (let i = 0; i < 10; i++) {
    const label = document.createElement('label');
    label.innerHTML = 'Filter ' + i + ' <input class="azc-input azc-formControl">';
    content.append(label);
  }
  if (new URLSearchParams(location.search).has('frame')) {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups');
    frame.src = ${JSON.stringify(FRAME_URL)};
    frame.style.cssText = 'width:720px;height:480px;border:0';
    content.prepend(frame);
  }
  window.__nodes = document.getElementsByTagName('*').length;
  window.__run = (frames) => new Promise((resolve) => {
    let left = frames;
    const step = () => {
      churn(rows, 60, 20, 5, document.body);
      if (--left > 0) requestAnimationFrame(step); else setTimeout(resolve, 300);
    };
    requestAnimationFrame(step);
  });
</script></body></html>`;

/**
 * The reactblade frame: its own grid (120 × 5) churning, and every 100 frames the Link form
 * (Fluent-like markup) appears, then the split "already associated" error, then both go.
 */
const FRAME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ReactView</title></head>
<body><div id="root"><div class="ms-Stack" id="list"></div><div id="pane"></div></div>
<script>${CHURN}
  const rows = makeGrid(document.getElementById('list'), 120);
  const pane = document.getElementById('pane');
  const fills = [];
  const flags = [];
  let formAt = 0;
  let errorAt = 0;
  let waitingFill = false;
  let waitingFlag = false;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      if (waitingFill && r.type === 'attributes' && r.attributeName === 'data-supportlink-filled') {
        waitingFill = false;
        fills.push(now - formAt);
      }
      if (waitingFlag && r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && n.getAttribute('data-supportlink') === 'already-associated') {
            waitingFlag = false;
            flags.push(now - errorAt);
          }
        }
      }
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-supportlink-filled'] });
  let n = 0;
  function field(id, text) {
    const wrap = document.createElement('div');
    wrap.className = 'ms-TextField';
    wrap.innerHTML = '<div class="ms-TextField-wrapper"><label class="ms-Label"></label><div class="ms-TextField-fieldGroup"><input type="text" class="ms-TextField-field"></div></div>';
    wrap.querySelector('label').textContent = text;
    wrap.querySelector('label').htmlFor = id + n;
    wrap.querySelector('input').id = id + n;
    return wrap;
  }
  function showForm() {
    n++;
    const form = document.createElement('div');
    form.className = 'ms-Panel-content';
    form.append(field('access', 'Access ID'), field('contract', 'Contract ID'));
    const button = document.createElement('button');
    button.className = 'ms-Button ms-Button--primary';
    button.textContent = 'Link';
    form.append(button);
    pane.replaceChildren(form);
    formAt = performance.now();
    waitingFill = true;
  }
  function showError() {
    const bar = document.createElement('div');
    bar.className = 'ms-MessageBar ms-MessageBar--error';
    bar.innerHTML = '<div class="ms-MessageBar-content"><div class="ms-MessageBar-text"><span class="ms-MessageBar-innerText" role="alert"><span>This Access ID is already </span><b>associated</b><span> to an account.</span><br>Please contact your Technical Account Manager to obtain a new Access ID <a href="#">Learn more</a></span></div></div>';
    pane.firstChild.prepend(bar);
    errorAt = performance.now();
    waitingFlag = true;
  }
  window.addEventListener('message', (event) => {
    if (event.data?.bench !== 'run') return;
    let frame = 0;
    const step = () => {
      churn(rows, 20, 5, 2, document.getElementById('list'));
      const phase = frame % 100;
      if (phase === 10) showForm();
      if (phase === 50 && pane.firstChild) showError();
      if (phase === 95) pane.replaceChildren();
      if (++frame < event.data.frames) requestAnimationFrame(step);
      else setTimeout(() => event.source.postMessage({ bench: 'done', fills, flags, nodes: document.getElementsByTagName('*').length }, '*'), 300);
    };
    requestAnimationFrame(step);
  });
</script></body></html>`;

const baseArgs = [
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
];
if (process.getuid?.() === 0) baseArgs.push('--no-sandbox');

async function route(context) {
  await context.route('https://portal.azure.com/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: PAGE }),
  );
  await context.route('https://bench-7.reactblade.portal.azure.net/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: FRAME_PAGE }),
  );
  await context.route(
    /^(?!https:\/\/(portal\.azure\.com|bench-7\.reactblade\.portal\.azure\.net)\/)https?:\/\/.*/,
    (r) => r.abort(),
  );
}

/** CDP sessions on the page and (when it runs in its own process) the reactblade frame. */
async function sessions(page, scenario) {
  const out = [await page.context().newCDPSession(page)];
  if (scenario.frame) {
    const frame = page.frames().find((f) => f.url().includes('reactblade'));
    if (!frame) throw new Error('reactblade frame missing');
    try {
      out.push(await page.context().newCDPSession(frame));
    } catch {
      // Same process as the page: its metrics already include the frame.
    }
  }
  for (const cdp of out) {
    await cdp.send('Performance.enable');
    // Sampling profiler in both runs (same overhead): attributes JS time to the extension's scripts.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  return out;
}

async function metrics(list) {
  let task = 0;
  let script = 0;
  let cpu = 0;
  for (const cdp of list) {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
    task += get('TaskDuration');
    script += get('ScriptDuration');
    cpu += get('ThreadTime');
  }
  return { task, script, cpu };
}

async function measure(page, scenario, withExtension) {
  const url = scenario.frame ? scenario.url.replace('/#', '/?frame=1#') : scenario.url;
  await page.goto(url);
  if (withExtension && scenario.proof) await page.waitForSelector(scenario.proof, { timeout: 20_000 });
  if (scenario.frame) await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow);
  await page.waitForTimeout(withExtension && !scenario.proof ? 1500 : 500);
  const cdps = await sessions(page, scenario);
  for (const cdp of cdps) await cdp.send('Profiler.start');
  const before = await metrics(cdps);
  const started = Date.now();
  const frameResult = scenario.frame
    ? page.evaluate(
        (frames) =>
          new Promise((resolve) => {
            window.addEventListener('message', (e) => e.data?.bench === 'done' && resolve(e.data));
            document.querySelector('iframe').contentWindow.postMessage({ bench: 'run', frames }, '*');
          }),
        FRAMES,
      )
    : null;
  await page.evaluate((frames) => window.__run(frames), FRAMES);
  const inFrame = await frameResult;
  const wall = Date.now() - started;
  const after = await metrics(cdps);
  let extensionJs = 0;
  for (const cdp of cdps) extensionJs += extensionSelfTime((await cdp.send('Profiler.stop')).profile);
  const nodes = await page.evaluate(() => window.__nodes);
  if (withExtension && !scenario.proof) {
    // Proof that the script was there all along: navigating to Support plans brings the help panel.
    await page.evaluate((u) => {
      location.hash = new URL(u).hash;
    }, SUPPORT_PLANS);
    await page.waitForSelector('[data-supportlink="azure-support-plans-help"]', { timeout: 10_000 });
  }
  return {
    task: (after.task - before.task) * 1000,
    script: (after.script - before.script) * 1000,
    // CPU time of the main thread: unlike task (wall) time, not inflated when other processes preempt it.
    cpu: (after.cpu - before.cpu) * 1000,
    extensionJs,
    wall,
    nodes: nodes + (inFrame?.nodes ?? 0),
    fills: inFrame?.fills ?? [],
    flags: inFrame?.flags ?? [],
  };
}

/** Self time (ms) of samples whose function lives in a chrome-extension:// script. */
function extensionSelfTime(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame?.url.startsWith('chrome-extension://')) return;
    micros += profile.timeDeltas[i] ?? 0;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    HOT.set(key, (HOT.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return micros / 1000;
}
/** Extension functions by profiled self time (`--hot` prints the top 25). */
const HOT = new Map();

/** The same kind of browser as `runWith` (a fresh persistent profile), only without the extension. */
async function runWithout(scenario) {
  const profile = mkdtempSync(join(tmpdir(), 'supportlink-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: baseArgs,
  });
  try {
    await route(context);
    const page = await context.newPage();
    return await measure(page, scenario, false);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** One cloud contract, saved the way the options page saves it (an extension page may send this). */
async function seedContract(context) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${chromeExtensionId}/options.html`);
  await options.evaluate(
    (payload) => chrome.runtime.sendMessage({ supportlink: 1, type: 'contracts:save-captured', payload }),
    {
      accessId: ACCESS_ID,
      contractId: CONTRACT_ID,
      benefit: 'cloud',
      offer: 'partner-success-core',
      ruleset: 'ai-cloud-partner-2026',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
    },
  );
  await options.close();
}

async function runWith(scenario) {
  const profile = mkdtempSync(join(tmpdir(), 'supportlink-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...baseArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    await route(context);
    await seedContract(context);
    const page = await context.newPage();
    return await measure(page, scenario, true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

async function bench(name, scenario) {
  const without = [];
  const withExt = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await runWithout(scenario));
    withExt.push(await runWith(scenario));
  }
  const a = median(without.map((r) => r.task));
  const b = median(withExt.map((r) => r.task));
  const ratios = withExt.map((r, i) => r.task / without[i].task);
  const cpuRatios = withExt.map((r, i) => r.cpu / without[i].cpu);
  const ext = median(withExt.map((r) => r.extensionJs));
  console.log(
    `\n[${name}] ${withExt[0].nodes} elements, ${FRAMES} frames of churn, ${RUNS} runs each (median)`,
  );
  console.log(`  main-thread task time   without: ${ms(a)}   with: ${ms(b)}   ratio: ${(b / a).toFixed(3)}`);
  console.log(
    `  per-run ratios: ${ratios.map((r) => r.toFixed(3)).join(', ')}   median: ${median(ratios).toFixed(3)}`,
  );
  const ca = median(without.map((r) => r.cpu));
  const cb = median(withExt.map((r) => r.cpu));
  console.log(
    `  main-thread CPU time    without: ${ms(ca)}   with: ${ms(cb)}   ratio: ${(cb / ca).toFixed(3)}`,
  );
  console.log(
    `  per-run CPU ratios: ${cpuRatios.map((r) => r.toFixed(3)).join(', ')}   median: ${median(cpuRatios).toFixed(3)}`,
  );
  console.log(
    `  script time             without: ${ms(median(without.map((r) => r.script)))}   with: ${ms(median(withExt.map((r) => r.script)))}`,
  );
  console.log(
    `  content-script JS (profiled self time): ${ms(ext)} = ${(ext / FRAMES).toFixed(3)} ms per frame`,
  );
  if (scenario.frame) {
    const fills = withExt.flatMap((r) => r.fills);
    const flags = withExt.flatMap((r) => r.flags);
    const expected = RUNS * Math.ceil((FRAMES - 10) / 100);
    const line = (xs) =>
      xs.length
        ? `median ${ms(median(xs))}, max ${ms(Math.max(...xs))} (${xs.length}/${expected})`
        : `none (0/${expected})`;
    console.log(`  form appeared → fields filled:  ${line(fills)}`);
    console.log(`  error appeared → error flagged: ${line(flags)}`);
  }
  if (process.argv.includes('--hot')) {
    for (const [k, v] of [...HOT].sort((x, y) => y[1] - x[1]).slice(0, 25))
      console.log(`${(v / RUNS).toFixed(1).padStart(8)} ms/run  ${k}`);
    HOT.clear();
  }
  return { name, ratio: b / a, cpuRatio: cb / ca };
}

async function main() {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(`No build at ${extensionDir}: run \`npm run build -w @supportlink/extension\` first.`);
    process.exit(1);
  }
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  console.log(`${new Date().toISOString()}  load average before: ${load}`);
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    if (ONLY === 'all' || ONLY.split(',').includes(name)) await bench(name, scenario);
  }
  console.log(
    `\nload average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
