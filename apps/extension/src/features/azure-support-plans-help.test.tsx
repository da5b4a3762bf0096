// @vitest-environment happy-dom
import { guidance } from '@supportlink/rules';
import { afterEach, describe, expect, it } from 'vitest';
import { contractView, type Harness, harness, hosts, sleep, uiText, waitFor } from '../__fixtures__/harness';
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
