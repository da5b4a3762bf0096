// @vitest-environment happy-dom
import { setIconOptions } from '@fluentui/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EN_LABELS, mountFluentLinkForm } from '../__fixtures__/fluent-link-form';
import { contractView, type Harness, harness, hosts, sleep, uiText, waitFor } from '../__fixtures__/harness';
import { mountKnockoutBlade } from '../__fixtures__/knockout-link-blade';
import { FILLED_ATTR } from '../dom/fill';
import { azureLinkFill } from './azure-link-fill';

const REACTBLADE = 'https://afd-v2.reactblade.portal.azure.net/?ext=Microsoft_Azure_Support';
const AZURE = 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';

const cloud = contractView({
  benefit: 'cloud',
  accessId: 'AC-7f3e9a21',
  contractId: 'CT-55120987',
  label: 'Gold cloud',
});
const onPrem = contractView({ benefit: 'on-premises', accessId: 'AC-onprem-1', contractId: 'CT-onprem-1' });

let h: Harness | null = null;
beforeAll(() => setIconOptions({ disableWarnings: true }));
afterEach(() => {
  h?.stop();
  h = null;
});

const inputs = () =>
  Array.from(document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])'));

describe('azure-link-fill with a Fluent UI React form (reactblade frame)', () => {
  it('fills the single eligible cloud contract so React state holds it, then records the link', async () => {
    h = harness({ contracts: [onPrem, cloud] });
    document.body.innerHTML =
      '<header><div class="fxs-avatarmenu-username">admin@contoso.onmicrosoft.com</div></header><div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    await sleep(50);
    // The form renders late, as a ReactView does.
    const form = mountFluentLinkForm(document.getElementById('app')!);
    await waitFor(() => !form.linkButton().disabled);
    await waitFor(() => inputs().every((i) => i.hasAttribute(FILLED_ATTR)));
    expect(inputs().map((i) => i.getAttribute(FILLED_ATTR))).toEqual(['access-id', 'contract-id']);
    const status = await waitFor(() => hosts('azure-link-fill')[0]);
    await waitFor(() => uiText(status).includes('Filled Access ID and Contract ID from Gold cloud'));
    expect(uiText(status)).not.toContain('AC-7f3e9a21'); // the card never shows the IDs
    form.linkButton().click();
    expect(form.submitted).toEqual([{ accessId: 'AC-7f3e9a21', contractId: 'CT-55120987' }]);
    const record = await waitFor(() => h!.calls.find((c) => c.type === 'links:record'));
    expect(record.payload).toEqual({
      contractId: cloud.id,
      portal: 'azure',
      account: 'admin@contoso.onmicrosoft.com',
      via: expect.stringContaining('Link'),
    });
    form.unmount();
  });

  it.each([
    ['en', 'Cancel'],
    ['de', 'Abbrechen'],
    ['ja', 'キャンセル'],
    ['tr', 'İptal'],
  ])(
    'names the %s "%s" button that closed the blade, so the background records no link',
    async (_l, caption) => {
      h = harness({ contracts: [cloud] });
      document.body.innerHTML = '<div id="app"></div>';
      await h.start(azureLinkFill, REACTBLADE);
      const form = mountFluentLinkForm(document.getElementById('app')!, { cancel: caption });
      await waitFor(() => !form.linkButton().disabled);
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(caption))!;
      cancel.click();
      // The background is asked with the button's caption and says a dismissal is no link.
      const record = await waitFor(() => h!.calls.find((c) => c.type === 'links:record'));
      expect(record.payload).toMatchObject({ via: expect.stringContaining(caption) });
      expect(form.submitted).toEqual([]);
      form.unmount();
    },
  );

  it('records the link when the blade closes after Link instead of showing a success bar', async () => {
    h = harness({ contracts: [cloud] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!, { closeOnSuccess: true });
    await waitFor(() => !form.linkButton().disabled);
    form.linkButton().click();
    const record = await waitFor(() => h!.calls.find((c) => c.type === 'links:record'));
    expect(record.payload).toMatchObject({ contractId: cloud.id, portal: 'azure', account: null });
    form.unmount();
  });

  it('records nothing when linking fails with an error', async () => {
    h = harness({ contracts: [cloud] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!, {
      error: (h) => h('span', null, 'This Access ID is already associated to an account.'),
    });
    await waitFor(() => !form.linkButton().disabled);
    form.linkButton().click();
    await sleep(80);
    expect(h.calls.filter((c) => c.type === 'links:record')).toHaveLength(0);
    form.unmount();
  });

  it('undo puts the fields back, in React state too', async () => {
    h = harness({ contracts: [cloud] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    await waitFor(() => !form.linkButton().disabled);
    const status = await waitFor(() => hosts('azure-link-fill')[0]);
    const undo = await waitFor(() =>
      Array.from(status.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Undo'),
    );
    undo.click();
    await waitFor(() => form.linkButton().disabled);
    expect(inputs().every((i) => i.value === '' && !i.hasAttribute(FILLED_ATTR))).toBe(true);
    form.unmount();
  });

  it('never overwrites a value the user already typed', async () => {
    h = harness({ contracts: [cloud] });
    document.body.innerHTML = '<div id="app"></div>';
    const form = mountFluentLinkForm(document.getElementById('app')!, { plainInputs: true });
    const access = inputs()[0]!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(access, 'typed-by-me');
    access.dispatchEvent(new Event('input', { bubbles: true }));
    await h.start(azureLinkFill, REACTBLADE);
    const status = await waitFor(() => hosts('azure-link-fill')[0]);
    await waitFor(() => uiText(status).includes('what you typed was left alone'));
    expect(access.value).toBe('typed-by-me');
    expect(inputs()[1]!.value).toBe('CT-55120987');
    form.unmount();
  });
});

describe('azure-link-fill with a Knockout blade', () => {
  it('fills localized (de) fields; the viewmodel observables get the values', async () => {
    h = harness({ contracts: [cloud] });
    await h.start(azureLinkFill, AZURE);
    const blade = mountKnockoutBlade(document.body, {
      title: 'Supportvorteile verknüpfen',
      accessId: 'Zugriffs-ID',
      contractId: 'Vertrags-ID',
      link: 'Verknüpfen',
    });
    await waitFor(() => blade.vm.canLink());
    expect(blade.vm.accessId()).toBe('AC-7f3e9a21');
    expect(blade.vm.contractId()).toBe('CT-55120987');
    blade.dispose();
  });

  it('fills Japanese-labelled fields', async () => {
    h = harness({ contracts: [cloud] });
    await h.start(azureLinkFill, AZURE);
    const blade = mountKnockoutBlade(document.body, {
      title: 'サポートの特典をリンクする',
      accessId: 'アクセス ID',
      contractId: '契約 ID',
      link: 'リンク',
    });
    await waitFor(() => blade.vm.canLink());
    blade.dispose();
  });
});

describe('azure-link-fill chooser', () => {
  const second = contractView({
    benefit: 'cloud',
    accessId: 'AC-second-22',
    contractId: 'CT-second-22',
    label: 'Silver cloud',
  });

  it('offers a chooser when more than one contract fits; Escape closes it', async () => {
    h = harness({ contracts: [cloud, second] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!, { labels: { ...EN_LABELS } });
    const chooser = await waitFor(() => hosts('azure-link-fill')[0]);
    expect(inputs().every((i) => i.value === '')).toBe(true);
    const region = chooser.shadowRoot!.querySelector('section')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(chooser.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Fill with which contract?',
    );
    const buttons = Array.from(chooser.shadowRoot!.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Gold cloud'),
        expect.stringContaining('Silver cloud'),
      ]),
    );
    region.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !chooser.shadowRoot!.querySelector('section'));
    form.unmount();
  });

  it('fills from the contract chosen', async () => {
    h = harness({ contracts: [cloud, second] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    const chooser = await waitFor(() => hosts('azure-link-fill')[0]);
    const pick = await waitFor(() =>
      Array.from(chooser.shadowRoot!.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Silver cloud'),
      ),
    );
    pick.click();
    await waitFor(() => !form.linkButton().disabled);
    expect(inputs().map((i) => i.value)).toEqual(['AC-second-22', 'CT-second-22']);
    form.unmount();
  });

  it('asks instead of filling when auto-fill is off', async () => {
    h = harness({ contracts: [cloud], settings: { autoFill: false } });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    const chooser = await waitFor(() => hosts('azure-link-fill')[0]);
    await waitFor(() => chooser.shadowRoot!.querySelector('button'));
    expect(form.linkButton().disabled).toBe(true);
    form.unmount();
  });

  it('says so when no cloud contract is saved', async () => {
    h = harness({ contracts: [onPrem] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    const note = await waitFor(() => hosts('azure-link-fill')[0]);
    await waitFor(() => uiText(note).includes('No saved Cloud contract fits this form'));
    form.unmount();
  });

  it('says the contracts could not be read when the background does not answer, not that none is saved', async () => {
    h = harness({ contracts: [cloud], failSend: ['contracts:list'] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    const note = await waitFor(() => hosts('azure-link-fill')[0]);
    await waitFor(() => uiText(note).includes('SupportLink could not read your saved contracts.'));
    expect(uiText(note)).not.toContain('No saved');
    expect(inputs().some((i) => i.hasAttribute(FILLED_ATTR))).toBe(false);
    expect(h.logs.join('\n')).toContain('could not load contracts');
    form.unmount();
  });
});

describe('azure-link-fill with a used-up contract among others', () => {
  const usedUp = contractView({
    benefit: 'cloud',
    label: 'Core pack',
    accessId: 'AC-core-33',
    contractId: 'CT-core-33',
    events: [{ id: 'o', type: 'observed', at: 1, remaining: 0 }],
  });

  it('fills the single usable contract', async () => {
    h = harness({ contracts: [usedUp, cloud] });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    await waitFor(() => !form.linkButton().disabled);
    expect(inputs().map((i) => i.value)).toEqual([cloud.accessId, cloud.contractId]);
    form.unmount();
  });

  it('asks when auto-fill is off, listing the usable contract first', async () => {
    h = harness({ contracts: [usedUp, cloud], settings: { autoFill: false } });
    document.body.innerHTML = '<div id="app"></div>';
    await h.start(azureLinkFill, REACTBLADE);
    const form = mountFluentLinkForm(document.getElementById('app')!);
    const chooser = await waitFor(() => hosts('azure-link-fill')[0]);
    const names = await waitFor(() => {
      const list = Array.from(chooser.shadowRoot!.querySelectorAll('li button')).map(
        (b) => b.textContent ?? '',
      );
      return list.length === 2 && list;
    });
    expect(names[0]).toContain('Gold cloud'); // usable first
    expect(names[1]).toContain('Core pack');
    expect(names[1]).toContain('no incidents left');
    expect(inputs().every((i) => i.value === '')).toBe(true);
    form.unmount();
  });
});
