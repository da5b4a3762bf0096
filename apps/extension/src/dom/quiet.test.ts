// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectionOf, createHotTracker, HOT_WINDOW_MS, HOT_WINDOWS, observationPlan } from './quiet';
import { manualHub } from './testing/manual-hub';

const tick = () => new Promise((r) => setTimeout(r, 0));

function grid(rows: number, id = 'grid') {
  const cells = Array.from(
    { length: rows },
    (_, r) => `<div role="row"><span>Plan ${r}</span><span>Active</span></div>`,
  );
  return `<div role="grid" id="${id}">${cells.join('')}</div>`;
}

/** A hub on a manual clock and schedule; `churn` edits `n` cells, then a batch runs `ms` later. */
function setup(
  text: string | null = '[role="alert"]',
  html = `<main id="blade">${grid(60)}<div id="pane"></div></main>`,
  rescanMs = 0,
) {
  document.body.innerHTML = html;
  let clock = 0;
  const { hub, controller, frame: runQueued } = manualHub(rescanMs, text, () => clock);
  const batches: Node[][] = [];
  hub.subscribe((changed) => batches.push([...changed]), controller.signal);
  const frame = async (ms = 100) => {
    await tick();
    clock += ms;
    runQueued();
  };
  const spans = () => Array.from(document.querySelectorAll<HTMLElement>('#grid span'));
  let n = 0;
  const churn = async (edits = 40) => {
    for (const span of spans().slice(0, edits)) span.textContent = `Plan ${n++}`;
    await frame();
  };
  const churnFor = async (ms: number) => {
    for (let t = 0; t < ms; t += 100) await churn();
  };
  return { hub, controller, batches, frame, churn, churnFor, spans };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('quieting a churning collection', () => {
  it('stops hearing a grid that keeps churning, but still hears what is around it', async () => {
    const { controller, batches, frame, churn, churnFor, spans } = setup();
    await churnFor(HOT_WINDOW_MS * (HOT_WINDOWS + 1));
    batches.length = 0;
    await churn();
    expect(batches.flat().filter((n) => spans().includes(n as HTMLElement))).toEqual([]);

    // A row added to the grid is not heard; a form beside it, and a change inside that form, are.
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    document.getElementById('grid')!.append(row);
    const form = document.createElement('section');
    document.getElementById('pane')!.append(form);
    await frame();
    expect(batches.flat()).toContain(form);
    expect(batches.flat()).not.toContain(row);
    const input = document.createElement('input');
    form.append(input);
    await frame();
    expect(batches.flat()).toContain(input);

    // Something added straight under the body (a toast), and later changed inside, is heard too.
    const toast = document.createElement('div');
    document.body.append(toast);
    await frame();
    const inner = document.createElement('span');
    toast.append(inner);
    await frame();
    expect(batches.flat()).toEqual(expect.arrayContaining([toast, inner]));
    controller.abort();
  });

  it('does not quiet a grid after one burst of rendering', async () => {
    const { controller, batches, frame, churn, spans } = setup();
    await churn();
    for (let i = 0; i < HOT_WINDOWS * 3; i++) await frame(HOT_WINDOW_MS);
    batches.length = 0;
    await churn(5);
    expect(batches.flat()).toEqual(expect.arrayContaining(spans().slice(0, 5)));
    controller.abort();
  });

  it('never quiets a collection holding a text field, nor when a feature reads text everywhere', async () => {
    for (const [text, html] of [
      ['[role="alert"]', `${grid(60)}`.replace('<span>Plan 0</span>', '<input id="filter">')],
      ['*', grid(60)],
    ] as const) {
      const { controller, batches, churn, churnFor, spans } = setup(text, html);
      await churnFor(HOT_WINDOW_MS * (HOT_WINDOWS + 2));
      batches.length = 0;
      await churn(5);
      expect(batches.flat().length).toBeGreaterThan(0);
      expect(batches.flat()).toEqual(expect.arrayContaining([spans()[1]]));
      controller.abort();
    }
  });

  it('observes the whole page again when the quiet grid is replaced', async () => {
    const { controller, batches, frame, churn, churnFor } = setup();
    await churnFor(HOT_WINDOW_MS * (HOT_WINDOWS + 1));
    const blade = document.getElementById('blade')!;
    blade.innerHTML = `${grid(3, 'small')}`;
    await frame();
    batches.length = 0;
    const cell = document.querySelector('#small span')!;
    cell.textContent = 'This Access ID is already associated to an account.';
    await frame();
    expect(batches.flat()).toContain(cell);
    await churn(0);
    controller.abort();
  });

  it('keeps hearing toasts that come and go beside a quiet grid, across a fresh plan', async () => {
    const { controller, batches, frame, churnFor } = setup('[role="alert"]', undefined, 5);
    await churnFor(HOT_WINDOW_MS * (HOT_WINDOWS + 1));
    for (let i = 0; i < 300; i++) {
      const toast = document.createElement('div');
      document.body.append(toast);
      await Promise.resolve();
      if (i < 299) toast.remove();
    }
    await frame();
    await new Promise((r) => setTimeout(r, 20)); // the rescan makes the plan afresh
    const last = document.body.lastElementChild!;
    batches.length = 0;
    const inner = document.createElement('p');
    last.append(inner);
    await frame();
    expect(batches.flat()).toContain(inner);
    controller.abort();
  });
});

describe('quiet helpers', () => {
  it('finds the nearest collection of a cell, and none for a node outside any', () => {
    document.body.innerHTML = `${grid(2)}<p id="p"><b>x</b></p>`;
    expect(collectionOf(document.querySelector('#grid span')!.firstChild!)).toBe(
      document.getElementById('grid'),
    );
    expect(collectionOf(document.querySelector('#p b')!)).toBeNull();
  });

  it('plans the path to a quiet collection shallowly and everything beside it deeply', () => {
    document.body.innerHTML = `<header id="h"></header><main id="m">${grid(2)}<aside id="a"></aside></main>`;
    const plan = observationPlan(document, [document.getElementById('grid')!]);
    const ids = (nodes: Iterable<Node>) => [...nodes].map((n) => (n as Element).id || n.nodeName);
    expect(ids(plan.shallow).sort()).toEqual(['#document', 'BODY', 'HTML', 'm'].sort());
    expect(ids(plan.deep).sort()).toEqual(['HEAD', 'a', 'h'].sort());
  });

  it('reports a collection only after it stayed hot for several windows in a row', () => {
    const el = document.createElement('div');
    const tracker = createHotTracker(0);
    let t = 0;
    const windows: Element[][] = [];
    for (let w = 0; w < HOT_WINDOWS; w++) {
      for (let i = 0; i < 100; i++) tracker.sample(el);
      t += HOT_WINDOW_MS;
      windows.push(tracker.due(t));
    }
    expect(windows.slice(0, -1).flat()).toEqual([]);
    expect(windows.at(-1)).toEqual([el]);
    // A long gap breaks a streak.
    for (let i = 0; i < 100; i++) tracker.sample(el);
    expect(tracker.due(t + 60_000)).toEqual([]);
  });
});
