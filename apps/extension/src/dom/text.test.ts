// @vitest-environment happy-dom

import { SEGMENT_BREAK } from '@supportlink/rules';
import { describe, expect, it } from 'vitest';
import { blockAncestor, messageText, ownMessageText, textBlocks, visibleText } from './text';

describe('visibleText', () => {
  it('joins text split across inline elements and keeps block boundaries apart', () => {
    document.body.innerHTML =
      '<div id="m"><i class="icon">!</i><span>This Access</span><span> ID is </span><b>already</b> associated<p>Learn more</p></div>';
    expect(visibleText(document.getElementById('m')!)).toBe(
      '!This Access ID is already associated Learn more',
    );
  });

  it('follows open shadow roots and slots, skips hidden parts, scripts and our own UI', () => {
    document.body.innerHTML =
      '<x-msg id="m"><span>slotted text</span></x-msg><div id="n">a<span hidden>HIDDEN</span><script>x</script><span data-supportlink="x">OURS</span>b</div>';
    const host = document.getElementById('m')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div>from shadow</div><slot></slot>';
    expect(visibleText(host)).toBe('from shadow slotted text');
    expect(visibleText(document.getElementById('n')!)).toBe('ab');
  });

  it('reads a block’s own text without the blocks inside it (a grid beside it costs nothing)', () => {
    document.body.innerHTML =
      '<div id="m">This Access <b>ID</b> is<div role="grid"><div role="row">Plan 1</div></div> already associated<p>Learn more</p></div>';
    const own = ownMessageText(document.getElementById('m')!);
    expect(own.split(SEGMENT_BREAK).map((s) => s.trim())).toEqual([
      'This Access ID is',
      'already associated',
    ]);
    expect(own).not.toContain('Plan');
    expect(own).not.toContain('Learn');
  });

  it('caps the length', () => {
    document.body.innerHTML = `<div id="m">${'x'.repeat(10_000)}</div>`;
    expect(visibleText(document.getElementById('m')!, 100)).toHaveLength(100);
  });
});

describe('messageText', () => {
  it('keeps blocks and form parts apart with SEGMENT_BREAK; inline pieces and <br> stay one text', () => {
    document.body.innerHTML =
      '<div id="m"><div class="label"><label>Access ID</label><span>*</span></div><input value="x">' +
      '<span>The subscription is </span><b>already</b> associated.<br>Learn more<div>Next</div></div>';
    const B = SEGMENT_BREAK;
    expect(messageText(document.getElementById('m')!)).toBe(
      `Access ID${B}*${B}The subscription is already associated. Learn more${B}Next`,
    );
  });

  it('is the plain visible text when nothing separates the pieces', () => {
    document.body.innerHTML = '<p id="p"> This  <i>Access</i>\u00a0ID </p>';
    expect(messageText(document.getElementById('p')!)).toBe('This Access ID');
  });
});

describe('blocks', () => {
  it('finds the block around a text node, across shadow boundaries', () => {
    document.body.innerHTML = '<div id="outer"><span><b>x</b></span></div>';
    const span = document.querySelector('span')!;
    const sr = span.attachShadow({ mode: 'open' });
    sr.innerHTML = '<i>deep</i>';
    expect(blockAncestor(sr.querySelector('i')!.firstChild!)?.id).toBe('outer');
    expect([...textBlocks(sr)].map((b) => b.id)).toEqual(['outer']);
  });

  it('takes web components as blocks, and text right under <body> as its own block', () => {
    document.body.innerHTML = '<he-layout><span>in a component</span></he-layout><b>loose</b>';
    expect(blockAncestor(document.querySelector('span')!.firstChild!)?.tagName).toBe('HE-LAYOUT');
    expect(blockAncestor(document.querySelector('b')!.firstChild!)?.tagName).toBe('B');
  });
});
