// @vitest-environment happy-dom
/**
 * Issue 8: an unrelated "already associated" notice in the same blade as the Link form was
 * flagged "Safe to ignore" because the block classified held the form's "Access ID" label and
 * the notice. Here the notice sits beside the labels of real Fluent UI React and Knockout forms,
 * in four languages, nested deep, inside shadow roots and rendered late: never flagged. The real
 * error in the same blade still is, on its own box.
 */
import { setIconOptions } from '@fluentui/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountFluentLinkForm } from '../__fixtures__/fluent-link-form';
import { type Harness, harness, hosts, sleep, waitFor } from '../__fixtures__/harness';
import { mountKnockoutBlade } from '../__fixtures__/knockout-link-blade';
import { alreadyAssociated } from './already-associated';

const AZURE = 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';
const REACTBLADE = 'https://afd-v2.reactblade.portal.azure.net/?ext=Microsoft_Azure_Support';

interface Lang {
  lang: string;
  title: string;
  accessId: string;
  contractId: string;
  link: string;
  /** Unrelated notices: subscription ↔ management group, e-mail ↔ account, tenant ↔ billing account. */
  notices: [string, string, string];
  error: string;
}

// Our own renderings of the notices (as in packages/rules/test/corpus/unrelated-notices.ts);
// the errors as the localized Microsoft docs quote them (packages/rules/test/corpus/positive.ts).
const LANGS: Lang[] = [
  {
    lang: 'en',
    title: 'Link support benefits',
    accessId: 'Access ID',
    contractId: 'Contract ID',
    link: 'Link',
    notices: [
      'The subscription is already associated with a management group.',
      'This email address is already associated with an account.',
      'This tenant is already linked to a billing account.',
    ],
    error:
      'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
  },
  {
    lang: 'de',
    title: 'Supportvorteile verknüpfen',
    accessId: 'Zugriffs-ID',
    contractId: 'Vertrags-ID',
    link: 'Verknüpfen',
    notices: [
      'Das Abonnement ist bereits einer Verwaltungsgruppe zugeordnet.',
      'Diese E-Mail-Adresse ist bereits einem Konto zugeordnet.',
      'Dieser Mandant ist bereits mit einem Abrechnungskonto verknüpft.',
    ],
    error:
      'Diese Zugriffs-ID ist bereits einem Konto zugeordnet. Wenden Sie sich an Ihren Technischen Konto-Manager, um eine neue Zugriffs-ID zu erhalten.',
  },
  {
    lang: 'ja',
    title: 'サポートの特典をリンクする',
    accessId: 'アクセス ID',
    contractId: '契約 ID',
    link: 'リンク',
    notices: [
      'このサブスクリプションは既に管理グループに関連付けられています。',
      'このメール アドレスは既にアカウントに関連付けられています。',
      'このテナントは既に課金アカウントにリンクされています。',
    ],
    error:
      'このアクセス ID は既にアカウントに関連付けられています。新しいアクセス ID を取得するには、Technical Account Manager にお問い合わせください',
  },
  {
    lang: 'zh-CN',
    title: '链接支持权益',
    accessId: '访问 ID',
    contractId: '合同 ID',
    link: '链接',
    notices: ['此订阅已与管理组关联。', '此电子邮件地址已与某个帐户关联。', '此租户已链接到计费帐户。'],
    error: '此访问 ID 已与某个帐户关联。请与你的技术客户经理联系以获取新的访问 ID',
  },
];

/** Subject-less status lines that, glued to the label, would read as the error itself. */
const GLUED: Record<string, string> = {
  en: 'is already associated with a management group.',
  de: 'ist bereits einer Verwaltungsgruppe zugeordnet.',
  ja: 'は既に管理グループに関連付けられています。',
  'zh-CN': '已关联到帐户',
};

let h: Harness | null = null;
beforeAll(() => setIconOptions({ disableWarnings: true }));
afterEach(() => {
  h?.stop();
  h = null;
  document.documentElement.lang = '';
});

/** Six nested wrappers as portal shells add them, the innermost returned. */
function nest(parent: ParentNode): HTMLElement {
  let at = parent;
  for (const cls of ['fxs-portal', 'fxs-journey', 'fxs-blade', 'fxs-part', 'fxc-base', 'fxs-part-content']) {
    const div = document.createElement('div');
    div.className = cls;
    at.appendChild(div);
    at = div;
  }
  return at as HTMLElement;
}

/** A custom element whose open shadow root holds the form (web-component portals). */
function inShadow(): { root: ShadowRoot; slot: HTMLElement } {
  const host = document.createElement('fxs-reactview');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  return { root, slot: nest(root) };
}

const flaggedIn = (root: ParentNode) => Array.from(root.querySelectorAll('[data-supportlink-ignorable]'));

/** No card and no ignorable mark anywhere, after the page had time to settle. */
async function expectNothingFlagged(root: ParentNode): Promise<void> {
  await sleep(150);
  expect(hosts('already-associated')).toHaveLength(0);
  expect(hosts('already-associated', root)).toHaveLength(0);
  expect(flaggedIn(document)).toHaveLength(0);
  expect(flaggedIn(root)).toHaveLength(0);
}

/** Exactly one flag, on the error's own box: never the form, its labels or the notice. */
async function expectErrorFlagged(root: ParentNode, l: Lang): Promise<void> {
  const flagged = await waitFor(() => flaggedIn(root)[0]);
  await sleep(60);
  expect(flaggedIn(root)).toHaveLength(1);
  const text = flagged.textContent ?? '';
  expect(text).toContain(l.error.slice(0, 8));
  // The error names the Access ID itself; the form's labels are elements the box must not hold.
  expect(text).not.toContain(l.contractId);
  expect(flagged.querySelector('label, .azc-form-label, .ms-Label')).toBeNull();
  for (const notice of l.notices) expect(text).not.toContain(notice);
  expect(flagged.querySelector('input')).toBeNull();
}

describe.each(LANGS)('unrelated notice beside the Link form ($lang)', (l) => {
  const labels = { title: l.title, accessId: l.accessId, contractId: l.contractId, link: l.link };

  it.each([0, 1, 2])(
    'Fluent UI React: notice %i rendered late between the fields, nested in a shadow root — not flagged; the late real error is',
    async (i) => {
      h = harness();
      document.documentElement.lang = l.lang;
      await h.start(alreadyAssociated, REACTBLADE);
      const { root, slot } = inShadow();
      let answer = () => {};
      const form = mountFluentLinkForm(slot, {
        labels: { ...labels, success: '' },
        notice: l.notices[i],
        noticeDelay: 40,
        errorWhen: new Promise<void>((resolve) => {
          answer = resolve;
        }),
        error: (el) => el('span', null, l.error),
      });
      await waitFor(() => root.textContent?.includes(l.notices[i]!));
      await expectNothingFlagged(root);
      answer();
      await expectErrorFlagged(root, l);
      form.unmount();
    },
  );

  it.each([0, 1, 2])(
    'Knockout blade: notice %i shown late between the label containers — not flagged; the real error is',
    async (i) => {
      h = harness();
      document.documentElement.lang = l.lang;
      await h.start(alreadyAssociated, AZURE);
      const blade = mountKnockoutBlade(nest(document.body), labels);
      await sleep(30);
      blade.vm.notice(l.notices[i]!);
      await expectNothingFlagged(document);
      blade.vm.error(l.error);
      await expectErrorFlagged(document, l);
      blade.dispose();
    },
  );

  it('Knockout blade inside a shadow root, with all three notices at once — not flagged', async () => {
    h = harness();
    document.documentElement.lang = l.lang;
    await h.start(alreadyAssociated, AZURE);
    const { root, slot } = inShadow();
    const blade = mountKnockoutBlade(slot, labels);
    blade.vm.notice(l.notices.join(' '));
    await expectNothingFlagged(root);
    blade.vm.error(l.error);
    await expectErrorFlagged(root, l);
    blade.dispose();
  });

  it('label and notice as bare inline text in one element (no block between them) — not flagged', async () => {
    h = harness();
    document.documentElement.lang = l.lang;
    await h.start(alreadyAssociated, AZURE);
    const at = nest(document.body);
    for (const notice of l.notices) {
      const row = document.createElement('div');
      row.innerHTML = `<span>${l.accessId}</span><span aria-hidden="true">*</span> <span>${notice}</span>`;
      at.append(row);
    }
    await expectNothingFlagged(document);
  });

  it('a subject-less status line right after the label, each in its own block — not flagged', async () => {
    h = harness();
    document.documentElement.lang = l.lang;
    await h.start(alreadyAssociated, AZURE);
    const at = nest(document.body);
    at.innerHTML = `<div class="azc-form-label"><label>${l.accessId}</label></div><div class="azc-validation">${GLUED[l.lang]}</div>`;
    await expectNothingFlagged(document);
    const inline = document.createElement('div');
    inline.innerHTML = `<label>${l.accessId}</label><span>${GLUED[l.lang]}</span>`;
    at.append(inline);
    await expectNothingFlagged(document);
  });
});

describe('the smallest element holding the whole message', () => {
  it('is the box whose two paragraphs hold the two sentences, not one paragraph nor the blade', async () => {
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    const at = nest(document.body);
    at.innerHTML =
      '<div class="azc-form-label"><label>Access ID</label></div><input>' +
      '<div class="fxs-messagebox" role="alert" id="box"><p>This Access ID is already associated to an account.</p>' +
      '<p>Please contact your Technical Account Manager to obtain a new Access ID</p></div>';
    const flagged = await waitFor(() => flaggedIn(document)[0]);
    expect(flagged.id).toBe('box');
  });

  it('is the error line inside a blade that holds labels, notices and the error as siblings', async () => {
    h = harness();
    await h.start(alreadyAssociated, AZURE);
    const at = nest(document.body);
    at.innerHTML = `<div id="blade"><div><label>Access ID</label></div><div>${LANGS[0]!.notices[0]}</div><div id="err">${LANGS[0]!.error}</div><div>${LANGS[0]!.notices[1]}</div></div>`;
    const flagged = await waitFor(() => flaggedIn(document)[0]);
    expect(flagged.id).toBe('err');
  });
});
