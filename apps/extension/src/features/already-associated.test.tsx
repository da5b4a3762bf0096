// @vitest-environment happy-dom
import { guidance, NEW_SUPPORT_REQUEST_URL } from '@supportlink/rules';
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
import { alreadyAssociated } from './already-associated';

const AZURE = 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';
const REACTBLADE = 'https://afd-v2.reactblade.portal.azure.net/?ext=Microsoft_Azure_Support';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
});

/** A Fluent MessageBar as React renders it, text split across spans, with icon and "Learn more". */
function messageBar(inner: string): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'ms-MessageBar ms-MessageBar--error root-201';
  bar.innerHTML = `<div class="ms-MessageBar-content"><div class="ms-MessageBar-icon"><i data-icon-name="ErrorBadge" aria-hidden="true"></i></div><div class="ms-MessageBar-text" id="MessageBar12"><span class="ms-MessageBar-innerText" role="alert">${inner}</span></div></div>`;
  return bar;
}

const SPLIT_EN =
  '<span>This&nbsp;Access\u200B ID is already </span><b>associated</b><span> to an account.</span><br>' +
  'Please contact your \u201CTechnical Account Manager\u201D to obtain a new Access ID <a href="#">Learn more</a>';

describe('already-associated', () => {
  it('flags the English error split across elements, appearing late, as safe to ignore', async () => {
    h = harness();
    document.body.innerHTML =
      '<div class="fxs-blade"><div class="fxs-blade-content" id="content"></div></div>';
    await h.start(alreadyAssociated, AZURE);
    await sleep(60);
    expect(hosts('already-associated')).toHaveLength(0);
    document.getElementById('content')!.append(messageBar(SPLIT_EN));
    const host = await waitFor(() => hosts('already-associated')[0]);
    expect(host.shadowRoot).not.toBeNull(); // open shadow root
    expect(uiText(host)).toContain('Safe to ignore');
    const region = host.shadowRoot!.querySelector('section')!;
    const title = host.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBeTruthy();
    expect(document.querySelector('[data-supportlink-ignorable]')?.textContent).toContain('Learn more');
  });

  it('explains "already linked" when this account linked the contract before, with the new-request link', async () => {
    const linked = contractView({
      benefit: 'cloud',
      links: [{ id: 'l1', portal: 'azure', account: 'me@contoso.com', at: 1 }],
    });
    h = harness({ contracts: [linked] });
    await h.start(alreadyAssociated, AZURE);
    document.body.append(messageBar(SPLIT_EN));
    const title = guidance('scenario:already-linked', 'en').title;
    const host = await waitFor(() => hosts('already-associated').find((x) => uiText(x).includes(title)));
    const links = Array.from(host.shadowRoot!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toContain(NEW_SUPPORT_REQUEST_URL);
  });

  it('shows the remaining count, end date and state SupportLink knows for the contract in question', async () => {
    const cloud = contractView({
      benefit: 'cloud',
      label: 'Contoso Azure',
      allotmentOverride: 12,
      endDate: '2026-04-01',
      events: [{ id: 'o1', type: 'opened', at: NOW - 86_400_000, count: 1 }],
    });
    h = harness({ contracts: [cloud] });
    await h.start(alreadyAssociated, AZURE);
    document.body.append(messageBar(SPLIT_EN));
    const host = await waitFor(() =>
      hosts('already-associated').find((x) => x.shadowRoot?.querySelector('[data-testid="sl-contract"]')),
    );
    expect(host.shadowRoot!.querySelector('[data-testid="sl-contract"]')!.textContent).toBe(
      'Your contract in SupportLink: Contoso Azure — 11 left · ends 1 Apr 2026 (expires in 17 days)',
    );
  });

  it('an Action Pack cloud contract reads "not included", never "no incidents left"', async () => {
    const pack = contractView({ benefit: 'cloud', offer: 'action-pack', ruleset: 'ai-cloud-partner-2023' });
    h = harness({ contracts: [pack] });
    await h.start(alreadyAssociated, AZURE);
    document.body.append(messageBar(SPLIT_EN));
    const host = await waitFor(() =>
      hosts('already-associated').find((x) => x.shadowRoot?.querySelector('[data-testid="sl-contract"]')),
    );
    const line = host.shadowRoot!.querySelector('[data-testid="sl-contract"]')!.textContent ?? '';
    expect(line).toContain('not included in Action Pack');
    expect(line).not.toMatch(/no incidents left|hidden in Azure/);
  });

  it('says to buy a plan when the contract expired', async () => {
    const expired = contractView({ benefit: 'cloud', startDate: '2024-01-01', endDate: '2025-01-31' });
    h = harness({ contracts: [expired] });
    await h.start(alreadyAssociated, AZURE);
    document.body.append(messageBar(SPLIT_EN));
    const title = guidance('scenario:expired-or-exhausted', 'en').title;
    await waitFor(() => hosts('already-associated').find((x) => uiText(x).includes(title)));
  });

  it('says Action Pack has no cloud support', async () => {
    const pack = contractView({ benefit: 'cloud', offer: 'action-pack', ruleset: 'mpn-2021' });
    h = harness({ contracts: [pack] });
    await h.start(alreadyAssociated, AZURE);
    document.body.append(messageBar(SPLIT_EN));
    const title = guidance('scenario:no-cloud-benefit', 'en').title;
    await waitFor(() => hosts('already-associated').find((x) => uiText(x).includes(title)));
  });

  it('shows the card in Simplified Chinese when the UI locale is zh-CN', async () => {
    h = harness({ locale: 'zh-CN' });
    await h.start(alreadyAssociated, AZURE);
    document.body.append(messageBar(SPLIT_EN));
    const host = await waitFor(() => hosts('already-associated')[0]);
    await waitFor(() => uiText(host).includes(guidance('scenario:unknown', 'zh-CN').title));
    expect(uiText(host)).toContain('可以忽略');
  });

  it.each([
    [
      'de',
      'Diese Zugriffs-ID ist bereits einem Konto zugeordnet. Wenden Sie sich an Ihren Technischen Konto-Manager, um eine neue Zugriffs-ID zu erhalten.',
    ],
    [
      'ja',
      'このアクセス ID は既にアカウントに関連付けられています。新しいアクセス ID を取得するには、Technical Account Manager にお問い合わせください',
    ],
    ['zh-CN', '此访问 ID 已与某个帐户关联。请与你的技术客户经理联系以获取新的访问 ID'],
    ['zh-CN', '此访问 ID 已关联到帐户。请联系技术客户经理获取新的访问 ID。'],
    [
      'fr',
      "cet ID d'accès est déjà associé à un compte. Veuillez contacter votre responsable technique de compte pour obtenir un nouvel ID d'accès",
    ],
  ])(
    'flags the %s wording inside a web component’s shadow root, in a reactblade frame',
    async (lang, text) => {
      h = harness();
      document.documentElement.lang = lang;
      await h.start(alreadyAssociated, REACTBLADE);
      const host = document.createElement('fxs-notification');
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const half = Math.floor(text.length / 2);
      shadow.innerHTML = `<div role="alert"><span>${text.slice(0, half)}</span><span>${text.slice(half)}</span></div>`;
      await waitFor(() => hosts('already-associated', shadow).length === 1);
      document.documentElement.lang = '';
    },
  );

  it('never flags unrelated errors', async () => {
    const unrelated = [
      'The Access ID you entered is not valid. Check the ID and try again.',
      'The Contract ID does not match the Access ID. Verify both values.',
      'This Access ID has expired. Please contact your Technical Account Manager.',
      'A network error occurred. Please try again later.',
      'You do not have permission to create support requests for this subscription.',
      "The resource 'sl-prod-rg' already exists in location 'westeurope'.",
      'This subscription is already associated with a management group.',
      'Your session has expired. Please sign in again.',
      'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
      'アクセス ID が無効です。もう一度お試しください。',
      '访问 ID 无效，请检查后重试。',
      'Request failed with status code 500 (Internal Server Error).',
      'The support plan could not be linked. Try again in a few minutes. Learn more',
    ];
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    for (const text of unrelated) document.body.append(messageBar(text));
    await sleep(120);
    expect(hosts('already-associated')).toHaveLength(0);
    expect(document.querySelector('[data-supportlink-ignorable]')).toBeNull();
  });

  it('never reads "Safe to ignore" when the error’s own text also holds a message no rule knows', async () => {
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    const same = messageBar(
      'This Access ID is already associated to an account. The Contract ID is not valid for this tenant.',
    );
    // Inline neighbours: narrowing may end on the error's span, but the box still says more.
    const inline = messageBar(
      '<span>This Access ID is already associated to an account.</span> <b>Saving the support plan failed for another reason.</b>',
    );
    document.body.append(same, inline);
    await waitFor(() => hosts('already-associated').length === 2);
    expect(document.querySelector('[data-supportlink-ignorable]')).toBeNull();
    expect(document.querySelectorAll('[data-supportlink-partly]')).toHaveLength(2);
    const texts = hosts('already-associated').map(uiText);
    for (const text of texts) {
      expect(text).not.toContain('Safe to ignore');
      expect(text).toContain('Read the rest first');
    }
    expect(texts.join('\n')).toContain('The Contract ID is not valid for this tenant.');
    expect(texts.join('\n')).toContain('Saving the support plan failed for another reason.');
  });

  it('still reads "Safe to ignore" beside framing and beside a notice in a block of its own', async () => {
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    const blade = document.createElement('div');
    blade.append(
      messageBar(
        'Error: This Access ID is already associated to an account. Correlation ID: 8d3c2f1e-4b5a-11ee. <a href="#">Learn more</a>',
      ),
    );
    blade.insertAdjacentHTML(
      'beforeend',
      '<p>The subscription is already associated with a management group.</p>',
    );
    document.body.append(blade);
    const host = await waitFor(() => hosts('already-associated')[0]);
    expect(uiText(host)).toContain('Safe to ignore');
    expect(document.querySelector('[data-supportlink-partly]')).toBeNull();
    expect(document.querySelector('[data-supportlink-ignorable]')?.textContent).not.toContain('subscription');
  });

  it('reads "Read the rest first" when the error’s box holds another message in a block of its own', async () => {
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    document.body.append(
      messageBar('This Access ID is already associated to an account.<p>The contract ID is not valid.</p>'),
    );
    const host = await waitFor(() => hosts('already-associated')[0]);
    expect(uiText(host)).toContain('Read the rest first');
    expect(uiText(host)).toContain('The contract ID is not valid.');
    expect(document.querySelector('[data-supportlink-ignorable]')).toBeNull();
  });

  it('flags once, and removes its card when the message goes away or the page navigates', async () => {
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    const bar = messageBar(SPLIT_EN);
    document.body.append(bar);
    await waitFor(() => hosts('already-associated').length === 1);
    bar.querySelector('b')!.textContent = 'associated';
    await sleep(40);
    expect(hosts('already-associated')).toHaveLength(1);
    bar.remove();
    await waitFor(() => hosts('already-associated').length === 0);
    document.body.append(messageBar(SPLIT_EN));
    await waitFor(() => hosts('already-associated').length === 1);
    h.controller.abort();
    expect(hosts('already-associated')).toHaveLength(0);
  });

  it('flags the error when a message bar’s text is edited in place, with the runner’s text scope', async () => {
    h = harness({ text: alreadyAssociated.textChanges ?? null });
    document.body.innerHTML =
      '<div role="grid"><div role="row"><span>Plan 1</span></div></div><div id="content"></div>';
    await h.start(alreadyAssociated, AZURE);
    const bar = messageBar('<span>Linking…</span>');
    document.getElementById('content')!.append(bar);
    await sleep(40);
    expect(hosts('already-associated')).toHaveLength(0);
    // React reuses the text node: only a characterData change.
    bar.querySelector('.ms-MessageBar-innerText span')!.firstChild!.nodeValue =
      'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.';
    await waitFor(() => hosts('already-associated').length === 1);
  });

  it('flags the error once another error inside its box, in a block of its own, is edited away', async () => {
    h = harness({ text: alreadyAssociated.textChanges ?? null });
    document.body.innerHTML = '<div id="content"></div>';
    await h.start(alreadyAssociated, AZURE);
    const pane = document.createElement('section');
    pane.innerHTML =
      '<div class="box">This Access ID is already associated to an account.' +
      '<div><p id="other">You are not authorized for this action. You must have an MPN associated account.</p></div></div>';
    document.getElementById('content')!.append(pane);
    await sleep(60);
    expect(hosts('already-associated')).toHaveLength(0);
    // The other box's text is rewritten (a new text node): plain text, but near the message it held back.
    document.getElementById('other')!.textContent = 'Saved.';
    await waitFor(() => hosts('already-associated').length === 1);
  });

  it('flags the error when removing a block inside it joins its two halves into one sentence', async () => {
    h = harness({ text: alreadyAssociated.textChanges ?? null });
    document.body.innerHTML = '<div id="content"></div>';
    await h.start(alreadyAssociated, AZURE);
    const box = document.createElement('div');
    box.className = 'box';
    box.innerHTML = 'This Access ID is already <div id="spinner">Loading…</div> associated to an account.';
    document.getElementById('content')!.append(box);
    await sleep(60);
    expect(hosts('already-associated')).toHaveLength(0);
    document.getElementById('spinner')!.remove();
    await waitFor(() => hosts('already-associated').length === 1);
  });
});
