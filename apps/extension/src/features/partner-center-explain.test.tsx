// @vitest-environment happy-dom
import { guidance } from '@supportlink/rules';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, harness, hosts, sleep, uiText, waitFor } from '../__fixtures__/harness';
import { defineComponents } from '../__fixtures__/partner-center';
import { partnerCenterExplain } from './partner-center-explain';

const PAGE = 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
});

describe('partner-center-explain', () => {
  it.each([
    [
      'not-authorized-csp-only',
      '<div class="error-page"><h2>You don\u2019t have permission to do this</h2></div>',
    ],
    [
      'no-benefits-yet',
      '<div class="empty"><p>Looks like you don\u2019t have any benefits yet.</p><a href="#">Learn more</a></div>',
    ],
  ] as const)('explains %s with an inline card', async (id, html) => {
    h = harness();
    await h.start(partnerCenterExplain, PAGE);
    document.body.insertAdjacentHTML('beforeend', html);
    const card = await waitFor(() => hosts('partner-center-explain')[0]);
    await waitFor(() => uiText(card).includes(guidance(id, 'en').title));
    const section = card.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('role')).toBe('note');
    expect(card.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.textContent).toBe(
      guidance(id, 'en').title,
    );
  });

  it('explains a dimmed Activate web-component button, not an enabled one', async () => {
    defineComponents();
    h = harness({ locale: 'zh-CN' });
    await h.start(partnerCenterExplain, PAGE);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="a"><ds_he-button appearance="accent">Activate</ds_he-button></div>' +
        '<div class="b"><ds_he-button appearance="accent" disabled>Activate</ds_he-button></div>',
    );
    const card = await waitFor(() => hosts('partner-center-explain')[0]);
    await waitFor(() => uiText(card).includes(guidance('activation-role-missing', 'zh-CN').title));
    await sleep(50);
    expect(hosts('partner-center-explain')).toHaveLength(1);
    expect(card.closest('.b')).not.toBeNull();
  });

  it.each([
    ['de', 'Aktivieren'],
    ['cs', 'Aktivovat'],
    ['hu', 'Aktiválás'],
    ['tr', 'ETKİNLEŞTİR'],
    ['sv', 'Aktivera'],
    ['zh-TW', '啟用'],
    ['ja', 'アクティブ化'],
  ])('explains a dimmed %s Activate button ("%s") drawn in a shadow root', async (_locale, caption) => {
    defineComponents();
    h = harness();
    await h.start(partnerCenterExplain, PAGE);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div class="card"><ds_he-button appearance="accent" aria-disabled="true">\u00a0${caption}\u00a0</ds_he-button></div>`,
    );
    const card = await waitFor(() => hosts('partner-center-explain')[0]);
    await waitFor(() => uiText(card).includes(guidance('activation-role-missing', 'en').title));
  });

  it('does not take a longer caption that merely starts with Activate for the button', async () => {
    defineComponents();
    h = harness();
    await h.start(partnerCenterExplain, PAGE);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<ds_he-button disabled>Activate Microsoft 365 trial</ds_he-button><button disabled>Aktivierungsverlauf</button>',
    );
    await sleep(60);
    expect(hosts('partner-center-explain')).toHaveLength(0);
  });

  it('stays silent on an ordinary benefits page', async () => {
    h = harness();
    document.body.innerHTML =
      '<h1>Technical benefits</h1><p>Use your support incidents for product issues.</p><button>Activate</button><p>Something went wrong. Try again.</p>';
    await h.start(partnerCenterExplain, PAGE);
    await sleep(60);
    expect(hosts('partner-center-explain')).toHaveLength(0);
  });
});

describe('partner-center-explain on web components', () => {
  it('explains a message slotted into a custom message bar (no block elements around it)', async () => {
    if (!customElements.get('pc_he-message-bar')) {
      customElements.define(
        'pc_he-message-bar',
        class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML = '<div role="alert"><slot></slot></div>';
          }
        },
      );
    }
    // The page title makes <head>/<html> text-bearing; the card must still land beside the message.
    document.title = 'Technical benefits | Partner Center';
    h = harness();
    await h.start(partnerCenterExplain, PAGE);
    const layout = document.createElement('he-layout');
    document.body.append(layout);
    const bar = document.createElement('pc_he-message-bar');
    bar.textContent = "You don't have permission to do this";
    layout.append(bar);
    const card = await waitFor(() => hosts('partner-center-explain')[0]);
    await waitFor(() => uiText(card).includes(guidance('not-authorized-csp-only', 'en').title));
    expect(card.previousElementSibling).toBe(bar);
    document.title = '';
  });
});
