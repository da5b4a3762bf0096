// @vitest-environment happy-dom
import { guidance } from '@supportlink/rules';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contractView,
  type Harness,
  harness,
  hosts,
  NOW,
  sleep,
  uiText,
  waitFor,
} from '../__fixtures__/harness';
import { azureSupportPlansHelp } from './azure-support-plans-help';

const PLANS = 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
});

describe('azure-support-plans-help', () => {
  it('shows a collapsible panel with the guidance and the user’s contracts with counts', async () => {
    const gold = contractView({ benefit: 'on-premises', label: 'Gold on-prem', allotmentOverride: 20 });
    const cloud = contractView({
      benefit: 'cloud',
      label: 'Cloud unlimited',
      allotmentOverride: 'unlimited',
    });
    h = harness({ contracts: [gold, cloud] });
    document.body.innerHTML =
      '<section class="fxs-blade"><div class="fxs-blade-content"><h2>Support plans</h2></div></section>';
    await h.start(azureSupportPlansHelp, PLANS);
    const host = hosts('azure-support-plans-help')[0]!;
    expect(host.parentElement?.className).toBe('fxs-blade-content');
    const shadow = host.shadowRoot!;
    const details = shadow.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(shadow.querySelector('summary')!.textContent).toBe('SupportLink: about support plans');
    expect(shadow.querySelector('section')!.getAttribute('aria-label')).toBe(
      'SupportLink: about support plans',
    );
    details.open = true; // happy-dom does not toggle <details> on a summary click; browsers do
    const text = uiText(host);
    expect(text).toContain(guidance('page:azure-support-plans', 'en').title);
    expect(text).toContain('Gold on-prem — 20 left');
    expect(text).toContain('Cloud unlimited — Unlimited');
  });

  it('is short sections to scan: what to do now, your cloud contracts, incidents left, plan kinds, CSP; on-premises apart', async () => {
    const onPrem = contractView({ benefit: 'on-premises', label: 'Gold on-prem', allotmentOverride: 20 });
    const pack = contractView({
      benefit: 'cloud',
      label: 'Pack cloud',
      offer: 'action-pack',
      ruleset: 'ai-cloud-partner-2023',
    });
    const ending = contractView({
      benefit: 'cloud',
      label: 'Ending soon',
      allotmentOverride: 5,
      endDate: new Date(NOW + 10 * 86_400_000).toISOString().slice(0, 10),
    });
    h = harness({ contracts: [onPrem, pack, ending] });
    await h.start(azureSupportPlansHelp, PLANS);
    const host = await waitFor(() => {
      const found = hosts('azure-support-plans-help')[0];
      return found?.shadowRoot?.querySelector('h3') ? found : null;
    });
    const shadow = host.shadowRoot!;
    const headings = Array.from(shadow.querySelectorAll('h3')).map((h3) => h3.textContent);
    expect(headings).toEqual([
      'What to do now',
      'Your cloud contracts',
      'Incidents left',
      'Plan kinds',
      'Requests for CSP customers',
    ]);
    // no paragraph of the old dense body
    expect(uiText(host)).not.toContain(guidance('page:azure-support-plans', 'en').body);
    const cloud = shadow.querySelector('section[aria-labelledby="sl-help-cloud"]')!.textContent ?? '';
    expect(cloud).toContain('Ending soon — 5 left · ends');
    expect(cloud).toContain('(expires in 10 days)');
    expect(cloud).toContain('Pack cloud — not included in Action Pack');
    expect(cloud).not.toContain('no incidents left');
    expect(cloud).not.toContain('Gold on-prem');
    const apart = shadow.querySelector('details.apart')!;
    expect(apart.querySelector('summary')!.textContent).toBe('On-premises contracts (1) — not used here');
    expect(apart.textContent).toContain('Gold on-prem — 20 left');
  });

  it('speaks Simplified Chinese in every section', async () => {
    h = harness({
      locale: 'zh-CN',
      contracts: [contractView({ benefit: 'cloud', offer: 'action-pack', ruleset: 'ai-cloud-partner-2023' })],
    });
    await h.start(azureSupportPlansHelp, PLANS);
    const host = await waitFor(() => {
      const found = hosts('azure-support-plans-help')[0];
      return found?.shadowRoot?.querySelector('h3') ? found : null;
    });
    const text = uiText(host);
    expect(text).toContain('现在要做什么');
    expect(text).toContain('你的云合同');
    expect(text).toContain('Action Pack 不含此项支持');
  });

  it('moves the very panel the user opened into the blade that renders late, still open (no remount)', async () => {
    h = harness({
      contracts: [contractView({ benefit: 'cloud', label: 'Cloud plan', allotmentOverride: 48 })],
    });
    await h.start(azureSupportPlansHelp, PLANS);
    const host = await waitFor(() => {
      const found = hosts('azure-support-plans-help')[0];
      return found?.shadowRoot?.querySelector('h3') ? found : null;
    });
    expect(host.hasAttribute('data-floating')).toBe(true);
    host.shadowRoot!.querySelector('details')!.open = true;
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<section class="fxs-blade"><div class="fxs-blade-content"><h2>Support plans</h2></div></section>',
    );
    await waitFor(() => (host.parentElement?.className === 'fxs-blade-content' ? host : null));
    expect(hosts('azure-support-plans-help')).toEqual([host]);
    expect(host.hasAttribute('data-floating')).toBe(false);
    expect(host.shadowRoot!.querySelector('details')!.open).toBe(true);
    expect(uiText(host)).toContain('Cloud plan — 48 left');
    // The portal re-renders the blade: the same panel is put back, still open.
    document.querySelector('.fxs-blade')!.replaceWith(
      Object.assign(document.createElement('section'), {
        className: 'fxs-blade',
        innerHTML: '<div class="fxs-blade-content"></div>',
      }),
    );
    await waitFor(() => (host.isConnected ? host : null));
    expect(hosts('azure-support-plans-help')).toEqual([host]);
    expect(host.shadowRoot!.querySelector('details')!.open).toBe(true);
  });

  it('says the contracts could not be read when the background does not answer, not that none is saved', async () => {
    h = harness({ contracts: [contractView({ benefit: 'cloud' })], failSend: ['contracts:list'] });
    document.body.innerHTML = '<section class="fxs-blade"><div class="fxs-blade-content"></div></section>';
    await h.start(azureSupportPlansHelp, PLANS);
    const host = hosts('azure-support-plans-help')[0]!;
    host.shadowRoot!.querySelector('details')!.open = true;
    await waitFor(() => uiText(host).includes('SupportLink could not read your saved contracts.'));
    expect(uiText(host)).not.toContain('No cloud contract');
    expect(uiText(host)).toContain(guidance('page:azure-support-plans', 'en').title);
  });

  it('remembers dismissal', async () => {
    h = harness();
    await h.start(azureSupportPlansHelp, PLANS);
    const host = hosts('azure-support-plans-help')[0]!;
    const dismiss = Array.from(host.shadowRoot!.querySelectorAll('button')).find(
      (b) => b.textContent === 'Dismiss',
    )!;
    dismiss.click();
    const call = await waitFor(() => h!.calls.find((c) => c.type === 'settings:set'));
    expect(call.payload).toEqual({ dismissedHelp: ['azure-support-plans-help'] });
    expect(hosts('azure-support-plans-help')).toHaveLength(0);
    // A later change to the page does not bring a dismissed panel back.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<section class="fxs-blade"><div class="fxs-blade-content"></div></section>',
    );
    await sleep(60);
    expect(hosts('azure-support-plans-help')).toHaveLength(0);
  });

  it('does not show once dismissed', async () => {
    h = harness({ settings: { dismissedHelp: ['azure-support-plans-help'] } });
    await h.start(azureSupportPlansHelp, PLANS);
    await sleep(30);
    expect(hosts('azure-support-plans-help')).toHaveLength(0);
  });

  it('matches only the Support plans view', () => {
    expect(azureSupportPlansHelp.matches('azure-support-plans', new URL(PLANS))).toBe(true);
    expect(azureSupportPlansHelp.matches('azure-help-support', new URL('https://portal.azure.com/'))).toBe(
      false,
    );
  });
});
