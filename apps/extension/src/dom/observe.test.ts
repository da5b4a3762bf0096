// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Changes } from './observe';
import { manualHub } from './testing/manual-hub';

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createObserverHub', () => {
  it('delivers one batch per frame to every subscriber', async () => {
    const { hub, controller, frame, queue } = manualHub();
    const a: Changes[] = [];
    const b: Changes[] = [];
    hub.subscribe((c) => a.push(c), controller.signal);
    hub.subscribe((c) => b.push(c), controller.signal);
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('div'));
    await tick();
    expect(queue).toHaveLength(1);
    frame();
    expect(a).toHaveLength(1);
    expect(a[0]!.size).toBe(50);
    expect(b).toHaveLength(1);
    controller.abort();
  });

  it('observes shadow roots of elements added later, and changes inside them', async () => {
    const { hub, controller, frame } = manualHub();
    const seen: Node[] = [];
    hub.subscribe((c) => seen.push(...c), controller.signal);
    const host = document.createElement('he-data-grid');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await tick();
    frame();
    expect(hub.roots()).toContain(host.shadowRoot);
    const cell = document.createElement('span');
    host.shadowRoot!.append(cell);
    await tick();
    frame();
    expect(seen).toContain(cell);
    controller.abort();
  });

  it('finds a shadow root attached to an element already in the page by rescanning', async () => {
    const { hub, controller, frame } = manualHub(10);
    const host = document.createElement('x-late');
    document.body.append(host);
    await tick();
    frame();
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>late</b>';
    await new Promise((r) => setTimeout(r, 30));
    frame();
    expect(hub.roots()).toContain(host.shadowRoot);
    controller.abort();
  });

  it('ignores mutations inside our own UI and stops after abort', async () => {
    const { hub, controller, frame, queue } = manualHub();
    let calls = 0;
    const sub = new AbortController();
    hub.subscribe(() => calls++, sub.signal);
    const ours = document.createElement('div');
    ours.setAttribute('data-supportlink', 'x');
    document.body.append(ours);
    await tick();
    frame();
    ours.append(document.createElement('span'));
    await tick();
    frame();
    expect(calls).toBe(0);
    sub.abort();
    document.body.append(document.createElement('p'));
    await tick();
    frame();
    expect(calls).toBe(0);
    controller.abort();
    document.body.append(document.createElement('p'));
    await tick();
    expect(queue).toHaveLength(0);
  });

  it('reports text edited in place only inside the text scope, and added nodes everywhere', async () => {
    const { hub, controller, frame, queue } = manualHub(0, '[role="alert"]');
    document.body.innerHTML = '<div role="grid"><span id="cell">Plan 1</span></div><div id="late"></div>';
    await tick();
    frame();
    const batches: Node[][] = [];
    hub.subscribe((changed) => batches.push([...changed]), controller.signal);
    document.getElementById('cell')!.firstChild!.nodeValue = 'Plan 2';
    // A grid toggling classes on its rows (selection, hover) is not heard either.
    document.getElementById('cell')!.classList.toggle('selected');
    await tick();
    expect(queue).toHaveLength(0);
    // A message region added later is watched too.
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Loading';
    document.getElementById('late')!.append(alert);
    await tick();
    frame();
    expect(batches.at(-1)).toContain(alert);
    alert.firstChild!.nodeValue = 'This Access ID is already associated to an account.';
    await tick();
    frame();
    expect(batches.at(-1)).toContain(alert.firstChild);
    // Inside a region a class change is heard (a message bar turned into an error), and so is an
    // inline style change anywhere (a field or box shown).
    alert.className = 'error';
    await tick();
    frame();
    expect(batches.at(-1)).toContain(alert);
    document.getElementById('late')!.style.display = 'none';
    await tick();
    frame();
    expect(batches.at(-1)).toContain(document.getElementById('late'));
    controller.abort();
  });

  it('reports no text edits with text: null', async () => {
    const { controller, queue } = manualHub(0, null);
    document.body.innerHTML = '<p role="alert">a</p>';
    await tick();
    queue.splice(0);
    document.querySelector('p')!.firstChild!.nodeValue = 'b';
    await tick();
    expect(queue).toHaveLength(0);
    controller.abort();
  });
});
