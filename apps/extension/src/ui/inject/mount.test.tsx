// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contentZhCN } from '../../i18n/catalogs/content.zh-CN';
import { Card, Chooser, setContentStrings, translator } from './components';
import { mountUi } from './mount';
import { INJECTED_CSS } from './styles';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mountUi (the testability contract)', () => {
  it('mounts in an open shadow root whose host carries data-supportlink, next to its anchor', () => {
    document.body.innerHTML = '<p id="anchor">x</p>';
    const controller = new AbortController();
    const ui = mountUi(<Card title="T">body</Card>, {
      featureId: 'some-feature',
      anchor: document.getElementById('anchor')!,
      placement: 'after',
      signal: controller.signal,
    });
    expect(ui.host.getAttribute('data-supportlink')).toBe('some-feature');
    expect(document.getElementById('anchor')!.nextElementSibling).toBe(ui.host);
    expect(ui.host.shadowRoot).toBe(ui.shadow); // open: reachable from the page and tests
    expect(ui.shadow.querySelector('section')!.getAttribute('role')).toBe('region');
    controller.abort();
    expect(ui.host.isConnected).toBe(false);
  });

  it('moves the same host elsewhere, keeping its UI, focus and floating mark right', () => {
    document.body.innerHTML = '<div id="blade"></div>';
    const controller = new AbortController();
    const ui = mountUi(<button type="button">Open</button>, {
      featureId: 'some-feature',
      anchor: document.body,
      placement: 'append',
      signal: controller.signal,
      floating: true,
    });
    const button = ui.shadow.querySelector('button')!;
    button.focus();
    ui.move({ anchor: document.getElementById('blade')!, placement: 'prepend' });
    expect(document.getElementById('blade')!.firstElementChild).toBe(ui.host);
    expect(ui.host.hasAttribute('data-floating')).toBe(false);
    expect(ui.shadow.querySelector('button')).toBe(button);
    expect(ui.shadow.activeElement).toBe(button);
    ui.remove();
    ui.move({ anchor: document.body, placement: 'append', floating: true });
    expect(ui.host.isConnected).toBe(false); // a removed UI stays removed
  });

  it('follows the light/dark colour scheme', () => {
    expect(INJECTED_CSS).toContain('@media (prefers-color-scheme: dark)');
  });
});

describe('injected components', () => {
  it('speak Simplified Chinese when the UI locale is zh-CN, with placeholders filled', () => {
    // The strings the background serves (`i18n:content`) at the content script's start.
    setContentStrings('zh-CN', contentZhCN);
    const tr = translator('zh-CN');
    expect(tr('content.remaining', { count: 3 })).toBe('剩余 3 个');
    expect(translator('en')('content.remaining', { count: 3 })).toBe('3 left');
    // Before (or without) them: English, not keys.
    setContentStrings('zh-CN', {});
    expect(translator('zh-CN')('content.remaining', { count: 3 })).toBe('3 left');
  });

  it('chooser: real buttons, Escape closes', () => {
    let closed = 0;
    const controller = new AbortController();
    const ui = mountUi(
      <Chooser
        title="Pick"
        hint="h"
        contracts={[]}
        tr={translator('en')}
        onChoose={() => {}}
        onClose={() => closed++}
      />,
      { featureId: 'x', anchor: document.body, placement: 'append', signal: controller.signal },
    );
    const section = ui.shadow.querySelector('section')!;
    expect(ui.shadow.getElementById(section.getAttribute('aria-labelledby')!)!.textContent).toBe('Pick');
    expect(ui.shadow.querySelector('button')!.getAttribute('type')).toBe('button');
    section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed).toBe(1);
    controller.abort();
  });
});
